import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { chartOn, effectiveDay, scheduledChangeDay, validOn, type DatedOrgChart } from './effective-dating.js';
import { subordinatesOf } from './reporting-lines.js';

/** The catalogue chart, dated: every row since the site began, plus a night clerk created on 06-15 and a move on 06-10. */
const dated = (): DatedOrgChart => {
  const chart = buildChartFromCatalogue('site-a');
  const lines = chart.positions.flatMap((p) => p.reportsTo.map((up, i) => ({ positionId: p.id, reportsToId: up, ordinal: i, validFrom: null, validTo: null })));
  const hall = chart.positions.find((p) => p.code === 'hall_clerk')!;
  const { reportsTo: _r, ...night } = { ...hall, id: 'pos-night', code: 'custom_night' };
  return {
    siteId: chart.siteId,
    units: chart.units,
    assignments: chart.assignments,
    positions: [...chart.positions.map(({ reportsTo: _, ...p }) => ({ ...p, validFrom: null, validTo: null })), { ...night, validFrom: '2025-06-15', validTo: null }],
    reportingLines: [
      // 推车队长 reports to the merchant supervisor until 06-10, then to the floor supervisor.
      ...lines.map((l) => (l.positionId === 'pos-cart_captain' ? { ...l, validTo: '2025-06-10' } : l)),
      { positionId: 'pos-cart_captain', reportsToId: 'pos-floor_supervisor', ordinal: 0, validFrom: '2025-06-10', validTo: null },
      { positionId: 'pos-night', reportsToId: 'pos-merchant_supervisor', ordinal: 0, validFrom: '2025-06-15', validTo: null },
    ],
    grants: [{ positionId: 'pos-hall_clerk', action: 'ticket.close', scope: 'site', validFrom: '2025-06-01', validTo: '2025-06-20' }],
  };
};

describe('validOn', () => {
  it('holds from its first day, not on its end day', () => {
    const v = { validFrom: '2025-06-10', validTo: '2025-06-20' };
    expect([validOn(v, '2025-06-09'), validOn(v, '2025-06-10'), validOn(v, '2025-06-19'), validOn(v, '2025-06-20')]).toEqual([false, true, true, false]);
    expect(validOn({ validFrom: null, validTo: null }, '1999-01-01')).toBe(true);
  });
});

describe('chartOn', () => {
  it('leaves out a position before the day it was created', () => {
    expect(chartOn(dated(), '2025-06-14').positions.some((p) => p.id === 'pos-night')).toBe(false);
    expect(chartOn(dated(), '2025-06-15').positions.find((p) => p.id === 'pos-night')!.reportsTo).toEqual(['pos-merchant_supervisor']);
  });

  it('draws each reporting line as it stood that day', () => {
    const before = chartOn(dated(), '2025-06-09');
    const after = chartOn(dated(), '2025-06-10');
    expect(before.positions.find((p) => p.id === 'pos-cart_captain')!.reportsTo).toEqual(['pos-merchant_supervisor']);
    expect(after.positions.find((p) => p.id === 'pos-cart_captain')!.reportsTo).toEqual(['pos-floor_supervisor']);
    expect(subordinatesOf(before, 'pos-floor_supervisor').map((p) => p.id)).not.toContain('pos-cart_driver');
    expect(subordinatesOf(after, 'pos-floor_supervisor').map((p) => p.id)).toContain('pos-cart_driver');
  });

  it('keeps the grants in force that day only', () => {
    expect(chartOn(dated(), '2025-05-31').grants).toBeUndefined();
    expect(chartOn(dated(), '2025-06-01').grants).toEqual([{ positionId: 'pos-hall_clerk', action: 'ticket.close', scope: 'site' }]);
    expect(chartOn(dated(), '2025-06-20').grants).toBeUndefined();
  });
});

describe('effectiveDay', () => {
  it('is today unless an earlier day is named', () => {
    expect(effectiveDay(null, '2025-06-30', null)).toBe('2025-06-30');
    expect(effectiveDay('2025-06-01', '2025-06-30', '2025-05-01')).toBe('2025-06-01');
    expect(effectiveDay('2025-06-01', '2025-06-30', '2025-06-01')).toBe('2025-06-01');
  });

  it('refuses a day after today and a day before the last change of the same rows', () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ValidationError ? e.issues : e;
      }
      return null;
    };
    expect(issue(() => effectiveDay('2025-07-01', '2025-06-30', null))).toEqual([{ field: 'effectiveOn', rule: 'after_today' }]);
    expect(issue(() => effectiveDay('2025-05-31', '2025-06-30', '2025-06-01'))).toEqual([{ field: 'effectiveOn', rule: 'before_last_change' }]);
  });

  it('schedules a change for a later day where the caller allows it', () => {
    expect(effectiveDay('2025-07-01', '2025-06-30', '2025-06-01', { future: true })).toBe('2025-07-01');
    expect(effectiveDay(null, '2025-06-30', null, { future: true })).toBe('2025-06-30');
  });

  it('refuses any other change of the same rows while one is scheduled, whatever its day', () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ValidationError ? e.issues : e;
      }
      return null;
    };
    const pending = [{ field: 'effectiveOn', rule: 'scheduled_change_pending' }];
    expect(issue(() => effectiveDay('2025-07-05', '2025-06-30', '2025-07-01', { future: true }))).toEqual(pending);
    expect(issue(() => effectiveDay(null, '2025-06-30', '2025-07-01', { future: true }))).toEqual(pending);
    expect(issue(() => effectiveDay(null, '2025-06-30', '2025-07-01'))).toEqual(pending);
  });
});

describe('scheduledChangeDay', () => {
  it('names the pending day only when the last change is after today', () => {
    expect(scheduledChangeDay('2025-06-30', '2025-07-01')).toBe('2025-07-01');
    expect(scheduledChangeDay('2025-06-30', '2025-06-30')).toBeNull();
    expect(scheduledChangeDay('2025-06-30', null)).toBeNull();
  });
});

describe('KPI roll-up with the chart as it was', () => {
  it('counts a moved position’s days for the team it belonged to on each day', async () => {
    const { rollUpAsItWas } = await import('../kpi/kpi-rollup.js');
    const rows = [
      { staffId: 's-1', positionId: 'pos-cart_driver', day: '2025-06-09', tallies: { decided_tickets: 2 } },
      { staffId: 's-1', positionId: 'pos-cart_driver', day: '2025-06-10', tallies: { decided_tickets: 5 } },
    ];
    const team = (positionId: string) => rollUpAsItWas(dated(), rows, { kind: 'position', positionId, reach: 'subtree' }).decided_tickets ?? 0;
    expect(team('pos-merchant_supervisor')).toBe(2);
    expect(team('pos-floor_supervisor')).toBe(5);
    expect(team('pos-night')).toBe(0);
  });
});
