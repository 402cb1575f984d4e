/*
 * The KPI and monthly-report statements on the benchmark dataset (`pnpm bench` loads it): each
 * statement of @kefu/db/kpi run on the largest site for its busiest month, 30 times in a row,
 * p50 and p99 in ms beside the statement. Reads only; run after `pnpm bench --tickets 1m`.
 */
import postgres from 'postgres';
import { KPI_DRILL_TICKETS_SQL, KPI_FACTS_SQL, REPORT_INTAKE_SQL, REPORT_RECURRING_SQL, REPORT_RELAYS_SQL, REPORT_SLA_SQL } from '@kefu/db/kpi';
import { withDatabase } from '../dataset/load-dataset.js';

const ROUNDS = 30;
const log = (line: string) => process.stdout.write(`${line}\n`);
const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const sql = postgres(withDatabase(serverUrl, process.argv[2] ?? 'kefu_bench'), { max: 1, onnotice: () => {} });

try {
  const [site] = await sql<{ site_id: string; n: number }[]>`SELECT site_id, count(*)::int AS n FROM tickets GROUP BY site_id ORDER BY n DESC LIMIT 1`;
  if (!site) throw new Error('no tickets: run `pnpm bench --tickets 1m` first');
  const [month] = await sql<{ from: Date; n: number }[]>`
    SELECT date_trunc('month', resolved_at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai' AS from, count(*)::int AS n
    FROM tickets WHERE site_id = ${site.site_id} AND resolved_at IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 1`;
  const from = month!.from;
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, from.getUTCDate(), from.getUTCHours()));
  log(`site ${site.site_id}: ${site.n.toLocaleString('en')} tickets; month from ${from.toISOString()}: ${month!.n.toLocaleString('en')} decided`);
  const statements: [string, string, unknown[]][] = [
    ['KPI facts of the site for the month (dashboards, team and person figures)', KPI_FACTS_SQL, [site.site_id, from, to, 3, 'Asia/Shanghai']],
    ['tickets behind a figure (drill-down, 50)', KPI_DRILL_TICKETS_SQL, [site.site_id, from, to, null, 'Asia/Shanghai', null, 'valid_complaints', 50]],
    ['report: intake by kind, channel, severity', REPORT_INTAKE_SQL, [site.site_id, from, to]],
    ['report: SLA compliance per deadline', REPORT_SLA_SQL, [site.site_id, from, to]],
    ['report: relays and their accuracy', REPORT_RELAYS_SQL, [site.site_id, from, to]],
    ['report: recurring units and categories', REPORT_RECURRING_SQL, [site.site_id, from, to, 10]],
  ];
  let reportP50 = 0;
  for (const [name, text, params] of statements) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      rows = (await sql.unsafe(text, params as never[], { prepare: true })).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(ROUNDS / 2)]!;
    if (name.startsWith('report') || name.startsWith('KPI facts')) reportP50 += p50;
    log(`${p50.toFixed(1).padStart(8)} ms p50 ${times[ROUNDS - 2]!.toFixed(1).padStart(8)} ms p99  ${String(rows).padStart(6)} rows  ${name}`);
  }
  log(`a month's report (the facts and four report statements, one after another): ${reportP50.toFixed(1)} ms p50`);
} finally {
  await sql.end();
}
