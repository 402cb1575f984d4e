import { describe, it, expect } from 'vitest';
import { buildChartFromCatalogue, type AssignmentSeed } from './build-chart-from-catalogue.js';
import { escalationTarget } from './escalation.js';
import { NOW, SINCE, STAFF, staffedChart } from './testing/staffed-chart.js';

describe('escalationTarget', () => {
  const chart = staffedChart();

  it('goes to the holder of the direct superior', () => {
    expect(escalationTarget(chart, STAFF.hallClerk!.id, null, NOW)).toEqual({ staffId: STAFF.merchantSupervisor!.id, positionId: 'pos-merchant_supervisor' });
    expect(escalationTarget(chart, STAFF.cartDriver!.id, null, NOW)).toEqual({ staffId: STAFF.cartCaptain!.id, positionId: 'pos-cart_captain' });
    expect(escalationTarget(chart, STAFF.floorClerk!.id, null, NOW)?.staffId).toBe(STAFF.floorSupervisor!.id);
  });

  it('prefers the lower of two direct superiors (deputy before director)', () => {
    expect(escalationTarget(chart, STAFF.merchantSupervisor!.id, null, NOW)).toEqual({ staffId: STAFF.deputy!.id, positionId: 'pos-deputy' });
  });

  it('returns null at the top', () => {
    expect(escalationTarget(chart, STAFF.director!.id, null, NOW)).toBeNull();
  });

  it('skips vacant positions', () => {
    const noSupervisor = buildChartFromCatalogue('site-a', [
      { staffId: 'c', position: 'hall_clerk', startsOn: SINCE },
      { staffId: 'd', position: 'director', startsOn: SINCE },
      { staffId: 'ms', position: 'merchant_supervisor', startsOn: SINCE, endsOn: new Date('2025-01-01') },
    ]);
    expect(escalationTarget(noSupervisor, 'c', null, NOW)).toEqual({ staffId: 'd', positionId: 'pos-director' });
  });

  it('starts an unassigned ticket at the head of its unit', () => {
    expect(escalationTarget(chart, null, 'unit-floor_service', NOW)).toEqual({ staffId: STAFF.floorSupervisor!.id, positionId: 'pos-floor_supervisor' });
    expect(escalationTarget(chart, null, 'unit-shuttle_team', NOW)?.staffId).toBe(STAFF.cartCaptain!.id);
    expect(escalationTarget(chart, null, 'unit-department', NOW)?.staffId).toBe(STAFF.director!.id);
  });

  it('goes up from a vacant unit head', () => {
    const seeds: AssignmentSeed[] = [{ staffId: 'dep', position: 'deputy', startsOn: SINCE }];
    expect(escalationTarget(buildChartFromCatalogue('site-a', seeds), null, 'unit-floor_service', NOW)?.staffId).toBe('dep');
  });

  it('treats an assignee who holds no position like an unassigned ticket', () => {
    expect(escalationTarget(chart, 'someone-who-left', 'unit-merchant_service', NOW)?.staffId).toBe(STAFF.merchantSupervisor!.id);
    expect(escalationTarget(chart, null, null, NOW)).toBeNull();
  });

  it('never escalates to the person themselves', () => {
    const acting = staffedChart([{ staffId: STAFF.hallClerk!.id, position: 'merchant_supervisor', startsOn: SINCE, acting: true }]);
    const target = escalationTarget(acting, STAFF.hallClerk!.id, null, NOW);
    expect(target?.staffId).not.toBe(STAFF.hallClerk!.id);
  });
});
