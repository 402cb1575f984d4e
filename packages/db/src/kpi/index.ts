export { findKpiFacts, findKpiFactsPlain, findTicketsBehindFigure, DRILLABLE_FACTS, type DailyKpiFacts, type DrillableFact, type KpiRange, type KpiSiteClock, type TicketBehindFigure } from './kpi-facts.repository.js';
export { insertKpiTarget, listKpiTargets } from './kpi-target.repository.js';
export {
  countReportIntake,
  countReportSla,
  countReportRelays,
  countReportFollowUps,
  findReportRecurring,
  findReportAnalysis,
  saveReportAnalysis,
  plainReport,
  type IntakeCount,
  type SlaCompliance,
  type RelayTotals,
  type FollowUpTotals,
  type Recurring,
  type ReportAnalysis,
} from './kpi-report.repository.js';
export { prepareKpiDays, type KpiDaySplit } from './kpi-daily.js';
export {
  KPI_DAILY_FACTS_SQL,
  REPORT_DAILY_INTAKE_SQL,
  REPORT_DAILY_SLA_SQL,
  REPORT_DAILY_RECURRING_SQL,
  REPORT_RECURRING_COUNTS_SQL,
  STORE_DAY_SQL,
  KPI_DAY_SOURCES,
} from './kpi-daily.sql.js';
export { KPI_FACTS_SQL, KPI_DRILL_TICKETS_SQL, REPORT_INTAKE_SQL, REPORT_SLA_SQL, REPORT_RELAYS_SQL, REPORT_RECURRING_SQL, REPORT_FOLLOWUPS_SQL } from './kpi.sql.js';
export { insertSiteGroup, putSiteInGroup, addSiteGroupReader, listKpiGroups, type NewSiteGroup } from './kpi-group.repository.js';
export { setUpSiteGroup, type SiteGroupSetupInput, type SiteGroupSetupRefusal, type SiteGroupSetupResult } from './set-up-site-group.js';
