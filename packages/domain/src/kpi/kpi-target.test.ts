import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkKpiTarget, targetInForce } from './kpi-target.js';

const issuesOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.field}:${i.rule}`);
    throw e;
  }
  return [];
};

describe('a KPI target', () => {
  it('takes a number in the unit’s range, two decimals at most', () => {
    expect(checkKpiTarget({ kpi: 'on_time_reception_rate', target: 95.5, note: '  ' })).toEqual({ kpi: 'on_time_reception_rate', target: 95.5, note: null });
    expect(checkKpiTarget({ kpi: 'customer_satisfaction', target: 4.29 })).toMatchObject({ target: 4.29 });
    expect(issuesOf(() => checkKpiTarget({ kpi: 'on_time_reception_rate', target: 101 }))).toEqual(['target:out_of_range']);
    expect(issuesOf(() => checkKpiTarget({ kpi: 'customer_satisfaction', target: 0.5 }))).toEqual(['target:out_of_range']);
    expect(issuesOf(() => checkKpiTarget({ kpi: 'valid_complaints', target: 1.234 }))).toEqual(['target:out_of_range']);
  });

  it('names every problem at once', () => {
    expect(issuesOf(() => checkKpiTarget({ kpi: 'team_spirit', target: 1, note: 'x'.repeat(201) }))).toEqual(['kpi:invalid_choice', 'note:too_long']);
  });

  it('is the newest the site set, else the seed’s own, else none', () => {
    const history = [
      { kpi: 'valid_complaints' as const, target: 5, setAt: new Date('2025-01-01') },
      { kpi: 'valid_complaints' as const, target: 3, setAt: new Date('2025-03-01') },
    ];
    expect(targetInForce('valid_complaints', history)).toBe(3);
    expect(targetInForce('followup_handling_rate', history)).toBe(100);
    expect(targetInForce('relay_accuracy', history)).toBeNull();
  });
});
