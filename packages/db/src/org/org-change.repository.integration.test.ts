import type { OrgChange } from '@kefu/domain/org';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertSite } from '../sites/index.js';
import { insertCatalogueChart } from './insert-catalogue-chart.js';
import { insertOrgChange, listOrgChanges } from './org-change.repository.js';
import { insertStaff } from './staff.repository.js';

const text = (zh: string, en: string) => ({ zh, en });

describe.each(enginesUnderTest())('org change trail (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let hallId: string;
  let deputyId: string;
  let actorId: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: text('甲', 'A'), timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: text('乙', 'B'), timeZone: 'Asia/Shanghai' })).id;
    const chart = await insertCatalogueChart(db, siteId);
    const other = await insertCatalogueChart(db, otherSiteId);
    hallId = chart.positions.get('hall_clerk')!.id;
    deputyId = chart.positions.get('deputy')!.id;
    actorId = (await insertStaff(db, { siteId, name: '周经理', employeeNo: 'E001', phone: null })).id;
    const otherActor = (await insertStaff(db, { siteId: otherSiteId, name: '吴', employeeNo: 'E001', phone: null })).id;
    const change = (positionId: string, n: number, by = actorId): OrgChange => ({
      kind: 'position.edit',
      positionId,
      staffId: null,
      actorId: by,
      at: new Date(`2026-03-0${n}T08:00:00Z`),
      changes: [{ field: 'headcount', before: n, after: n + 1 }, { field: 'title', before: text('甲', 'A'), after: null }],
    });
    for (const n of [1, 2, 3, 4, 5]) await insertOrgChange(db, siteId, change(n % 2 ? hallId : deputyId, n));
    await insertOrgChange(db, otherSiteId, change(other.positions.get('hall_clerk')!.id, 9, otherActor));
  });
  afterAll(() => db.drop());

  it('keeps each change as written, before → after, newest first', async () => {
    const page = await listOrgChanges(db, siteId, { first: 10 });
    expect(page.rows.map((r) => r.changes[0]!.before)).toEqual([5, 4, 3, 2, 1]);
    expect(page.rows[0]).toMatchObject({
      siteId,
      kind: 'position.edit',
      positionId: hallId,
      staffId: null,
      actorId,
      at: new Date('2026-03-05T08:00:00Z'),
      changes: [{ field: 'headcount', before: 5, after: 6 }, { field: 'title', before: text('甲', 'A'), after: null }],
    });
    expect(page.hasNextPage).toBe(false);
  });

  it('pages by cursor without gaps or repeats, and filters by position; other sites never show', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listOrgChanges(db, siteId, { first: 2, after });
      seen.push(...page.rows.map((r) => r.changes[0]!.before as number));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
    expect((await listOrgChanges(db, siteId, { positionId: deputyId, first: 10 })).rows.map((r) => r.changes[0]!.before)).toEqual([4, 2]);
    expect((await listOrgChanges(db, siteId, { positionId: 'not-a-uuid', first: 10 })).rows).toEqual([]);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(listOrgChanges(db, siteId, { first: 2, after: 'bogus' })).rejects.toThrow();
  });
});
