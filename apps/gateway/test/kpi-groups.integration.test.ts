import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSiteGroupReader, insertSiteGroup, putSiteInGroup } from '@kefu/db/kpi';
import { enginesUnderTest, seedKpiMonth } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Figure = { kpi: { code: string }; value: number | null; numerator: number | null; denominator: number | null; noDataReason: string | null; target: number | null; status: string };
type GroupView = { groupId: string; code: string; name: { zh: string }; periodStart: string; periodEnd: string; totals: Figure[]; sites: { siteId: string; code: string; name: { zh: string }; figures: Figure[] }[] };

const FIGURE = 'kpi { code } value numerator denominator noDataReason target status';
const GROUPS = `query ($day: LocalDate) { kpiGroups(day: $day) { groupId code name { zh } periodStart periodEnd totals { ${FIGURE} } sites { siteId code name { zh } figures { ${FIGURE} } } } }`;
const READS = `{ viewer { readsKpiGroups } }`;
const SCORECARD = `query ($day: LocalDate) { kpiScorecard(subject: { kind: SITE }, day: $day) { figures { ${FIGURE} } } }`;
// The fixture's month (packages/db kpi/testing/kpi-month-fixture.ts): March 2026, Asia/Shanghai.
const MARCH = '2026-03-15';

const figure = (figures: Figure[], code: string) => figures.find((f) => f.kpi.code === code.toUpperCase())!;

