import type { Staff } from '@kefu/domain/org';
import { ValidationError } from '@kefu/domain/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertSite } from '../sites/index.js';
import { insertAssignment, insertPosition, insertUnit } from './org.repository.js';
import { countStaff, findStaffByIds, findTakenStaffClaims, insertStaff, listStaff, type StaffFilter } from './staff.repository.js';

const text = (zh: string, en: string) => ({ zh, en });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(enginesUnderTest())('staff repository (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  const staff: Staff[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: text('甲', 'A'), timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: text('乙', 'B'), timeZone: 'Asia/Shanghai' })).id;
    // Repeated names make the id the tie-breaker of the keyset.
    const names = ['王芳', '李娜', '王芳', '张伟', 'Zoe', 'adam', '李娜', '王芳', '陈静', '刘洋', '100%_张', '赵磊', '王芳'];
    for (const [i, name] of names.entries()) {
      staff.push(await insertStaff(db, { siteId, name, employeeNo: `E${String(i).padStart(3, '0')}`, phone: `1390000${i}` }));
    }
    await insertStaff(db, { siteId: otherSiteId, name: '王芳', employeeNo: 'E000', phone: null });
  });
  afterAll(() => db.drop());

  async function everyPage(filter: StaffFilter, first: number): Promise<Staff[]> {
    const seen: Staff[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listStaff(db, siteId, { ...filter, first, after });
      seen.push(...page.rows);
      expect(page.rows.length).toBeLessThanOrEqual(first);
      if (!page.hasNextPage) return seen;
      expect(page.endCursor).toMatch(/^[\w-]+$/);
      after = page.endCursor;
    }
  }

  it('names the employee numbers and phones the site already holds, not another site’s', async () => {
    const taken = await findTakenStaffClaims(db, siteId, { employeeNos: ['E001', 'E999', 'e002'], phones: ['13900003', '13800000000'] });
    expect(taken).toEqual({ employeeNos: new Set(['E001']), phones: new Set(['13900003']) });
    expect(await findTakenStaffClaims(db, otherSiteId, { employeeNos: ['E000', 'E001'], phones: ['13900003'] })).toEqual({ employeeNos: new Set(['E000']), phones: new Set() });
    expect(await findTakenStaffClaims(db, siteId, { employeeNos: [], phones: [] })).toEqual({ employeeNos: new Set(), phones: new Set() });
  });

  it('pages through every staff member once, in (name, id) order', async () => {
    const all = (await listStaff(db, siteId, { first: 100 })).rows;
    expect(all).toHaveLength(staff.length);
    expect(new Set(all.map((s) => s.id)).size).toBe(staff.length);
    for (const first of [1, 2, 3, 5]) expect(await everyPage({}, first)).toEqual(all);
    expect(await countStaff(db, siteId)).toBe(staff.length);
  });

  it('filters by text literally and by the position or unit held on a day', async () => {
    expect((await listStaff(db, siteId, { text: '王芳', first: 2 })).hasNextPage).toBe(true);
    expect(await everyPage({ text: '王芳' }, 2)).toHaveLength(4);
    expect(await countStaff(db, siteId, { text: '王芳' })).toBe(4);
    expect((await listStaff(db, siteId, { text: '%', first: 10 })).rows.map((s) => s.name)).toEqual(['100%_张']);
    expect((await listStaff(db, siteId, { text: 'E00', first: 100 })).rows).toHaveLength(10);

    const unit = await insertUnit(db, { siteId, code: 'floor_service', name: text('楼层', 'Floor'), parentId: null });
    const position = await insertPosition(db, {
      siteId, code: 'floor_clerk', title: text('楼层客服', 'Floor clerk'), unitId: unit.id, reportsTo: [], headcount: 3,
      purpose: text('目的', 'Purpose'), duties: [], kpis: [], authorities: [],
      qualifications: { education: text('-', '-'), experience: text('-', '-'), knowledge: [], skills: [] },
      workEnvironment: [],
    });
    await insertAssignment(db, {
      siteId, staffId: staff[0]!.id, positionId: position.id, startsOn: day('2026-01-01'), endsOn: null, acting: false,
    });
    await insertAssignment(db, {
      siteId, staffId: staff[1]!.id, positionId: position.id, startsOn: day('2025-01-01'), endsOn: day('2026-01-01'), acting: false,
    });
    const held = (filter: StaffFilter) => listStaff(db, siteId, { ...filter, first: 10 }).then((p) => p.rows.map((s) => s.id));
    expect(await held({ positionId: position.id, heldOn: day('2026-06-01') })).toEqual([staff[0]!.id]);
    expect(await held({ unitId: unit.id, heldOn: day('2025-06-01') })).toEqual([staff[1]!.id]);
    expect(await held({ unitId: unit.id, heldOn: day('2026-01-01') })).toEqual([staff[0]!.id]);
    expect(await countStaff(db, siteId, { positionId: position.id, heldOn: day('2024-01-01') })).toBe(0);
    expect(await held({ positionId: 'not-an-id' })).toEqual([]);
  });

  it('refuses a cursor the client made up', async () => {
    await expect(listStaff(db, siteId, { first: 2, after: 'bm9wZQ' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('finds staff by ids in input order, with null for missing, foreign and malformed ids', async () => {
    const [a, b, c] = staff;
    const foreign = (await listStaff(db, otherSiteId, { first: 1 })).rows[0]!;
    const found = await findStaffByIds(db, siteId, [c!.id, 'nope', a!.id, foreign.id, '00000000-0000-0000-0000-000000000000', b!.id, a!.id]);
    expect(found).toEqual([c, null, a, null, null, b, a]);
    expect(await findStaffByIds(db, siteId, [])).toEqual([]);
  });
});
