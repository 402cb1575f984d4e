import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { monthPeriod, roundFigure } from '@kefu/domain/kpi';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Figure = { kpi: { code: string }; value: number | null; numerator: number | null; denominator: number | null; noDataReason: string | null; target: number | null; status: string };
type Scorecard = { subjectKind: string; subjectId: string | null; name: { zh: string }; periodStart: string; figures: Figure[] };

const FIGURES = 'subjectKind subjectId name { zh } periodStart figures { kpi { code } value numerator denominator noDataReason target status }';
const SCORECARD = `query ($s: KpiSubjectInput!, $day: LocalDate) { kpiScorecard(subject: $s, day: $day) { ${FIGURES} } }`;
const TEAM = `query ($p: ID!, $day: LocalDate) { kpiTeam(positionId: $p, day: $day) { team { ${FIGURES} } units { ${FIGURES} } people { ${FIGURES} } } }`;
const TICKETS = `query ($s: KpiSubjectInput!, $f: KpiDrillFact!, $day: LocalDate) { kpiTickets(subject: $s, fact: $f, day: $day, first: 200) { id number kind } }`;
const SET_TARGET = `mutation ($input: SetKpiTargetInput!) { setKpiTarget(input: $input) { kpi target note } }`;
const REPORT = `query ($m: String!) { kpiMonthlyReport(month: $m) { month site { ${FIGURES} } teams { ${FIGURES} } people { ${FIGURES} } relays { relayed misrouted accuracy } followUps { due onTime handled notFixed unreached onTimeRate handlingRate } sla { deadline met due rate } intake { kind count } } }`;
const XLSX = `query ($m: String!) { kpiMonthlyReportXlsx(month: $m) }`;

const figure = (card: Scorecard, code: string) => card.figures.find((f) => f.kpi.code === code.toUpperCase());

