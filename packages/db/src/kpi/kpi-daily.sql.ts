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
SELECT $1::uuid, '${source}', $${dayParam}::date, $${dayParam + 1}::text, coalesce(jsonb_agg(to_jsonb(plain)), '[]'::jsonb)
FROM (${plain}) plain
ON CONFLICT (site_id, source, day) DO UPDATE SET clock = EXCLUDED.clock, rows = EXCLUDED.rows`;

/**
 * Stores one day of KPI_FACTS_SQL compactly: the column names once, then each row's values in
 * that order (whatever facts the statement computes), and the people the rows count for.
 */
const storeFactsDay = (dayParam: number) => `
WITH plain AS (SELECT to_jsonb(f) - 'day' AS r FROM (${KPI_FACTS_SQL}) f)
INSERT INTO kpi_day_rows (site_id, source, day, clock, facts, people)
SELECT $1::uuid, 'facts', $${dayParam}::date, $${dayParam + 1}::text,
       json_build_object(
         'columns', coalesce((SELECT json_agg(k ORDER BY i) FROM jsonb_object_keys((SELECT r FROM plain LIMIT 1)) WITH ORDINALITY c(k, i)), '[]'::json),
         'rows', coalesce((SELECT json_agg((SELECT json_agg(v ORDER BY i) FROM jsonb_each(plain.r) WITH ORDINALITY e(k, v, i))) FROM plain), '[]'::json)),
       ARRAY(SELECT DISTINCT (r->>'staff_id')::uuid FROM plain WHERE r->>'staff_id' IS NOT NULL)
ON CONFLICT (site_id, source, day) DO UPDATE SET clock = EXCLUDED.clock, facts = EXCLUDED.facts, people = EXCLUDED.people`;

/** Per source, the statement storing a day (the facts' plain statement takes five parameters, the others three). */
export const STORE_DAY_SQL: Record<KpiDaySource, string> = {
  facts: storeFactsDay(6),
  intake: storeDay('intake', REPORT_INTAKE_SQL, 4),
  sla: storeDay('sla', REPORT_SLA_SQL, 4),
  recurring: storeDay('recurring', REPORT_RECURRING_COUNTS_SQL, 4),
};

/** The rows of the stored days of `source` in [from, to) (site-local dates), typed by `columns`, as `x`. */
const stored = (source: KpiDaySource, from: string, to: string, columns: string) =>
  `kpi_day_rows d CROSS JOIN LATERAL jsonb_to_recordset(d.rows) AS x(${columns})
   WHERE d.site_id = $1::uuid AND d.source = '${source}' AND d.day >= ${from}::date AND d.day < ${to}::date`;

/**
 * The stored days [$2, $3) of KPI_FACTS_SQL on site $1, a row per day: its rows as stored
 * ({"columns": [...], "rows": [[...], ...]}), and
 * the position each person in them held that day (staff id → position id). A stored day keeps whom
 * each fact counts for; the position is looked up when read, by KPI_FACTS_SQL's rule (the acting
 * one first, then the longest held), so a change to the org chart needs no day computed again.
 */
export const KPI_DAILY_FACTS_SQL = `
WITH days AS (
  SELECT d.day, d.facts FROM kpi_day_rows d
  WHERE d.site_id = $1::uuid AND d.source = 'facts' AND d.day >= $2::date AND d.day < $3::date
),
people AS (
  SELECT DISTINCT unnest(d.people) AS staff_id FROM kpi_day_rows d
  WHERE d.site_id = $1::uuid AND d.source = 'facts' AND d.day >= $2::date AND d.day < $3::date
),
held AS (
  SELECT DISTINCT ON (a.staff_id, g.day) a.staff_id, g.day::date AS day, a.position_id
  FROM assignments a
  CROSS JOIN LATERAL generate_series(greatest(a.starts_on, $2::date)::timestamp, (least(coalesce(a.ends_on, $3::date), $3::date) - 1)::timestamp, interval '1 day') g(day)
  WHERE a.staff_id IN (SELECT staff_id FROM people)
  ORDER BY a.staff_id, g.day, a.acting DESC, a.starts_on, a.id
)
SELECT days.day::text AS day, days.facts, coalesce(p.positions, '{}'::json) AS positions
FROM days LEFT JOIN (SELECT day, json_object_agg(staff_id, position_id) AS positions FROM held GROUP BY day) p ON p.day = days.day
ORDER BY days.day`;

/** REPORT_INTAKE_SQL over the stored days [$4, $5) and the raw range [$2, $3). */
export const REPORT_DAILY_INTAKE_SQL = `
SELECT kind, channel, severity, requester_kind, sum(n)::int AS n, sum(invalid)::int AS invalid
FROM (
  SELECT kind, channel, severity, requester_kind, n, invalid FROM (${REPORT_INTAKE_SQL}) plain
  UNION ALL
  SELECT x.kind, x.channel, x.severity, x.requester_kind, x.n, x.invalid
  FROM ${stored('intake', '$4', '$5', 'kind text, channel text, severity text, requester_kind text, n int, invalid int')}
) x
GROUP BY kind, channel, severity, requester_kind
ORDER BY kind, channel, severity, requester_kind`;

/** REPORT_SLA_SQL over the stored days [$4, $5) and the raw range [$2, $3), in its order of deadlines. */
export const REPORT_DAILY_SLA_SQL = `
SELECT deadline, sum(met)::int AS met, sum(due)::int AS due
FROM (
  SELECT deadline, met, due FROM (${REPORT_SLA_SQL}) plain
  UNION ALL
  SELECT x.deadline, x.met, x.due
  FROM ${stored('sla', '$4', '$5', 'deadline text, met int, due int')}
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
    SELECT x."by", x.key, x.n
    FROM ${stored('recurring', '$5', '$6', '"by" text, key text, n int')}
  ) x
  GROUP BY "by", key
  HAVING sum(n) > 1
)
(SELECT "by", key, n FROM counted WHERE "by" = 'unit' ORDER BY n DESC, key LIMIT $4::int)
UNION ALL
(SELECT "by", key, n FROM counted WHERE "by" = 'category' ORDER BY n DESC, key LIMIT $4::int)`;
