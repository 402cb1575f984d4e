import { AVAILABLE_FACTS, type KpiFact, type KpiTallies } from '@kefu/domain/kpi';
import type { Database, Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { prepareKpiDays } from './kpi-daily.js';
import { KPI_DAILY_FACTS_SQL } from './kpi-daily.sql.js';
import { KPI_DRILL_TICKETS_SQL, KPI_FACTS_SQL } from './kpi.sql.js';

/** One person's facts in one position on one site-local day (YYYY-MM-DD). */
export type DailyKpiFacts = { staffId: string | null; positionId: string | null; day: string; tallies: KpiTallies };

export type KpiRange = { from: Date; to: Date };
export type KpiSiteClock = { timeZone: string; receptionStandardMinutes: number };

/** The facts computed in SQL, in KPI_FACTS_SQL's columns; relays_accurate is derived from two of them. */
const SQL_FACTS = AVAILABLE_FACTS.filter((fact) => fact !== 'relays_accurate');

type FactRow = { staff_id: string | null; position_id: string | null; day: string } & Record<string, unknown>;

/** The tallies of one row, each SQL fact read by `valueOf`; relays_accurate derived. */
const talliesOf = (valueOf: (fact: KpiFact) => unknown): KpiTallies => {
  const tallies: KpiTallies = {};
  for (const fact of SQL_FACTS) tallies[fact] = Number(valueOf(fact) ?? 0);
  tallies.relays_accurate = (tallies.relays_sent ?? 0) - (tallies.relays_misrouted ?? 0);
  return tallies;
};

const dailyFacts = (row: FactRow): DailyKpiFacts => ({
  staffId: row.staff_id,
  positionId: row.position_id,
  day: String(row.day).slice(0, 10),
  tallies: talliesOf((fact) => row[fact]),
});

/**
 * Every stored fact of a site in a range, per person, position held and day: the whole past days
 * from the daily pre-aggregates (kpi-daily.ts), the rest from KPI_FACTS_SQL on the raw tables.
 * The same rows as findKpiFactsPlain.
 */
export async function findKpiFacts(db: Database, siteId: string, range: KpiRange, clock: KpiSiteClock): Promise<DailyKpiFacts[]> {
  const split = await prepareKpiDays(db, siteId, range, clock);
  const days =
    split.storedFrom < split.storedTo
      ? await db.query<{ day: string; facts: StoredDay | string; positions: Record<string, string> | string }>(KPI_DAILY_FACTS_SQL, [siteId, split.storedFrom, split.storedTo])
      : [];
  const facts: DailyKpiFacts[] = [];
  for (const day of days) {
    const positions = parsed(day.positions);
    const { columns, rows } = parsed(day.facts);
    const staffAt = columns.indexOf('staff_id');
    const positionAt = columns.indexOf('position_id');
    const at = new Map(columns.map((column, i) => [column, i]));
    for (const values of rows) {
      const staffId = (values[staffAt] as string | null) ?? null;
      const positionId = staffId === null ? ((values[positionAt] as string | null) ?? null) : (positions[staffId] ?? null);
      facts.push({ staffId, positionId, day: day.day, tallies: talliesOf((fact) => values[at.get(fact) ?? -1]) });
    }
  }
  if (split.rawFrom.getTime() < split.rawTo.getTime()) facts.push(...(await findKpiFactsPlain(db, siteId, { from: split.rawFrom, to: split.rawTo }, clock)));
  return facts;
}

/** A stored day of KPI_FACTS_SQL: its column names (without the day), then each row's values. */
type StoredDay = { columns: string[]; rows: unknown[][] };

/** JSON columns arrive parsed from postgres.js and PGlite alike; text is parsed for safety. */
const parsed = <T,>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** The same facts from KPI_FACTS_SQL alone, on the raw tables: the reference the pre-aggregates are tested against. */
export async function findKpiFactsPlain(q: Queryable, siteId: string, range: KpiRange, clock: KpiSiteClock): Promise<DailyKpiFacts[]> {
  const rows = await q.query<FactRow>(KPI_FACTS_SQL, [siteId, range.from, range.to, clock.receptionStandardMinutes, clock.timeZone]);
  return rows.map(dailyFacts);
}

/** The ticket facts a drill-down can list. */
export const DRILLABLE_FACTS = ['valid_complaints', 'decided_tickets', 'ratings'] as const;
export type DrillableFact = (typeof DRILLABLE_FACTS)[number];

export type TicketBehindFigure = {
  id: string;
  number: number;
  kind: string;
  status: string;
  severity: string;
  title: string;
  satisfaction: number | null;
  requesterKind: string;
  decidedAt: Date;
  staffId: string | null;
  positionId: string | null;
};

type DrillRow = {
  id: string;
  number: number;
  kind: string;
  status: string;
  severity: string;
  title: string;
  satisfaction: number | null;
  requester_kind: string;
  decided_at: Date | string;
  staff_id: string | null;
  position_id: string | null;
};

/**
 * The tickets behind a ticket figure, newest decision first: those a person (or anyone) counted
 * for in one of `positionIds` (or any), by the same attribution as findKpiFacts.
 */
export async function findTicketsBehindFigure(
  q: Queryable,
  siteId: string,
  range: KpiRange,
  filter: { timeZone: string; fact: DrillableFact; staffId: string | null; positionIds: readonly string[] | null; limit: number },
): Promise<TicketBehindFigure[]> {
  if (filter.staffId !== null && !isUuid(filter.staffId)) return [];
  const positions = filter.positionIds?.filter(isUuid) ?? null;
  if (positions !== null && positions.length === 0) return [];
  const rows = await q.query<DrillRow>(KPI_DRILL_TICKETS_SQL, [
    siteId,
    range.from,
    range.to,
    filter.staffId,
    filter.timeZone,
    positions?.join(',') ?? null,
    filter.fact,
    filter.limit,
  ]);
  return rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    kind: r.kind,
    status: r.status,
    severity: r.severity,
    title: r.title,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    requesterKind: r.requester_kind,
    decidedAt: new Date(r.decided_at),
    staffId: r.staff_id,
    positionId: r.position_id,
  }));
}
