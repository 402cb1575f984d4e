import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { monthPeriod, trendPeriods, weekPeriod } from './kpi-period.js';

const TZ = 'Asia/Shanghai';

describe('KPI periods on the site clock', () => {
  it('runs a month from local midnight of the 1st to that of the next 1st, across the year end', () => {
    const december = monthPeriod('2025-12', TZ);
    expect(december).toMatchObject({ startDay: '2025-12-01', endDay: '2026-01-01' });
    expect(december.from.toISOString()).toBe('2025-11-30T16:00:00.000Z');
    expect(december.to.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('runs a week from Monday', () => {
    expect(weekPeriod('2025-06-01', TZ)).toMatchObject({ startDay: '2025-05-26', endDay: '2025-06-02' }); // a Sunday
    expect(weekPeriod('2025-06-02', TZ)).toMatchObject({ startDay: '2025-06-02', endDay: '2025-06-09' }); // a Monday
  });

  it('lists a trend oldest first, each period ending where the next starts', () => {
    const months = trendPeriods('month', '2025-02-14', 4, TZ);
    expect(months.map((p) => p.startDay)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    for (let i = 1; i < months.length; i++) expect(months[i]!.from).toEqual(months[i - 1]!.to);
  });

  it('refuses a malformed month as a field error', () => {
    expect(() => monthPeriod('2025-13', TZ)).toThrow(ValidationError);
    expect(() => monthPeriod('May', TZ)).toThrow(ValidationError);
  });
});
