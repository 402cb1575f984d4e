import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { listKpiGroups, setUpSiteGroup } from './index.js';
import { seedKpiMonth } from './testing/kpi-month-fixture.js';

describe.each(enginesUnderTest())('the operator’s set-up of a group (%s)', (engine) => {
  let db: TestDatabase;
  let sites: { a: string; b: string };
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const [a, b] = [await seedKpiMonth(db, 'op-a'), await seedKpiMonth(db, 'op-b')];
    sites = { a: a.siteId, b: b.siteId };
    await db.query(`INSERT INTO accounts (site_id, username, password_hash, staff_id) VALUES ($1, 'hq', 'x', $2)`, [a.siteId, a.staff.supervisor]);
    const [requester] = await db.query<{ id: string }>(`SELECT id FROM requesters WHERE site_id = $1 LIMIT 1`, [a.siteId]);
    await db.query(`INSERT INTO accounts (site_id, username, password_hash, requester_id) VALUES ($1, 'shopper', 'x', $2)`, [a.siteId, requester!.id]);
  });
  afterAll(() => db.drop());

  it('creates the group, puts the sites in it and names its readers; again, it changes nothing', async () => {
    const input = { code: 'east', name: { zh: '东区集团', en: 'East group' }, siteCodes: ['op-a', 'op-b'], readerUsernames: ['hq'] };
    expect(await setUpSiteGroup(db, input)).toEqual({ ok: true, created: true, siteCount: 2, readerCount: 1 });
    expect(await setUpSiteGroup(db, { ...input, name: null })).toEqual({ ok: true, created: false, siteCount: 2, readerCount: 1 });
    const [east] = await listKpiGroups(db);
    expect(east).toMatchObject({ code: 'east', name: { zh: '东区集团', en: 'East group' } });
    expect([...east!.siteIds].sort()).toEqual([sites.a, sites.b].sort());
  });

  it('refuses, writing nothing, a new group without a name, an unknown site or account, and a requester as reader', async () => {
    const before = await listKpiGroups(db);
    const refused = (input: Parameters<typeof setUpSiteGroup>[1]) => setUpSiteGroup(db, input);
    expect(await refused({ code: 'West Group', name: { zh: '西', en: 'W' }, siteCodes: [], readerUsernames: [] })).toEqual({ ok: false, error: { reason: 'invalid_code', value: 'West Group' } });
    expect(await refused({ code: 'west', name: null, siteCodes: [], readerUsernames: [] })).toEqual({ ok: false, error: { reason: 'name_required', value: 'west' } });
    expect(await refused({ code: 'west', name: { zh: '西', en: 'W' }, siteCodes: ['op-a', 'nowhere'], readerUsernames: [] })).toEqual({ ok: false, error: { reason: 'unknown_site', value: 'nowhere' } });
    expect(await refused({ code: 'west', name: { zh: '西', en: 'W' }, siteCodes: ['op-a'], readerUsernames: ['nobody'] })).toEqual({ ok: false, error: { reason: 'unknown_account', value: 'nobody' } });
    expect(await refused({ code: 'west', name: { zh: '西', en: 'W' }, siteCodes: ['op-a'], readerUsernames: ['shopper'] })).toEqual({ ok: false, error: { reason: 'not_staff', value: 'shopper' } });
    expect(await listKpiGroups(db)).toEqual(before);
  });
});
