/*
 * The KPI and monthly-report reads on the benchmark dataset (`pnpm bench --tickets 1m --load-only`
 * loads it): the largest site's busiest month, 30 times in a row, p50 and p99 in ms. First the
 * plain statements of @kefu/db/kpi on the raw tables (the reference), then the reads the gateway
 * makes: the daily pre-aggregates of migration 044 for the whole past days, the raw tables for
 * the rest. Applies the migrations first; the first read computes the month's days (timed once).
 * Usage: `pnpm --filter @kefu/bench bench:kpi [database]` (kefu_bench unless given).
 */
import { migrate, openDatabase } from '@kefu/db/engine';
import {
  countReportIntake,
  countReportRelays,
  countReportSla,
  findKpiFacts,
  findReportRecurring,
  KPI_DAILY_FACTS_SQL,
  KPI_DRILL_TICKETS_SQL,
  KPI_FACTS_SQL,
  prepareKpiDays,
  REPORT_DAILY_INTAKE_SQL,
  REPORT_DAILY_RECURRING_SQL,
  REPORT_DAILY_SLA_SQL,
  REPORT_INTAKE_SQL,
  REPORT_RECURRING_SQL,
  REPORT_RELAYS_SQL,
  REPORT_SLA_SQL,
} from '@kefu/db/kpi';
import { withDatabase } from '../dataset/load-dataset.js';

const ROUNDS = 30;
const log = (line: string) => process.stdout.write(`${line}\n`);
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const db = await openDatabase({ databaseUrl: withDatabase(serverUrl, process.argv[2] ?? 'kefu_bench'), maxConnections: 1 });
const TZ = 'Asia/Shanghai';

/** p50 and p99 of `ROUNDS` runs of `work`, and what the last run returned. */
async function timed(work: () => Promise<number>): Promise<{ p50: number; p99: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    rows = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(ROUNDS / 2)]!, p99: times[ROUNDS - 2]!, rows };
}

const line = (name: string, t: { p50: number; p99: number; rows: number }) =>
  log(`${t.p50.toFixed(1).padStart(8)} ms p50 ${t.p99.toFixed(1).padStart(8)} ms p99  ${String(t.rows).padStart(6)} rows  ${name}`);

