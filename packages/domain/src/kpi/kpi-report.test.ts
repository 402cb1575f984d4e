import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkReportAnalysis, complianceRate } from './kpi-report.js';

describe('the monthly report', () => {
  it('keeps the analysis trimmed, for a month written YYYY-MM', () => {
    expect(checkReportAnalysis('2026-03', '  投诉集中在 B 区。 ')).toEqual({ month: '2026-03', analysis: '投诉集中在 B 区。' });
    expect(() => checkReportAnalysis('2026-3', 'x')).toThrow(ValidationError);
    expect(() => checkReportAnalysis('2026-03', 'x'.repeat(5001))).toThrow(ValidationError);
  });

  it('gives compliance as a percentage, and no figure when nothing was due', () => {
    expect(complianceRate(2, 3)).toBe(66.67);
    expect(complianceRate(0, 0)).toBeNull();
  });
});
