import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { messageResource } from './message-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const site = { type: 'site', siteId: SITE_ID } as const;
const forFloorSupervisor = messageResource({ siteId: SITE_ID, forStaffId: STAFF.floorSupervisor!.id, forUnitId: null });
const forHallClerk = messageResource({ siteId: SITE_ID, forStaffId: STAFF.hallClerk!.id, forUnitId: null });

describe('messages permissions', () => {
  it('lets the front line take messages, and not the archive or the carts', () => {
    for (const key of ['officeClerk', 'hallClerk', 'floorClerk', 'floorSupervisor'] as const) expect(can(staff(key), 'message.take', site, chart, NOW), key).toBe(true);
    for (const key of ['archiveClerk', 'cartDriver'] as const) expect(can(staff(key), 'message.take', site, chart, NOW), key).toBe(false);
  });

  it('lets the receiver read and acknowledge, and nobody else acknowledge', () => {
    expect(can(staff('floorSupervisor'), 'message.acknowledge', forFloorSupervisor, chart, NOW)).toBe(true);
    expect(can(staff('officeClerk'), 'message.acknowledge', forFloorSupervisor, chart, NOW)).toBe(false);
    expect(can(staff('officeClerk'), 'message.view', forFloorSupervisor, chart, NOW)).toBe(false);
    expect(can(staff('director'), 'message.acknowledge', forFloorSupervisor, chart, NOW)).toBe(false);
  });

  it('lets supervisors read messages for those below them, the director every one', () => {
    expect(can(staff('merchantSupervisor'), 'message.view', forHallClerk, chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'message.view', forHallClerk, chart, NOW)).toBe(false);
    expect(can(staff('director'), 'message.view', forFloorSupervisor, chart, NOW)).toBe(true);
    expect(can(staff('director'), 'message.configure', site, chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'message.configure', site, chart, NOW)).toBe(false);
  });
});