try {
  const migrating = performance.now();
  const applied = await migrate(db);
  log(`migrations: ${JSON.stringify(applied)} (${Math.round(performance.now() - migrating)} ms)`);
  const [site] = await db.query<{ site_id: string; n: number }>('SELECT site_id, count(*)::int AS n FROM tickets GROUP BY site_id ORDER BY n DESC LIMIT 1');
  if (!site) throw new Error('no tickets: run `pnpm bench --tickets 1m --load-only` first');
  const [month] = await db.query<{ from: Date; to: Date; n: number }>(
    `SELECT m AT TIME ZONE '${TZ}' AS from, (m + interval '1 month') AT TIME ZONE '${TZ}' AS to, n
     FROM (SELECT date_trunc('month', resolved_at AT TIME ZONE '${TZ}') AS m, count(*)::int AS n
           FROM tickets WHERE site_id = $1 AND resolved_at IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 1) busiest`,
    [site.site_id],
  );
  const from = new Date(month!.from);
  const to = new Date(month!.to);
  const range = { from, to };
  const siteId = site.site_id;
  const [standard] = await db.query<{ m: number }>('SELECT coalesce((SELECT standard_minutes FROM reception_settings WHERE site_id = $1), 3) AS m', [siteId]);
  const clock = { timeZone: TZ, receptionStandardMinutes: Number(standard!.m) };
  log(`site ${siteId}: ${site.n.toLocaleString('en')} tickets; month from ${from.toISOString()}: ${month!.n.toLocaleString('en')} decided`);

  log('\nplain statements on the raw tables (the reference):');
  const plain: [string, string, unknown[]][] = [
    ['KPI facts of the site for the month (KPI_FACTS_SQL)', KPI_FACTS_SQL, [siteId, from, to, clock.receptionStandardMinutes, TZ]],
    ['tickets behind a figure (KPI_DRILL_TICKETS_SQL, 50)', KPI_DRILL_TICKETS_SQL, [siteId, from, to, null, TZ, null, 'valid_complaints', 50]],
    ['report: intake (REPORT_INTAKE_SQL)', REPORT_INTAKE_SQL, [siteId, from, to]],
    ['report: SLA compliance (REPORT_SLA_SQL)', REPORT_SLA_SQL, [siteId, from, to]],
    ['report: relays (REPORT_RELAYS_SQL)', REPORT_RELAYS_SQL, [siteId, from, to]],
    ['report: recurring (REPORT_RECURRING_SQL)', REPORT_RECURRING_SQL, [siteId, from, to, 10]],
  ];
  let plainReport = 0;
  for (const [name, text, params] of plain) {
    const t = await timed(async () => (await db.query(text, params)).length);
    if (!name.startsWith('tickets behind')) plainReport += t.p50;
    line(name, t);
  }
  log(`a month's report, plain (the facts and four report statements): ${plainReport.toFixed(1)} ms p50`);

  const first = performance.now();
  const split = await prepareKpiDays(db, siteId, range, clock);
  log(`\nfirst read: the month's days computed into kpi_day_rows in ${Math.round(performance.now() - first)} ms; stored days ${split.storedFrom}..${split.storedTo}, raw ${split.rawFrom.toISOString()}..${split.rawTo.toISOString()}`);

  log('\nstatements over the daily pre-aggregates (stored days + raw rest):');
  const raw = [split.rawFrom, split.rawTo];
  const days = [split.storedFrom, split.storedTo];
  const daily: [string, string, unknown[]][] = [
    ['KPI facts, stored days (KPI_DAILY_FACTS_SQL)', KPI_DAILY_FACTS_SQL, [siteId, ...days]],
    ['KPI facts, the rest raw (KPI_FACTS_SQL)', KPI_FACTS_SQL, [siteId, ...raw, clock.receptionStandardMinutes, TZ]],
    ['report: intake (REPORT_DAILY_INTAKE_SQL)', REPORT_DAILY_INTAKE_SQL, [siteId, ...raw, ...days]],
    ['report: SLA compliance (REPORT_DAILY_SLA_SQL)', REPORT_DAILY_SLA_SQL, [siteId, ...raw, ...days]],
    ['report: relays (REPORT_RELAYS_SQL, raw)', REPORT_RELAYS_SQL, [siteId, from, to]],
    ['report: recurring (REPORT_DAILY_RECURRING_SQL)', REPORT_DAILY_RECURRING_SQL, [siteId, ...raw, 10, ...days]],
  ];
  for (const [name, text, params] of daily) line(name, await timed(async () => (await db.query(text, params)).length));
  line('freshness check with nothing to compute (prepareKpiDays)', await timed(async () => ((await prepareKpiDays(db, siteId, range, clock)) ? 1 : 0)));

  log('\nthe reads the gateway makes (@kefu/db/kpi functions, freshness check included):');
  const dashboard = await timed(async () => (await findKpiFacts(db, siteId, range, clock)).length);
  line('a team dashboard (findKpiFacts)', dashboard);
  const [current] = await db.query<{ from: Date; to: Date }>(
    `SELECT date_trunc('month', now() AT TIME ZONE '${TZ}') AT TIME ZONE '${TZ}' AS from, (date_trunc('month', now() AT TIME ZONE '${TZ}') + interval '1 month') AT TIME ZONE '${TZ}' AS to`,
  );
  const thisMonth = { from: new Date(current!.from), to: new Date(current!.to) };
  line(`a team dashboard of this month, today from the raw tables (findKpiFacts, ${thisMonth.from.toISOString()})`, await timed(async () => (await findKpiFacts(db, siteId, thisMonth, clock)).length));
  const report = await timed(async () => {
    const facts = await findKpiFacts(db, siteId, range, clock);
    const intake = await countReportIntake(db, siteId, range);
    const sla = await countReportSla(db, siteId, range);
    await countReportRelays(db, siteId, range);
    const recurring = await findReportRecurring(db, siteId, range, 10);
    return facts.length + intake.length + sla.length + 1 + recurring.length;
  });
  line("a month's report (findKpiFacts, countReportIntake, countReportSla, countReportRelays, findReportRecurring)", report);
} finally {
  await db.close();
}