describe.each(enginesUnderTest())('KPIs through the API (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let floorSupervisor: string;
  let floorClerk: string;
  let floorClerkId: string;
  let month: string;
  let day: string;
  let siteId: string;
  let timeZone: string;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [director, floorSupervisor, floorClerk] = (await Promise.all(['director', 'floor_supervisor', 'floor_clerk'].map((u) => gw.login(u)))) as [string, string, string];
    const [clerk] = await gw.db.query<{ staff_id: string; site_id: string; time_zone: string }>(
      `SELECT a.staff_id, a.site_id, s.time_zone FROM accounts a JOIN sites s ON s.id = a.site_id WHERE a.username = 'floor_clerk'`,
    );
    floorClerkId = clerk!.staff_id;
    siteId = clerk!.site_id;
    timeZone = clerk!.time_zone;
    // A month inside the demo's 60 days of history.
    day = toSiteLocalDate(new Date(Date.now() - 30 * 86_400_000), timeZone);
    month = day.slice(0, 7);
    await recordSubjectsAndFollowUps();
  });

  /**
   * The demo names units as complaint subjects and leaves its follow-ups open: two of the month's
   * valid complaints are recorded as about the floor clerk, and four follow-ups (the demo's two
   * and two more) fall due on the month's 10th, ending on time, late, withdrawn and not at all
   * (the columns the follow-up commands write).
   */
  async function recordSubjectsAndFollowUps() {
    const { valid } = await byHand();
    const aboutClerk = valid.slice(0, 2).map((t) => t.id);
    expect(aboutClerk.length, 'the demo month has two valid complaints').toBe(2);
    await gw.db.query(
      `UPDATE tickets SET subject_kind = 'staff', subject_staff_id = $1, subject_position_id = NULL, subject_unit_code = NULL, subject_department_id = NULL
       WHERE id = ANY($2::uuid[])`,
      [floorClerkId, aboutClerk],
    );
    // The demo owes two; two more, already ended, are written beside the first (as a later round would be).
    const owed = await gw.db.query<{ id: string; ticket_id: string }>(`SELECT id, ticket_id FROM follow_ups WHERE site_id = $1 ORDER BY id LIMIT 2`, [siteId]);
    expect(owed.length, 'the demo owes two follow-ups').toBe(2);
    const added = [crypto.randomUUID(), crypto.randomUUID()];
    for (const id of added) {
      await gw.db.query(
        `INSERT INTO follow_ups (id, site_id, ticket_id, due_at, opened_at, status, outcome, done_at) VALUES ($1, $2, $3, now(), now(), 'done', 'withdrawn', now())`,
        [id, siteId, owed[0]!.ticket_id],
      );
    }
    const due = monthPeriod(month, timeZone).from.getTime() + 9 * 86_400_000 + 2 * 3_600_000;
    const end = (id: string, outcome: string | null, doneAt: number | null, callerId: string | null) =>
      gw.db.query(
        `UPDATE follow_ups SET due_at = $2, caller_id = $3, status = CASE WHEN $4::text IS NULL THEN 'open' ELSE 'done' END, outcome = $4::text, done_at = $5
         WHERE id = $1`,
        [id, new Date(due), callerId, outcome, doneAt === null ? null : new Date(doneAt)],
      );
    const [a, d] = owed.map((f) => f.id) as [string, string];
    const [b, c] = added as [string, string];
    await end(a, 'satisfied', due - 3_600_000, floorClerkId); // on time
    await end(b, 'not_fixed', due + 86_400_000, floorClerkId); // a day late
    await end(c, 'withdrawn', due - 3_600_000, null); // no longer owed
    await end(d, null, null, null); // owed, nobody has called
  }
  afterAll(() => gw.close());

  /** The month's facts recomputed by hand from the raw rows: tickets' deciding events, the reception log, relays. */
  async function byHand() {
    const { from, to } = monthPeriod(month, timeZone);
    const decisions = await gw.db.query<{ ticket_id: string; type: string; at: Date | string; actor_id: string | null }>(
      `SELECT ticket_id, type, at, actor_id FROM ticket_events WHERE site_id = $1 AND type IN ('resolved', 'marked_invalid', 'reopened') ORDER BY at, id`,
      [siteId],
    );
    const tickets = await gw.db.query<{ id: string; kind: string; status: string; assignee_id: string | null; requester_kind: string; satisfaction: number | null }>(
      `SELECT id, kind, status, assignee_id, requester_kind, satisfaction FROM tickets WHERE site_id = $1`,
      [siteId],
    );
    // The deciding event is a ticket's last resolve or 无效 judgement, when no reopening followed it.
    const last = new Map<string, { type: string; at: Date; actor: string | null }>();
    for (const e of decisions) last.set(e.ticket_id, { type: e.type, at: new Date(e.at), actor: e.actor_id });
    const decided = tickets.flatMap((t) => {
      const d = last.get(t.id);
      const stillDecided = t.status === 'invalid' ? d?.type === 'marked_invalid' : ['resolved', 'followed_up', 'closed'].includes(t.status) && d?.type === 'resolved';
      if (!d || !stillDecided || d.at < from || d.at >= to) return [];
      return [{ ...t, holder: t.assignee_id ?? d.actor }];
    });
    const valid = decided.filter((t) => t.kind === 'complaint' && t.status !== 'invalid');
    const customerRatings = decided.filter((t) => t.status !== 'invalid' && t.requester_kind === 'customer' && t.satisfaction !== null);
    const [reception] = await gw.db.query<{ n: number; on_time: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE received_at IS NOT NULL AND received_at - arrived_at <= interval '3 minutes')::int AS on_time
       FROM reception_entries WHERE site_id = $1 AND arrived_at >= $2 AND arrived_at < $3`,
      [siteId, from, to],
    );
    const [relays] = await gw.db.query<{ n: number; misrouted: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'returned' AND return_reason = 'not_ours')::int AS misrouted FROM relays WHERE site_id = $1 AND relayed_at >= $2 AND relayed_at < $3`,
      [siteId, from, to],
    );
    const subjects = await gw.db.query<{ id: string; subject_staff_id: string | null }>(`SELECT id, subject_staff_id FROM tickets WHERE site_id = $1`, [siteId]);
    const subjectOf = new Map(subjects.map((t) => [t.id, t.subject_staff_id]));
    const aboutPeople = valid.map((t) => ({ ...t, subject: subjectOf.get(t.id) ?? null })).filter((t) => t.subject !== null);
    const followUps = (
      await gw.db.query<{ due_at: Date | string; done_at: Date | string | null; status: string; outcome: string | null; caller_id: string | null }>(
        `SELECT due_at, done_at, status, outcome, caller_id FROM follow_ups WHERE site_id = $1`,
        [siteId],
      )
    )
      .map((f) => ({ ...f, due: new Date(f.due_at), done: f.done_at === null ? null : new Date(f.done_at) }))
      .filter((f) => f.due >= from && f.due < to && f.outcome !== 'withdrawn');
    const onTime = followUps.filter((f) => (f.outcome === 'satisfied' || f.outcome === 'not_fixed') && f.done! <= f.due);
    // Handled whenever done (a day's count is the same in every period holding it).
    const handled = followUps.filter((f) => f.status === 'done');
    const rate = (n: number, d: number, scale: number) => (d === 0 ? null : roundFigure((n / d) * scale));
    return {
      decided,
      valid,
      aboutPeople,
      followUps,
      site: {
        subordinate_complaint_rate: rate(aboutPeople.length, decided.length, 100),
        followup_on_time_rate: rate(onTime.length, followUps.length, 100),
        followup_handling_rate: rate(handled.length, followUps.length, 100),
        valid_complaints: valid.length,
        service_problem_rate: rate(valid.length, decided.length, 100),
        department_complaint_rate: rate(valid.length, reception!.n, 1000),
        on_time_reception_rate: rate(reception!.on_time, reception!.n, 100),
        relay_accuracy: rate(relays!.n - relays!.misrouted, relays!.n, 100),
        customer_satisfaction: customerRatings.length === 0 ? null : roundFigure(customerRatings.reduce((s, t) => s + t.satisfaction!, 0) / customerRatings.length),
      },
    };
  }

  it('gives the director the site’s figures, as recomputed by hand from the raw events', async () => {
    const hand = await byHand();
    expect(hand.decided.length, 'the demo month has decided tickets').toBeGreaterThan(0);
    const result = await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'SITE' }, day }, { cookie: director });
    expect(result.errors).toBeUndefined();
    const card = result.data!.kpiScorecard;
    for (const [code, value] of Object.entries(hand.site)) expect(figure(card, code)?.value ?? null, code).toBe(value);
    expect(hand.followUps.length, 'the month owes follow-ups').toBeGreaterThanOrEqual(3);
    expect(hand.site.followup_on_time_rate).toBeLessThan(100);
    // Not stored yet: no data, never 0.
    expect(figure(card, 'survey_completion_rate')).toMatchObject({ value: null, noDataReason: 'SOURCE_PENDING', status: 'NO_DATA' });
  });

  it('counts a complaint about a person for that person, and a follow-up for its caller', async () => {
    const hand = await byHand();
    expect(hand.aboutPeople.filter((t) => t.subject === floorClerkId)).toHaveLength(2);
    const site = (await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'SITE' }, day }, { cookie: director })).data!.kpiScorecard;
    expect(figure(site, 'personal_valid_complaints')?.value).toBe(hand.aboutPeople.length);
    // The deputy's 所属下级有效投诉率: both complaints are about the floor clerk, below the deputy.
    const [deputy] = await gw.db.query<{ staff_id: string }>(`SELECT staff_id FROM accounts WHERE username = 'deputy'`);
    const deputyCard = (await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'STAFF', id: deputy!.staff_id }, day }, { cookie: director })).data!.kpiScorecard;
    const below = figure(deputyCard, 'subordinate_complaint_rate')!;
    expect(below.numerator).toBe(2);
    expect(below.value).toBe(roundFigure((2 / below.denominator!) * 100));
    // Nobody complained about the deputy herself.
    expect(figure(deputyCard, 'personal_valid_complaints')?.value).toBe(0);

    const result = await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'STAFF', id: floorClerkId }, day }, { cookie: floorClerk });
    expect(result.errors).toBeUndefined();
    const card = result.data!.kpiScorecard;
    const called = hand.followUps.filter((f) => f.caller_id === floorClerkId);
    expect(called).toHaveLength(2);
    // One reached an hour before it was due, one a day late: both handled.
    expect(figure(card, 'followup_on_time_rate')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(figure(card, 'followup_handling_rate')).toMatchObject({ value: 100, numerator: 2, denominator: 2 });
  });

  it('counts a clerk’s complaints for the holder at the deciding event, and lists the tickets behind the figure', async () => {
    const hand = await byHand();
    const own = hand.valid.filter((t) => t.holder === floorClerkId).map((t) => t.id).sort();
    const result = await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'STAFF', id: floorClerkId }, day }, { cookie: floorClerk });
    expect(result.errors).toBeUndefined();
    expect(figure(result.data!.kpiScorecard, 'valid_complaints')?.value).toBe(own.length);
    const drill = await gw.gql<{ kpiTickets: { id: string }[] }>(TICKETS, { s: { kind: 'STAFF', id: floorClerkId }, f: 'VALID_COMPLAINTS', day }, { cookie: director });
    expect(drill.errors).toBeUndefined();
    expect(drill.data!.kpiTickets.map((t) => t.id).sort()).toEqual(own);
  });

  it('rolls the floor team up from its people, and shows the team side by side to its supervisor', async () => {
    const [position] = await gw.db.query<{ id: string }>(`SELECT id FROM positions WHERE site_id = $1 AND code = 'floor_supervisor'`, [siteId]);
    const result = await gw.gql<{ kpiTeam: { team: Scorecard; people: Scorecard[] } }>(TEAM, { p: position!.id, day }, { cookie: floorSupervisor });
    expect(result.errors).toBeUndefined();
    const { team, people } = result.data!.kpiTeam;
    expect(people.map((p) => p.subjectId)).toContain(floorClerkId);
    // Nobody in this team acts elsewhere in the demo, so the team's count is its people's sum.
    const sum = people.reduce((s, p) => s + (figure(p, 'valid_complaints')?.value ?? 0), 0);
    expect(figure(team, 'valid_complaints')?.value).toBe(sum);
  });

  it('refuses what the viewer may not read as if it did not exist', async () => {
    const site = await gw.gql(SCORECARD, { s: { kind: 'SITE' }, day }, { cookie: floorClerk });
    expect(site.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [hall] = await gw.db.query<{ staff_id: string }>(`SELECT staff_id FROM accounts WHERE username = 'hall_clerk'`);
    const peer = await gw.gql(SCORECARD, { s: { kind: 'STAFF', id: hall!.staff_id }, day }, { cookie: floorSupervisor });
    expect(peer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noId = await gw.gql(SCORECARD, { s: { kind: 'STAFF' }, day }, { cookie: director });
    expect(noId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Portal users reach no KPI, no target and no report.
    const merchant = await gw.login('merchant1');
    for (const [query, variables] of [
      [SCORECARD, { s: { kind: 'SITE' }, day }],
      [`{ kpiTargets { kpi } }`, {}],
      [REPORT, { m: month }],
      [SET_TARGET, { input: { kpi: 'VALID_COMPLAINTS', target: 1 } }],
    ] as const) {
      const refused = await gw.gql(query, variables, { cookie: merchant });
      expect(refused.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });

  it('lets the director set a target, with its history, and nobody else', async () => {
    const refused = await gw.gql(SET_TARGET, { input: { kpi: 'VALID_COMPLAINTS', target: 3 } }, { cookie: floorSupervisor });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await gw.gql(SET_TARGET, { input: { kpi: 'RELAY_ACCURACY', target: 120 } }, { cookie: director });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const set = await gw.gql<{ setKpiTarget: { target: number } }>(SET_TARGET, { input: { kpi: 'RELAY_ACCURACY', target: 95, note: '本季度' } }, { cookie: director });
    expect(set.errors).toBeUndefined();
    const card = await gw.gql<{ kpiScorecard: Scorecard }>(SCORECARD, { s: { kind: 'SITE' }, day }, { cookie: director });
    expect(figure(card.data!.kpiScorecard, 'relay_accuracy')?.target).toBe(95);
    const history = await gw.gql<{ kpiTargets: { kpi: string; target: number }[] }>(`{ kpiTargets { kpi target } }`, {}, { cookie: floorClerk });
    expect(history.data!.kpiTargets).toContainEqual({ kpi: 'RELAY_ACCURACY', target: 95 });
  });

  it('exports the monthly report as .xlsx holding the page’s numbers', async () => {
    const page = await gw.gql<{ kpiMonthlyReport: { site: Scorecard; people: Scorecard[]; relays: { relayed: number; misrouted: number; accuracy: number | null } } }>(
      REPORT,
      { m: month },
      { cookie: director },
    );
    expect(page.errors).toBeUndefined();
    const xlsx = await gw.gql<{ kpiMonthlyReportXlsx: string }>(XLSX, { m: month }, { cookie: director });
    expect(xlsx.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.data!.kpiMonthlyReportXlsx, 'base64') as unknown as ArrayBuffer);
    const kpis = workbook.getWorksheet('绩效指标')!;
    const header = (kpis.getRow(1).values as unknown[]).slice(2);
    const siteRow = (kpis.getRow(2).values as unknown[]).slice(2);
    const report = page.data!.kpiMonthlyReport;
    expect(header.length).toBe(report.site.figures.length);
    report.site.figures.forEach((f, i) => expect(siteRow[i], f.kpi.code).toBe(f.value ?? '无数据'));
    const relayRow = (workbook.getWorksheet('信息传达')!.getRow(2).values as unknown[]).slice(1);
    expect(relayRow.slice(0, 2)).toEqual([report.relays.relayed, report.relays.misrouted]);
    expect(relayRow[4]).toBe(report.relays.accuracy ?? '无数据');
    // 回访达成: the page's numbers are the hand's, and the sheet's the page's.
    const hand = await byHand();
    const followUps = (report as unknown as { followUps: Record<string, number | null> }).followUps;
    expect(followUps).toMatchObject({ due: hand.followUps.length, onTimeRate: hand.site.followup_on_time_rate, handlingRate: hand.site.followup_handling_rate, notFixed: 1, unreached: 0 });
    const followUpRow = (workbook.getWorksheet('回访')!.getRow(2).values as unknown[]).slice(1);
    expect(followUpRow).toEqual([followUps.due, followUps.onTime, followUps.handled, followUps.notFixed, followUps.unreached, followUps.onTimeRate, followUps.handlingRate]);
    expect(kpis.rowCount).toBe(1 + 1 + (report as unknown as { teams: unknown[] }).teams.length + report.people.length);
    const clerkReport = await gw.gql(XLSX, { m: month }, { cookie: floorClerk });
    expect(clerkReport.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
