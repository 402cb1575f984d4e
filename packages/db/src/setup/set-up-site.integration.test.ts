import { DEFAULT_DEPARTMENTS } from '@kefu/domain/relays';
import { POSITION_CATALOGUE, positionsHeldBy } from '@kefu/domain/org';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findAccountForLogin, verifyPassword } from '../accounts/index.js';
import type { Database } from '../engine/index.js';
import { loadOrgChart } from '../org/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { setUpSite, type SiteSetupInput } from './set-up-site.js';

const now = new Date('2026-11-30T02:00:00Z');
const input: SiteSetupInput = {
  siteCode: 'wanda-a',
  siteName: { zh: '万达广场', en: 'Wanda Plaza' },
  timeZone: 'Asia/Shanghai',
  director: { username: 'wang.li', name: '王丽', employeeNo: 'KF-001', password: '春季交接-spring-2026', locale: 'zh-CN' },
};
const TABLES = ['sites', 'units', 'positions', 'reporting_lines', 'staff', 'assignments', 'accounts', 'departments'] as const;

const rowCounts = async (db: Database) =>
  Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n] as const)),
  );
const empty = Object.fromEntries(TABLES.map((t) => [t, 0]));

describe.each(enginesUnderTest())('setUpSite (%s)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    for (const table of [...TABLES].reverse()) await db.query(`DELETE FROM ${table}`);
  });

  it("creates the site, the catalogue's positions, the director holding the director position, and the account", async () => {
    const result = await setUpSite(db, input, now);
    expect(result).toEqual({
      ok: true,
      value: { siteId: expect.any(String), siteCode: 'wanda-a', units: 4, positions: POSITION_CATALOGUE.length, directorUsername: 'wang.li' },
    });
    const siteId = result.ok ? result.value.siteId : '';
    const [site] = await db.query<{ code: string; name: unknown; time_zone: string }>('SELECT code, name, time_zone FROM sites');
    expect(site).toEqual({ code: 'wanda-a', name: { zh: '万达广场', en: 'Wanda Plaza' }, time_zone: 'Asia/Shanghai' });

    const chart = await loadOrgChart(db, siteId);
    const codeOf = new Map(chart.positions.map((p) => [p.id, p.code]));
    expect(Object.fromEntries(chart.positions.map((p) => [p.code, p.reportsTo.map((id) => codeOf.get(id))]))).toEqual(
      Object.fromEntries(POSITION_CATALOGUE.map((p) => [p.code, p.reportsTo])),
    );
    expect(chart.assignments).toEqual([
      expect.objectContaining({ positionId: chart.positions.find((p) => p.code === 'director')!.id, acting: false, endsOn: null }),
    ]);
    // Local day in Shanghai: 10:00 on the 30th.
    expect(chart.assignments[0]!.startsOn.toISOString()).toBe('2026-11-30T00:00:00.000Z');

    const departments = await db.query<{ code: string; name_zh: string }>('SELECT code, name_zh FROM departments WHERE site_id = $1 ORDER BY code', [siteId]);
    expect(departments.map((d) => d.code)).toEqual(DEFAULT_DEPARTMENTS.map((d) => d.code).sort());
    expect(departments).toContainEqual({ code: 'engineering', name_zh: '工程维修部' });

    const [staff] = await db.query<{ id: string; name: string; employee_no: string }>('SELECT id, name, employee_no FROM staff');
    expect(staff).toMatchObject({ name: '王丽', employee_no: 'KF-001' });
    expect(chart.assignments[0]!.staffId).toBe(staff!.id);
    const login = await findAccountForLogin(db, 'wang.li');
    expect(login?.account).toMatchObject({ siteId, staffId: staff!.id, locale: 'zh-CN', disabled: false });
    expect(await verifyPassword(input.director.password, login!.passwordHash)).toBe(true);
  });

  it('lets the director act at once when setup runs after midnight on the site but before it in UTC', async () => {
    // 00:30 on 1 December in Shanghai is still 30 November in UTC.
    const afterLocalMidnight = new Date('2026-11-30T16:30:00Z');
    const result = await setUpSite(db, input, afterLocalMidnight);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const chart = await loadOrgChart(db, result.value.siteId);
    const login = await findAccountForLogin(db, input.director.username);
    expect(positionsHeldBy(chart, login!.account.staffId!, afterLocalMidnight).map((p) => p.code)).toEqual(['director']);
  });

  it('refuses to set up the same site twice and changes nothing', async () => {
    expect((await setUpSite(db, input, now)).ok).toBe(true);
    const before = await rowCounts(db);
    const again = await setUpSite(db, { ...input, director: { ...input.director, username: 'zhao.min' } }, now);
    expect(again).toEqual({ ok: false, error: { reason: 'already_set_up', siteCode: 'wanda-a' } });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a director username another site already uses', async () => {
    expect((await setUpSite(db, input, now)).ok).toBe(true);
    const other = await setUpSite(db, { ...input, siteCode: 'wanda-b' }, now);
    expect(other).toEqual({ ok: false, error: { reason: 'username_taken', username: 'wang.li' } });
    expect((await rowCounts(db)).sites).toBe(1);
  });

  it('refuses a weak password with the reasons and writes nothing', async () => {
    const short = await setUpSite(db, { ...input, director: { ...input.director, password: 'short' } }, now);
    expect(short).toEqual({ ok: false, error: { reason: 'weak_password', problems: ['too_short'] } });
    const named = await setUpSite(db, { ...input, director: { ...input.director, password: 'WANG.LI-2026-spring' } }, now);
    expect(named).toEqual({ ok: false, error: { reason: 'weak_password', problems: ['contains_username'] } });
    const common = await setUpSite(db, { ...input, director: { ...input.director, password: 'Password123' } }, now);
    expect(common).toEqual({ ok: false, error: { reason: 'weak_password', problems: ['too_common'] } });
    expect(await rowCounts(db)).toEqual(empty);
  });

  it('refuses malformed input, naming every field at fault, and writes nothing', async () => {
    await expect(
      setUpSite(db, { ...input, siteCode: 'Wanda A', timeZone: 'Mars/Olympus', director: { ...input.director, name: ' ' } }, now),
    ).rejects.toMatchObject({
      issues: [
        { field: 'director.name', rule: 'required' },
        { field: 'siteCode', rule: 'invalid_format' },
        { field: 'timeZone', rule: 'invalid_choice' },
      ],
    });
    expect(await rowCounts(db)).toEqual(empty);
  });

  it('leaves nothing behind when a statement fails part-way through', async () => {
    // The account is written last: failing it must take the site, positions and staff with it.
    const failingAccounts: Database = {
      ...db,
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            query: (text, params) => (text.includes('INSERT INTO accounts') ? Promise.reject(new Error('disk full')) : tx.query(text, params)),
          }),
        ),
    };
    await expect(setUpSite(failingAccounts, input, now)).rejects.toThrow('disk full');
    expect(await rowCounts(db)).toEqual(empty);
  });
});
