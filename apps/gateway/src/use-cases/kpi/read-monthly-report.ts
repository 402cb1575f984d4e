import {
  countReportFollowUps,
  countReportIntake,
  countReportRelays,
  countReportSla,
  findReportAnalysis,
  findReportRecurring,
  type FollowUpTotals,
  type IntakeCount,
  type Recurring,
  type RelayTotals,
  type ReportAnalysis,
  type SlaCompliance,
} from '@kefu/db/kpi';
import { monthPeriod, type KpiPeriod } from '@kefu/domain/kpi';
import { findStaffByIds } from '@kefu/db/org';
import type { LocalizedText } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { monthlyReportWorkbook } from './monthly-report-workbook.js';
import { readReportScorecards, type KpiScorecard } from './read-kpi-figures.js';

export type MonthlyReport = {
  month: string;
  period: KpiPeriod;
  intake: IntakeCount[];
  sla: SlaCompliance[];
  relays: RelayTotals;
  /** Follow-up compliance (回访达成): the same definitions as the follow-up KPIs. */
  followUps: FollowUpTotals;
  recurring: Recurring[];
  site: KpiScorecard;
  /** Every position with a team below it: its figure covers the team. */
  teams: KpiScorecard[];
  people: KpiScorecard[];
  analysis: ReportAnalysis | null;
};

export const RECURRING_ROWS = 10;

/** A month's report of the viewer's site (统计、分析、上报): the tables of the page and of its .xlsx. */
export async function readMonthlyReport(ucAny: UseCaseContext, month: string): Promise<MonthlyReport> {
  const uc = asStaff(ucAny);
  const siteId = uc.principal.siteId;
  monthPeriod(month, 'UTC'); // a malformed month is a field error before anything is read
  const { period, site, teams, people } = await readReportScorecards(uc, month);
  return {
    month,
    period,
    intake: await countReportIntake(uc.db, siteId, period),
    sla: await countReportSla(uc.db, siteId, period),
    relays: await countReportRelays(uc.db, siteId, period),
    followUps: await countReportFollowUps(uc.db, siteId, period),
    recurring: await findReportRecurring(uc.db, siteId, period, RECURRING_ROWS),
    site,
    teams,
    people,
    analysis: await findReportAnalysis(uc.db, siteId, month),
  };
}

/** The month's report as .xlsx, from the same MonthlyReport the page reads. */
export async function exportMonthlyReport(ucAny: UseCaseContext, month: string): Promise<Buffer> {
  const uc = asStaff(ucAny);
  const report = await readMonthlyReport(uc, month);
  const { chart } = await uc.access();
  const names = new Map<string, LocalizedText>((chart?.positions ?? []).map((p) => [p.id, p.title]));
  const staffIds = report.people.flatMap((c) => (c.subject.kind === 'staff' ? [c.subject.staffId] : []));
  for (const staff of await findStaffByIds(uc.db, uc.principal.siteId, staffIds)) if (staff) names.set(staff.id, { zh: staff.name, en: staff.name });
  return monthlyReportWorkbook(report, names);
}
