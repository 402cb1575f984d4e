import { describe, expect, it } from 'vitest';
import { kpiDefinition } from './kpi-catalogue.js';
import { kpiFigure, kpiStatus } from './kpi-figure.js';

describe('a KPI figure', () => {
  it('divides and scales a rate, per hundred or per thousand', () => {
    expect(kpiFigure(kpiDefinition('on_time_reception_rate'), { reception_on_time: 2, reception_contacts: 3 })).toEqual({ kind: 'value', value: 66.67, numerator: 2, denominator: 3 });
    expect(kpiFigure(kpiDefinition('department_complaint_rate'), { valid_complaints: 3, reception_contacts: 1200 })).toMatchObject({ value: 2.5 });
    expect(kpiFigure(kpiDefinition('relay_accuracy'), { relays_accurate: 9, relays_sent: 10, relays_misrouted: 1 })).toMatchObject({ value: 90 });
  });

  it('says no data for a rate with nothing to divide by and a mean of nothing, never 0', () => {
    expect(kpiFigure(kpiDefinition('on_time_reception_rate'), { reception_on_time: 0, reception_contacts: 0 })).toEqual({ kind: 'no_data', reason: 'no_events' });
    expect(kpiFigure(kpiDefinition('customer_satisfaction'), {})).toEqual({ kind: 'no_data', reason: 'no_events' });
  });

  it('counts zero complaints as zero: the count is the truth once its source is stored', () => {
    expect(kpiFigure(kpiDefinition('valid_complaints'), {})).toEqual({ kind: 'value', value: 0, numerator: 0, denominator: null });
  });

  it('says no data for a KPI whose facts are not stored yet, whatever the tallies hold', () => {
    for (const code of ['survey_completion_rate', 'on_time_departure_rate', 'flow_count_completion', 'vehicle_inspections'] as const) {
      expect(kpiFigure(kpiDefinition(code), { surveys_planned: 4, surveys_completed: 4, vehicle_inspections: 3 }), code).toEqual({ kind: 'no_data', reason: 'source_pending' });
    }
  });

  it('computes the complaint-subject and follow-up KPIs from their facts', () => {
    expect(kpiFigure(kpiDefinition('personal_valid_complaints'), { subject_complaints: 2 })).toMatchObject({ kind: 'value', value: 2 });
    expect(kpiFigure(kpiDefinition('subordinate_complaint_rate'), { subject_complaints: 1, valid_complaints: 3, decided_tickets: 8 })).toMatchObject({ value: 12.5 });
    expect(kpiFigure(kpiDefinition('followup_on_time_rate'), { followups_due: 4, followups_on_time: 3 })).toMatchObject({ value: 75 });
    expect(kpiFigure(kpiDefinition('followup_handling_rate'), { followups_due: 4, followups_handled: 4 })).toMatchObject({ value: 100 });
    // Nothing owed in the period: no data, never 0 % or 100 %.
    expect(kpiFigure(kpiDefinition('followup_on_time_rate'), {})).toEqual({ kind: 'no_data', reason: 'no_events' });
  });

  it('means the stars given', () => {
    expect(kpiFigure(kpiDefinition('merchant_satisfaction'), { merchant_rating_sum: 13, merchant_ratings: 3 })).toMatchObject({ value: 4.33 });
  });
});

describe('red, amber, green', () => {
  const rate = kpiDefinition('on_time_reception_rate');
  const complaints = kpiDefinition('valid_complaints');
  const value = (v: number) => ({ kind: 'value', value: v, numerator: v, denominator: null }) as const;

  it('is green at or beyond the target, amber within the margin, red past it', () => {
    expect(kpiStatus(rate, value(95), 95)).toBe('green');
    expect(kpiStatus(rate, value(91), 95)).toBe('amber');
    expect(kpiStatus(rate, value(89.9), 95)).toBe('red');
    expect(kpiStatus(complaints, value(2), 2)).toBe('green');
    expect(kpiStatus(complaints, value(3), 2)).toBe('amber');
    expect(kpiStatus(complaints, value(4), 2)).toBe('red');
  });

  it('is neither without a target or a figure', () => {
    expect(kpiStatus(rate, value(50), null)).toBe('no_target');
    expect(kpiStatus(rate, { kind: 'no_data', reason: 'no_events' }, 95)).toBe('no_data');
  });
});
