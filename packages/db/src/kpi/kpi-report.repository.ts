import type { Database, Queryable } from '../engine/database.js';
import { prepareKpiDays, type KpiDaySplit } from './kpi-daily.js';
import { REPORT_DAILY_INTAKE_SQL, REPORT_DAILY_RECURRING_SQL, REPORT_DAILY_SLA_SQL } from './kpi-daily.sql.js';
import type { KpiRange } from './kpi-facts.repository.js';
import { REPORT_FOLLOWUPS_SQL, REPORT_INTAKE_SQL, REPORT_RECURRING_SQL, REPORT_RELAYS_SQL, REPORT_SLA_SQL } from './kpi.sql.js';

export type IntakeCount = { kind: string; channel: string; severity: string; requesterKind: string; count: number; invalid: number };
export type SlaCompliance = { deadline: 'handover' | 'reply' | 'resolve'; met: number; due: number };
export type RelayTotals = { relayed: number; misrouted: number; corrected: number; repliedOnTime: number };
/** Follow-ups due in the month: made by their deadline, handled by its end, and of those, not fixed or never reached. */
export type FollowUpTotals = { due: number; onTime: number; handled: number; notFixed: number; unreached: number };
export type Recurring = { by: 'unit' | 'category'; key: string; count: number };
export type ReportAnalysis = { month: string; analysis: string; writtenById: string; writtenAt: Date };

type IntakeRow = { kind: string; channel: string; severity: string; requester_kind: string; n: number; invalid: number };
type SlaRow = { deadline: SlaCompliance['deadline']; met: number; due: number };
type RecurringRow = { by: Recurring['by']; key: string; n: number };

const intakeOf = (rows: IntakeRow[]): IntakeCount[] =>
  rows.map((r) => ({ kind: r.kind, channel: r.channel, severity: r.severity, requesterKind: r.requester_kind, count: Number(r.n), invalid: Number(r.invalid) }));
const slaOf = (rows: SlaRow[]): SlaCompliance[] => rows.map((r) => ({ deadline: r.deadline, met: Number(r.met), due: Number(r.due) }));
const recurringOf = (rows: RecurringRow[]): Recurring[] => rows.map((r) => ({ by: r.by, key: r.key, count: Number(r.n) }));

/** The raw part's range, then the stored days ($2, $3, then the days after the plain statement's own parameters). */
const rawAndStored = (split: KpiDaySplit) => ({ raw: [split.rawFrom, split.rawTo], stored: [split.storedFrom, split.storedTo] });

/**
 * Tickets received in the range by kind, channel, severity and requester kind: the whole past
 * days from the daily pre-aggregates (kpi-daily.ts), the rest raw; the same rows as the plain statement.
 */
export async function countReportIntake(db: Database, siteId: string, range: KpiRange): Promise<IntakeCount[]> {
  const { raw, stored } = rawAndStored(await prepareKpiDays(db, siteId, range));
  return intakeOf(await db.query<IntakeRow>(REPORT_DAILY_INTAKE_SQL, [siteId, ...raw, ...stored]));
}

export async function countReportSla(db: Database, siteId: string, range: KpiRange): Promise<SlaCompliance[]> {
  const { raw, stored } = rawAndStored(await prepareKpiDays(db, siteId, range));
  return slaOf(await db.query<SlaRow>(REPORT_DAILY_SLA_SQL, [siteId, ...raw, ...stored]));
}

export async function countReportRelays(q: Queryable, siteId: string, range: KpiRange): Promise<RelayTotals> {
  const [r] = await q.query<{ relayed: number; misrouted: number; corrected: number; replied_on_time: number }>(REPORT_RELAYS_SQL, [siteId, range.from, range.to]);
  return { relayed: Number(r?.relayed ?? 0), misrouted: Number(r?.misrouted ?? 0), corrected: Number(r?.corrected ?? 0), repliedOnTime: Number(r?.replied_on_time ?? 0) };
}

export async function countReportFollowUps(q: Queryable, siteId: string, range: KpiRange): Promise<FollowUpTotals> {
  const [r] = await q.query<{ due: number; on_time: number; handled: number; not_fixed: number; unreached: number }>(REPORT_FOLLOWUPS_SQL, [siteId, range.from, range.to]);
  return { due: Number(r?.due ?? 0), onTime: Number(r?.on_time ?? 0), handled: Number(r?.handled ?? 0), notFixed: Number(r?.not_fixed ?? 0), unreached: Number(r?.unreached ?? 0) };
}

/** The most recurring places and categories (each seen more than once), `limit` of each. */
export async function findReportRecurring(db: Database, siteId: string, range: KpiRange, limit: number): Promise<Recurring[]> {
  const { raw, stored } = rawAndStored(await prepareKpiDays(db, siteId, range));
  return recurringOf(await db.query<RecurringRow>(REPORT_DAILY_RECURRING_SQL, [siteId, ...raw, limit, ...stored]));
}

/** The report's statements alone, on the raw tables: the reference the pre-aggregates are tested against. */
export const plainReport = {
  intake: async (q: Queryable, siteId: string, range: KpiRange) => intakeOf(await q.query<IntakeRow>(REPORT_INTAKE_SQL, [siteId, range.from, range.to])),
  sla: async (q: Queryable, siteId: string, range: KpiRange) => slaOf(await q.query<SlaRow>(REPORT_SLA_SQL, [siteId, range.from, range.to])),
  recurring: async (q: Queryable, siteId: string, range: KpiRange, limit: number) =>
    recurringOf(await q.query<RecurringRow>(REPORT_RECURRING_SQL, [siteId, range.from, range.to, limit])),
};

export async function findReportAnalysis(q: Queryable, siteId: string, month: string): Promise<ReportAnalysis | null> {
  const [r] = await q.query<{ month: string; analysis: string; written_by_id: string; written_at: Date | string }>(
    'SELECT month, analysis, written_by_id, written_at FROM kpi_report_analyses WHERE site_id = $1::uuid AND month = $2',
    [siteId, month],
  );
  return r ? { month: r.month, analysis: r.analysis, writtenById: r.written_by_id, writtenAt: new Date(r.written_at) } : null;
}

export async function saveReportAnalysis(q: Queryable, siteId: string, analysis: ReportAnalysis): Promise<ReportAnalysis> {
  await q.query(
    `INSERT INTO kpi_report_analyses (site_id, month, analysis, written_by_id, written_at) VALUES ($1::uuid, $2, $3, $4::uuid, $5)
     ON CONFLICT (site_id, month) DO UPDATE SET analysis = EXCLUDED.analysis, written_by_id = EXCLUDED.written_by_id, written_at = EXCLUDED.written_at`,
    [siteId, analysis.month, analysis.analysis, analysis.writtenById, analysis.writtenAt],
  );
  return analysis;
}
