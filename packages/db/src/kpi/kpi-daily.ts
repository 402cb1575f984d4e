import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../engine/database.js';
import { findReceptionStandard } from '../reception/reception-settings.repository.js';
import { KPI_DAY_SOURCES, STORE_DAY_SQL, type KpiDaySource } from './kpi-daily.sql.js';

/**
 * How a read of [from, to) splits: the site-local days [storedFrom, storedTo) come from the
 * stored days (kpi_day_rows), the instants [rawFrom, to) from the raw tables. Either part may be
 * empty.
 */
export type KpiDaySplit = { storedFrom: string; storedTo: string; rawFrom: Date; rawTo: Date };

type Clock = { timeZone: string; receptionStandardMinutes: number };

/**
 * Stored days end an hour into today, site time: a day is stored once it has been over for an
 * hour, and a write marks only the days before its own today (migration 044), so a write still
 * open across midnight is read before its day is stored. The product's own margin.
 */
const STORED_AFTER = '1 hour';

/** Serialises the computing of one site's days (the first key of pg_advisory_xact_lock). */
const COMPUTE_LOCK = 0x6b7069; // "kpi"

/**
 * What a stored day was computed with: the site's time zone, for the facts its reception standard,
 * and the statement itself (a digest of its text), so a day stored before a statement changed —
 * a fact added to KPI_FACTS_SQL, say — is computed again rather than read without it.
 */
const clockKey = (source: KpiDaySource, clock: Clock): string =>
  [clock.timeZone, ...(source === 'facts' ? [clock.receptionStandardMinutes] : []), STATEMENT_DIGEST[source]].join('|');

const STATEMENT_DIGEST = Object.fromEntries(
  KPI_DAY_SOURCES.map((source) => [source, createHash('sha256').update(STORE_DAY_SQL[source]).digest('hex').slice(0, 12)]),
) as Record<KpiDaySource, string>;

const clockKeys = (clock: Clock): string => JSON.stringify(Object.fromEntries(KPI_DAY_SOURCES.map((source) => [source, clockKey(source, clock)])));

type Bounds = { time_zone: string; first_day: string; end_day: string; aligned: boolean; stored_end: Date | string };

/**
 * The whole site-local days of [from, to) that can be read from storage: from the first day when
 * `from` is a local midnight (else none), up to the day holding `to` and before today.
 */
async function boundsOf(q: Queryable, siteId: string, from: Date, to: Date): Promise<Bounds | null> {
  const [row] = await q.query<Bounds>(
    `WITH b AS (
       SELECT s.time_zone, ($2::timestamptz AT TIME ZONE s.time_zone)::date AS first_day,
              least(($3::timestamptz AT TIME ZONE s.time_zone)::date, ((now() - interval '${STORED_AFTER}') AT TIME ZONE s.time_zone)::date) AS end_day
       FROM sites s WHERE s.id = $1::uuid
     )
     SELECT time_zone, first_day::text, end_day::text,
            (first_day::timestamp AT TIME ZONE time_zone) = $2::timestamptz AS aligned,
            (end_day::timestamp AT TIME ZONE time_zone) AS stored_end
     FROM b`,
    [siteId, from, to],
  );
  return row ?? null;
}

/** The days of [firstDay, endDay) not stored under the site's clock for every source, or marked changed. */
async function daysToCompute(q: Queryable, siteId: string, firstDay: string, endDay: string, clock: Clock, withMarks: boolean): Promise<string[]> {
  const rows = await q.query<{ day: string }>(
    `SELECT g.day::date::text AS day
     FROM generate_series($2::date::timestamp, ($3::date - 1)::timestamp, interval '1 day') g(day)
     WHERE (SELECT count(*) FROM kpi_day_rows r
            WHERE r.site_id = $1::uuid AND r.day = g.day::date AND r.clock = $4::text::jsonb ->> r.source) < $5
        OR ($6 AND EXISTS (SELECT 1 FROM kpi_stale_days m WHERE m.site_id = $1::uuid AND m.day = g.day::date))
     ORDER BY 1`,
    [siteId, firstDay, endDay, clockKeys(clock), KPI_DAY_SOURCES.length, withMarks],
  );
  return rows.map((r) => r.day);
}

/** Computes one day of every source from the plain statements, under the site's clock. */
async function computeDay(tx: Queryable, siteId: string, day: string, clock: Clock): Promise<void> {
  const [span] = await tx.query<{ from: Date | string; to: Date | string }>(
    `SELECT ($1::date::timestamp AT TIME ZONE $2::text) AS "from", (($1::date + 1)::timestamp AT TIME ZONE $2::text) AS "to"`,
    [day, clock.timeZone],
  );
  const from = new Date(span!.from);
  const to = new Date(span!.to);
  for (const source of KPI_DAY_SOURCES) {
    const plain: unknown[] = source === 'facts' ? [siteId, from, to, clock.receptionStandardMinutes, clock.timeZone] : [siteId, from, to];
    await tx.query(STORE_DAY_SQL[source], [...plain, day, clockKey(source, clock)]);
  }
}

/**
 * Brings the stored days of [from, to) up to date and says how to read the range: the days never
 * computed, computed under another clock or marked changed by a write since (migration 044) are
 * computed again from the plain statements, in one transaction per site at a time. Idempotent:
 * with nothing to do it only reads. A caller whose clock is not the site's reads everything raw.
 */
export async function prepareKpiDays(db: Database, siteId: string, range: { from: Date; to: Date }, callerClock?: Clock): Promise<KpiDaySplit> {
  const raw: KpiDaySplit = { storedFrom: '1970-01-01', storedTo: '1970-01-01', rawFrom: range.from, rawTo: range.to };
  if (range.to.getTime() <= range.from.getTime()) return raw;
  const bounds = await boundsOf(db, siteId, range.from, range.to);
  if (!bounds || !bounds.aligned || bounds.first_day >= bounds.end_day) return raw;
  const clock: Clock = { timeZone: bounds.time_zone, receptionStandardMinutes: await findReceptionStandard(db, siteId) };
  if (callerClock && (callerClock.timeZone !== clock.timeZone || callerClock.receptionStandardMinutes !== clock.receptionStandardMinutes)) return raw;
  const split: KpiDaySplit = { storedFrom: bounds.first_day, storedTo: bounds.end_day, rawFrom: new Date(bounds.stored_end), rawTo: range.to };
  if ((await daysToCompute(db, siteId, bounds.first_day, bounds.end_day, clock, true)).length === 0) return split;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))', [COMPUTE_LOCK, siteId]);
    // Consuming the marks first: a write still holding a mark's row is waited for, and every
    // statement after this one sees it (READ COMMITTED takes a snapshot per statement).
    const marked = await tx.query<{ day: string }>(
      'DELETE FROM kpi_stale_days WHERE site_id = $1::uuid AND day >= $2::date AND day < $3::date RETURNING day::text AS day',
      [siteId, bounds.first_day, bounds.end_day],
    );
    const missing = await daysToCompute(tx, siteId, bounds.first_day, bounds.end_day, clock, false);
    for (const day of [...new Set([...marked.map((m) => m.day), ...missing])].sort()) await computeDay(tx, siteId, day, clock);
  });
  return split;
}
