import { describe, expect, it } from 'vitest';
import { NOW, SINCE, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { handoverReached, withHandover } from './handover.js';

describe('handoverReached', () => {
  const chart = staffedChart();

  // 001_… 投诉接待 (5): a major complaint "当天呈送管理处主任"; an important one "一小时内转呈部门主管".
  it('a major complaint reaches only the director; an important one any supervisor or above', () => {
    expect(handoverReached(chart, STAFF.director!.id, 'major', NOW)).toBe(true);
    for (const key of ['deputy', 'floorSupervisor', 'floorClerk'] as const) expect(handoverReached(chart, STAFF[key]!.id, 'major', NOW), key).toBe(false);
    for (const key of ['director', 'deputy', 'floorSupervisor', 'merchantSupervisor'] as const) expect(handoverReached(chart, STAFF[key]!.id, 'important', NOW), key).toBe(true);
    expect(handoverReached(chart, STAFF.hallClerk!.id, 'important', NOW)).toBe(false);
    expect(handoverReached(chart, STAFF.director!.id, 'minor', NOW)).toBe(false);
    expect(handoverReached(chart, null, 'major', NOW)).toBe(false);
  });

  it('the acting director counts as the director', () => {
    const acting = staffedChart([{ staffId: STAFF.deputy!.id, position: 'director', startsOn: SINCE, acting: true }]);
    expect(handoverReached(acting, STAFF.deputy!.id, 'major', NOW)).toBe(true);
  });

  it('sets handsOver on the commands that put the ticket with someone', () => {
    const major = { severity: 'major' as const };
    expect(withHandover({ type: 'escalate', toStaffId: STAFF.director!.id, reason: 'r' }, major, null, chart, NOW)).toMatchObject({ handsOver: true });
    expect(withHandover({ type: 'assign', assigneeId: STAFF.floorClerk!.id }, major, null, chart, NOW)).toMatchObject({ handsOver: false });
    // Re-triaged to important while dispatching to a supervisor.
    expect(withHandover({ type: 'assign', assigneeId: STAFF.floorSupervisor!.id, severity: 'important' }, major, null, chart, NOW)).toMatchObject({ handsOver: true });
    expect(withHandover({ type: 'take' }, major, STAFF.director!.id, chart, NOW)).toMatchObject({ handsOver: true });
    expect(withHandover({ type: 'start' }, major, STAFF.director!.id, chart, NOW)).toEqual({ type: 'start' });
  });
});
