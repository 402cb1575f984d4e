/**
 * The daily pre-aggregates of migration 044 (kpi_day_rows): how a day is stored and how a range
 * is read. A stored day holds exactly what a plain statement of kpi.sql.ts returns for that day;
 * a read sums the stored days and runs the same plain statement on the raw tables for the rest of
 * the range (today, or a range not starting at a site-local midnight). So the plain statements
 * stay the one definition of every figure, and the numbers are the plain statements' numbers.
 */
import { KPI_FACTS_SQL, REPORT_INTAKE_SQL, REPORT_SLA_SQL } from './kpi.sql.js';

/**
 * The places and kinds of tickets received on site $1 in [$2, $3), every count (REPORT_RECURRING_SQL
 * before its "more than once" and its top rows, which only the sum of the days can apply).
 */
export const REPORT_RECURRING_COUNTS_SQL = `
SELECT 'unit' AS "by", location AS key, count(*)::int AS n
FROM tickets WHERE site_id = $1::uuid AND received_at >= $2 AND received_at < $3 AND location IS NOT NULL AND location <> ''
GROUP BY location
UNION ALL
SELECT 'category', kind || coalesce('/' || repair_category, ''), count(*)::int
FROM tickets WHERE site_id = $1::uuid AND received_at >= $2 AND received_at < $3
GROUP BY kind, repair_category`;

export const KPI_DAY_SOURCES = ['facts', 'intake', 'sla', 'recurring'] as const;
export type KpiDaySource = (typeof KPI_DAY_SOURCES)[number];

/**
 * Stores one day of one source: the plain statement's rows for [$2, $3) on site $1 as the day's
 * JSON array. The plain statement's own parameters come first; `day` and `clock` follow them.
 */
const storeDay = (source: KpiDaySource, plain: string, dayParam: number) => `
INSERT INTO kpi_day_rows (site_id, source, day, clock, rows)
SELECT $1::uuid, '${source}', $${dayParam}::date, $${dayParam + 1}::text, coalesce(jsonb_agg(to_jsonb(plain) - 'day'), '[]'::jsonb)
FROM (${plain}) plain
ON CONFLICT (site_id, source, day) DO UPDATE SET clock = EXCLUDED.clock, rows = EXCLUDED.rows`;

/** Per source: the statement storing a day, and how many parameters its plain statement takes. */
export const STORE_DAY_SQL: Record<KpiDaySource, { text: string; plainParams: number }> = {
  facts: { text: storeDay('facts', KPI_FACTS_SQL, 6), plainParams: 5 },
  intake: { text: storeDay('intake', REPORT_INTAKE_SQL, 4), plainParams: 3 },
  sla: { text: storeDay('sla', REPORT_SLA_SQL, 4), plainParams: 3 },
  recurring: { text: storeDay('recurring', REPORT_RECURRING_COUNTS_SQL, 4), plainParams: 3 },
};

/** The elements of the stored days of `source` in [from, to) (site-local dates), as `e.r`. */
const stored = (source: KpiDaySource, from: string, to: string) =>
  `kpi_day_rows d CROSS JOIN LATERAL jsonb_array_elements(d.rows) e(r)
   WHERE d.site_id = $1::uuid AND d.source = '${source}' AND d.day >= ${from}::date AND d.day < ${to}::date`;

/**
 * KPI_FACTS_SQL's rows over the stored days [$6, $7) and the raw range [$2, $3), each person-day's
 * facts as one JSON object. A stored day keeps whom each fact counts for; the position they held
 * that day is looked up when read (the same rule as KPI_FACTS_SQL's), so a change to the org
 * chart needs no day computed again.
 */
export const KPI_DAILY_FACTS_SQL = `
WITH stored AS (
  SELECT d.day, (e.r->>'staff_id')::uuid AS staff_id, (e.r->>'position_id')::uuid AS position_id, e.r - 'staff_id' - 'position_id' AS facts
  FROM ${stored('facts', '$6', '$7')}
),
held AS (
  SELECT DISTINCT ON (a.staff_id, g.day) a.staff_id, g.day::date AS day, a.position_id
  FROM assignments a
  CROSS JOIN LATERAL generate_series(greatest(a.starts_on, $6::date)::timestamp, (least(coalesce(a.ends_on, $7::date), $7::date) - 1)::timestamp, interval '1 day') g(day)
  WHERE a.staff_id IN (SELECT staff_id FROM stored WHERE staff_id IS NOT NULL)
  ORDER BY a.staff_id, g.day, a.acting DESC, a.starts_on, a.id
)
SELECT s.staff_id, CASE WHEN s.staff_id IS NULL THEN s.position_id ELSE h.position_id END AS position_id, s.day::text AS day, s.facts
FROM stored s LEFT JOIN held h ON h.staff_id = s.staff_id AND h.day = s.day
UNION ALL
SELECT plain.staff_id, plain.position_id, plain.day, to_jsonb(plain) - 'staff_id' - 'position_id' - 'day'
FROM (${KPI_FACTS_SQL}) plain`;

/** REPORT_INTAKE_SQL over the stored days [$4, $5) and the raw range [$2, $3). */
export const REPORT_DAILY_INTAKE_SQL = `
SELECT kind, channel, severity, requester_kind, sum(n)::int AS n, sum(invalid)::int AS invalid
FROM (
  SELECT kind, channel, severity, requester_kind, n, invalid FROM (${REPORT_INTAKE_SQL}) plain
  UNION ALL
  SELECT e.r->>'kind', e.r->>'channel', e.r->>'severity', e.r->>'requester_kind', (e.r->>'n')::int, (e.r->>'invalid')::int
  FROM ${stored('intake', '$4', '$5')}
) x
GROUP BY kind, channel, severity, requester_kind
ORDER BY kind, channel, severity, requester_kind`;

/** REPORT_SLA_SQL over the stored days [$4, $5) and the raw range [$2, $3), in its order of deadlines. */
export const REPORT_DAILY_SLA_SQL = `
SELECT deadline, sum(met)::int AS met, sum(due)::int AS due
FROM (
  SELECT deadline, met, due FROM (${REPORT_SLA_SQL}) plain
  UNION ALL
  SELECT e.r->>'deadline', (e.r->>'met')::int, (e.r->>'due')::int
  FROM ${stored('sla', '$4', '$5')}
) x
GROUP BY deadline
ORDER BY array_position(ARRAY['handover', 'reply', 'resolve'], deadline)`;

/** REPORT_RECURRING_SQL over the stored days [$5, $6) and the raw range [$2, $3): $4 rows each. */
export const REPORT_DAILY_RECURRING_SQL = `
WITH counted AS (
  SELECT "by", key, sum(n)::int AS n
  FROM (
    SELECT "by", key, n FROM (${REPORT_RECURRING_COUNTS_SQL}) plain
    UNION ALL
    SELECT e.r->>'by', e.r->>'key', (e.r->>'n')::int
    FROM ${stored('recurring', '$5', '$6')}
  ) x
  GROUP BY "by", key
  HAVING sum(n) > 1
)
(SELECT "by", key, n FROM counted WHERE "by" = 'unit' ORDER BY n DESC, key LIMIT $4::int)
UNION ALL
(SELECT "by", key, n FROM counted WHERE "by" = 'category' ORDER BY n DESC, key LIMIT $4::int)`;
