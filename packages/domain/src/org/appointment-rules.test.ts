import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import type { Assignment, Staff } from './assignment.js';
import { appointmentStart, checkAppointment, overStrength } from './appointment-rules.js';
import { isCurrent } from './assignments.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import type { OrgChart } from './org-chart.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = buildChartFromCatalogue('site-a');
const POSITION = 'pos-cart_captain';
const person = (id: string, active = true): Staff => ({ id, siteId: 'site-a', name: id, employeeNo: id, phone: null, active });
const holding = (staffId: string, acting = false): Assignment => ({ id: `a-${staffId}`, siteId: 'site-a', staffId, positionId: POSITION, startsOn: day('2026-01-01'), endsOn: null, acting });
/** The cart captain's post (定员 1) with the given holders. */
const chartWith = (...holders: Assignment[]): OrgChart => ({
  ...base,
  positions: base.positions.map((p) => (p.id === POSITION ? { ...p, headcount: 1 } : p)),
  assignments: holders,
});
const issuesOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};

describe('appointment rules', () => {
  it('appoints into a free seat without a reason', () => {
    expect(checkAppointment(chartWith(), { staff: person('s1'), positionId: POSITION, startsOn: day('2026-02-01'), acting: false })).toEqual({
      overStrength: false,
      reason: null,
    });
  });

  it('refuses a deactivated person as a field error', () => {
    expect(issuesOf(() => checkAppointment(chartWith(), { staff: person('s1', false), positionId: POSITION, startsOn: day('2026-02-01'), acting: false }))).toEqual([
      { field: 'input.staffId', rule: 'staff_inactive' },
    ]);
  });

  it('asks for a reason beyond the headcount, and keeps the reason given', () => {
    const full = chartWith(holding('s1'));
    const request = { staff: person('s2'), positionId: POSITION, startsOn: day('2026-02-01'), acting: false };
    expect(issuesOf(() => checkAppointment(full, request))).toEqual([{ field: 'input.overStrengthReason', rule: 'over_strength', limit: 1 }]);
    expect(issuesOf(() => checkAppointment(full, { ...request, overStrengthReason: '   ' }))).toHaveLength(1);
    expect(checkAppointment(full, { ...request, overStrengthReason: ' 旺季增援 ' })).toEqual({ overStrength: true, reason: '旺季增援' });
  });

  it('lets an acting holder cover a full post without a reason, and names both problems at once', () => {
    const full = chartWith(holding('s1'));
    expect(checkAppointment(full, { staff: person('s2'), positionId: POSITION, startsOn: day('2026-02-01'), acting: true }).overStrength).toBe(false);
    expect(issuesOf(() => checkAppointment(full, { staff: person('s2', false), positionId: POSITION, startsOn: day('2026-02-01'), acting: false })).map((i) => i.rule)).toEqual([
      'staff_inactive',
      'over_strength',
    ]);
  });

  it('counts regular holders beyond the headcount as over strength', () => {
    expect(overStrength(chartWith(holding('s1')), POSITION, day('2026-02-01'))).toBe(0);
    expect(overStrength(chartWith(holding('s1'), holding('s2'), holding('s3', true)), POSITION, day('2026-02-01'))).toBe(1);
  });
});

describe('appointmentStart', () => {
  it('makes an appointment from the site’s today hold at once, even after the site’s midnight east of UTC', () => {
    const now = new Date('2026-11-30T21:40:00Z'); // 05:40 on 1 December in Shanghai
    const first = appointmentStart(day('2026-12-01'), now, 'Asia/Shanghai');
    expect(isCurrent({ ...holding('s1'), startsOn: first }, now)).toBe(true);
    expect(appointmentStart(day('2026-12-05'), now, 'Asia/Shanghai')).toEqual(day('2026-12-05'));
    expect(appointmentStart(day('2026-11-30'), new Date('2026-11-30T09:00:00Z'), 'Asia/Shanghai')).toEqual(day('2026-11-30'));
  });
});