describe.each(enginesUnderTest())('the KPI group view (%s)', (engine) => {
  let gw: TestGateway;
  let reader: string;
  let directorOfA: string;
  let deputy: string;
  let sites: { a: string; b: string; outside: string };

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    // Two sites of the fixture's month in one group, a third in another group with a reader of its own.
    const [a, b, outside] = [await seedKpiMonth(gw.db, 'grp-a'), await seedKpiMonth(gw.db, 'grp-b'), await seedKpiMonth(gw.db, 'grp-c')];
    sites = { a: a.siteId, b: b.siteId, outside: outside.siteId };
    const [demo] = await gw.db.query<{ id: string; password_hash: string }>(`SELECT id, password_hash FROM accounts WHERE username = 'director'`);
    // A director at the top of site A's tree, with a sign-in: reads site A, is no reader of the group.
    const [unit] = await gw.db.query<{ id: string }>(`SELECT id FROM units WHERE site_id = $1`, [a.siteId]);
    const [position] = await gw.db.query<{ id: string }>(
      `INSERT INTO positions (site_id, code, title, unit_id, headcount, purpose, qualifications) VALUES ($1, 'director', '{"zh":"经理","en":"Director"}'::jsonb, $2, 1, '{"zh":"","en":""}'::jsonb, $3::jsonb) RETURNING id`,
      [a.siteId, unit!.id, JSON.stringify({ education: { zh: '', en: '' }, experience: { zh: '', en: '' }, knowledge: [], skills: [] })],
    );
    await gw.db.query(`INSERT INTO reporting_lines (site_id, position_id, reports_to_id) VALUES ($1, $2, $3)`, [a.siteId, a.positions.supervisorPos, position!.id]);
    const [staff] = await gw.db.query<{ id: string }>(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '经理 A', 'KA') RETURNING id`, [a.siteId]);
    await gw.db.query(`INSERT INTO assignments (site_id, staff_id, position_id, starts_on, ends_on, acting) VALUES ($1, $2, $3, '2025-01-01', NULL, false)`, [a.siteId, staff!.id, position!.id]);
    await gw.db.query(`INSERT INTO accounts (site_id, username, password_hash, staff_id) VALUES ($1, 'director-a', $2, $3)`, [a.siteId, demo!.password_hash, staff!.id]);
    const [other] = await gw.db.query<{ id: string }>(
      `INSERT INTO accounts (site_id, username, password_hash, staff_id) VALUES ($1, 'reader-c', $2, $3) RETURNING id`,
      [outside.siteId, demo!.password_hash, outside.staff.supervisor],
    );

    // The operator's set-up: the demo director reads group North (A and B); South (C) has its own reader.
    const north = await insertSiteGroup(gw.db, { code: 'north', name: { zh: '北区集团', en: 'North group' } });
    const south = await insertSiteGroup(gw.db, { code: 'south', name: { zh: '南区集团', en: 'South group' } });
    await putSiteInGroup(gw.db, a.siteId, north.id);
    await putSiteInGroup(gw.db, b.siteId, north.id);
    await putSiteInGroup(gw.db, outside.siteId, south.id);
    await addSiteGroupReader(gw.db, north.id, demo!.id);
    await addSiteGroupReader(gw.db, south.id, other!.id);
    // Site A's own target: its figure in the group view is judged against it.
    await gw.db.query(`INSERT INTO kpi_targets (site_id, kpi, target, set_by_id) VALUES ($1, 'valid_complaints', 2, $2)`, [a.siteId, staff!.id]);
    // Site B decides one more valid complaint in March than A.
    await gw.db.query(`UPDATE tickets SET status = 'resolved', resolved_at = '2026-03-18T02:00:00Z' WHERE id = $1`, [b.tickets.t7]);

    [reader, directorOfA, deputy] = (await Promise.all(['director', 'director-a', 'deputy'].map((u) => gw.login(u)))) as [string, string, string];
  });
  afterAll(() => gw.close());

  it('shows a reader both member sites side by side and the group’s total as their sum', async () => {
    const result = await gw.gql<{ kpiGroups: GroupView[] }>(GROUPS, { day: MARCH }, { cookie: reader });
    expect(result.errors).toBeUndefined();
    const groups = result.data!.kpiGroups;
    // The demo's own group (the seed's) and North; never South.
    expect(groups.map((g) => g.code)).toEqual(['demo-group', 'north']);
    const north = groups.find((g) => g.code === 'north')!;
    expect(north).toMatchObject({ name: { zh: '北区集团' }, periodStart: '2026-03-01', periodEnd: '2026-04-01' });
    expect(north.sites.map((s) => s.siteId)).toEqual([sites.a, sites.b]);
    const [a, b] = north.sites as [GroupView['sites'][number], GroupView['sites'][number]];

    // A count: the fixture's three valid complaints at A, four at B; the group's is the sum.
    expect(figure(a.figures, 'valid_complaints').value).toBe(3);
    expect(figure(b.figures, 'valid_complaints').value).toBe(4);
    expect(figure(north.totals, 'valid_complaints').value).toBe(7);
    for (const f of north.totals.filter((t) => t.denominator === null && t.value !== null)) {
      expect(f.value, f.kpi.code).toBe(north.sites.reduce((sum, s) => sum + (figure(s.figures, f.kpi.code).value ?? 0), 0));
    }
    // A rate: the summed numerators over the summed denominators.
    const rate = figure(north.totals, 'service_problem_rate');
    const [ra, rb] = [figure(a.figures, 'service_problem_rate'), figure(b.figures, 'service_problem_rate')];
    expect(rate.numerator).toBe(ra.numerator! + rb.numerator!);
    expect(rate.denominator).toBe(ra.denominator! + rb.denominator!);
    expect(rate.value).toBeCloseTo((rate.numerator! / rate.denominator!) * 100, 2);

    // Each site against its own targets; the group has none of its own.
    expect(figure(a.figures, 'valid_complaints')).toMatchObject({ target: 2, status: 'AMBER' });
    expect(figure(b.figures, 'valid_complaints')).toMatchObject({ target: null, status: 'NO_TARGET' });
    expect(figure(north.totals, 'valid_complaints')).toMatchObject({ target: null, status: 'NO_TARGET' });
    // A KPI whose facts are not stored says so for the group too.
    expect(figure(north.totals, 'vehicle_inspections')).toMatchObject({ value: null, noDataReason: 'SOURCE_PENDING' });

    // Nothing of the site outside the group.
    const text = JSON.stringify(result.data);
    expect(text).not.toContain(sites.outside);
    expect(text).not.toContain('grp-c');
    expect(text).not.toContain('south');
  });

  it('gives a member site the same figures as its director’s site scorecard', async () => {
    const groups = (await gw.gql<{ kpiGroups: GroupView[] }>(GROUPS, { day: MARCH }, { cookie: reader })).data!.kpiGroups;
    const a = groups.find((g) => g.code === 'north')!.sites[0]!;
    const own = await gw.gql<{ kpiScorecard: { figures: Figure[] } }>(SCORECARD, { day: MARCH }, { cookie: directorOfA });
    expect(own.errors).toBeUndefined();
    expect(a.figures).toEqual(own.data!.kpiScorecard.figures);
  });

  it('shows nothing of a group to a member site’s director, to staff who read no group, to requesters and to nobody', async () => {
    for (const cookie of [directorOfA, deputy]) {
      const none = await gw.gql<{ kpiGroups: GroupView[] }>(GROUPS, { day: MARCH }, { cookie });
      expect(none.errors).toBeUndefined();
      expect(none.data!.kpiGroups).toEqual([]);
      expect((await gw.gql<{ viewer: { readsKpiGroups: boolean } }>(READS, {}, { cookie })).data!.viewer.readsKpiGroups).toBe(false);
    }
    expect((await gw.gql<{ viewer: { readsKpiGroups: boolean } }>(READS, {}, { cookie: reader })).data!.viewer.readsKpiGroups).toBe(true);

    const merchant = await gw.login('merchant1');
    const refused = await gw.gql(GROUPS, { day: MARCH }, { cookie: merchant });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect((await gw.gql<{ viewer: { readsKpiGroups: boolean } }>(READS, {}, { cookie: merchant })).data!.viewer.readsKpiGroups).toBe(false);
    const anonymous = await gw.gql(GROUPS, { day: MARCH });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });
});
