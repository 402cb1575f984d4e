import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can, visibility } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { followUpResource } from './follow-up-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const inQueue = (unitId: string | null, patch: { callerId?: string; handlerId?: string } = {}) =>
  followUpResource({ siteId: SITE_ID, unitId, callerId: patch.callerId ?? null, handlerId: patch.handlerId ?? null });
const MERCHANT = 'unit-merchant_service';

describe('followups permissions', () => {
  it('lets the clerks who call (002 office clerk "回访客户投诉", hall and floor clerks "电话回访") work their queue', () => {
    for (const key of ['officeClerk', 'hallClerk'] as const) {
      expect(can(staff(key), 'followup.view', inQueue(MERCHANT), chart, NOW), key).toBe(true);
      expect(can(staff(key), 'followup.call', inQueue(MERCHANT), chart, NOW), key).toBe(true);
      expect(can(staff(key), 'followup.call', inQueue('unit-floor_service'), chart, NOW), key).toBe(false);
      expect(can(staff(key), 'followup.decide', inQueue(MERCHANT), chart, NOW), key).toBe(false);
    }
    expect(can(staff('floorClerk'), 'followup.call', inQueue('unit-floor_service'), chart, NOW)).toBe(true);
  });

  it('lets supervisors see their team and decide after the last attempt (002 "督导…定时回访")', () => {
    expect(can(staff('merchantSupervisor'), 'followup.decide', inQueue(MERCHANT), chart, NOW)).toBe(true);
    expect(can(staff('merchantSupervisor'), 'followup.call', inQueue(MERCHANT), chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'followup.view', inQueue(null, { handlerId: STAFF.floorClerk!.id }), chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'followup.decide', inQueue(MERCHANT), chart, NOW)).toBe(false);
    expect(can(staff('director'), 'followup.decide', inQueue('unit-floor_service'), chart, NOW)).toBe(true);
  });

  it('gives the archive clerk, the cart team, other sites and portal users nothing', () => {
    for (const key of ['archiveClerk', 'cartCaptain', 'cartDriver'] as const) expect(can(staff(key), 'followup.view', inQueue(MERCHANT), chart, NOW), key).toBe(false);
    expect(can(staff('director'), 'followup.view', { ...inQueue(MERCHANT), siteId: 'site-b' }, chart, NOW)).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'followup.view', inQueue(MERCHANT), chart, NOW)).toBe(false);
    expect(visibility(merchant, 'followup.view', chart, NOW)).toEqual({ kind: 'none' });
  });
});
