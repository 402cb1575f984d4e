import { saveReportAnalysis, type ReportAnalysis } from '@kefu/db/kpi';
import { checkReportAnalysis } from '@kefu/domain/kpi';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Writes (or rewrites) the director's analysis of a month's report. */
export function saveKpiReportAnalysis(uc: UseCaseContext, month: string, analysis: string): Promise<ReportAnalysis> {
  const staff = asStaff(uc);
  const checked = checkReportAnalysis(month, analysis);
  return saveReportAnalysis(staff.db, staff.principal.siteId, { ...checked, writtenById: staff.principal.staffId, writtenAt: staff.now });
}
