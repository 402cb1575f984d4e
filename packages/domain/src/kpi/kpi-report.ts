import { InputChecker } from '../shared/validation.js';

export const REPORT_ANALYSIS_LIMITS = { analysis: 5000 } as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The director's analysis of a month (统计、分析、上报: seed 001, "每月进行汇总、统计、分析";
 * seed 002, director: "定期完成工作总结"). A month as YYYY-MM; the text at most 5,000 characters.
 */
export const checkReportAnalysis = (month: string, analysis: string): { month: string; analysis: string } => {
  const checker = new InputChecker().text('analysis', analysis, { max: REPORT_ANALYSIS_LIMITS.analysis });
  if (!MONTH.test(month)) checker.add({ field: 'month', rule: 'invalid_format' });
  checker.check();
  return { month, analysis: analysis.trim() };
};

/** Share met of a deadline, in percent with two decimals; null with nothing due (no data, never 0). */
export const complianceRate = (met: number, due: number): number | null => (due === 0 ? null : Math.round((met / due) * 10_000) / 100);
