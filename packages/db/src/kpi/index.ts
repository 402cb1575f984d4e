export { findKpiFacts, findTicketsBehindFigure, DRILLABLE_FACTS, type DailyKpiFacts, type DrillableFact, type KpiRange, type KpiSiteClock, type TicketBehindFigure } from './kpi-facts.repository.js';
export { insertKpiTarget, listKpiTargets } from './kpi-target.repository.js';
export {
  countReportIntake,
  countReportSla,
  countReportRelays,
  countReportFollowUps,
  findReportRecurring,
  findReportAnalysis,
  saveReportAnalysis,
  type IntakeCount,
  type SlaCompliance,
  type RelayTotals,
  type FollowUpTotals,
  type Recurring,
  type ReportAnalysis,
} from './kpi-report.repository.js';
export { KPI_FACTS_SQL, KPI_DRILL_TICKETS_SQL, REPORT_INTAKE_SQL, REPORT_SLA_SQL, REPORT_RELAYS_SQL, REPORT_RECURRING_SQL, REPORT_FOLLOWUPS_SQL } from './kpi.sql.js';
