import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { addSiteGroupReader, insertSiteGroup, listKpiGroups, putSiteInGroup } from './index.js';
import { seedKpiMonth } from './testing/kpi-month-fixture.js';

describe.each(enginesUnderTest())('groups of sites (%s)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.drop());

  it('holds a group’s member sites and readers, set up by the operator', async () => {
    const a = await seedKpiMonth(db, 'grp-a');
    const b = await seedKpiMonth(db, 'grp-b');
    const outside = await seedKpiMonth(db, 'grp-c');
    const [account] = await db.query<{ id: string }>(
      `INSERT INTO accounts (site_id, username, password_hash, staff_id) VALUES ($1, 'group-reader', 'x', $2) RETURNING id`,
      [a.siteId, a.staff.supervisor],
    );
    const north = await insertSiteGroup(db, { code: 'north', name: { zh: '北区集团', en: 'North group' } });
    const empty = await insertSiteGroup(db, { code: 'empty', name: { zh: '空', en: 'Empty' } });
    await putSiteInGroup(db, a.siteId, north.id);
    await putSiteInGroup(db, b.siteId, north.id);
    await addSiteGroupReader(db, north.id, account!.id);
    await addSiteGroupReader(db, north.id, account!.id);

    const groups = await listKpiGroups(db);
    expect(groups.map((g) => g.code)).toEqual(['empty', 'north']);
    const stored = groups.find((g) => g.id === north.id)!;
    expect(stored).toEqual({ id: north.id, code: 'north', name: { zh: '北区集团', en: 'North group' }, siteIds: expect.any(Array), readerAccountIds: [account!.id] });
    expect([...stored.siteIds].sort()).toEqual([a.siteId, b.siteId].sort());
    expect(stored.siteIds).not.toContain(outside.siteId);
    expect(groups.find((g) => g.id === empty.id)).toMatchObject({ siteIds: [], readerAccountIds: [] });

    await putSiteInGroup(db, b.siteId, null);
    expect((await listKpiGroups(db)).find((g) => g.id === north.id)!.siteIds).toEqual([a.siteId]);
  });

  it('refuses a second group of the same code', async () => {
    await insertSiteGroup(db, { code: 'twice', name: { zh: '一', en: 'One' } });
    await expect(insertSiteGroup(db, { code: 'twice', name: { zh: '二', en: 'Two' } })).rejects.toThrow();
  });
});
