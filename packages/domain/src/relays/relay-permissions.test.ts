import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can, visibility } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { relayResource } from './relay-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const site = { type: 'site', siteId: SITE_ID } as const;
const relayBy = (relayedById: string, members: string[] = []) => relayResource({ siteId: SITE_ID, relayedById }, { memberStaffIds: members });

describe('relays permissions', () => {
  it('lets clerks relay and see every relay, and answer only their own', () => {
    for (const key of ['officeClerk', 'hallClerk', 'floorClerk', 'archiveClerk'] as const) {
      expect(can(staff(key), 'relay.create', site, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'relay.view', relayBy('someone-else'), chart, NOW), key).toBe(true);
      expect(can(staff(key), 'relay.respond', relayBy('someone-else'), chart, NOW), key).toBe(false);
      expect(can(staff(key), 'department.manage', site, chart, NOW), key).toBe(false);
    }
    expect(can(staff('hallClerk'), 'relay.respond', relayBy(STAFF.hallClerk!.id), chart, NOW)).toBe(true);
  });

  it('lets a member of the receiving department see and answer it, and nothing else', () => {
    const member = staff('cartDriver');
    expect(can(member, 'relay.respond', relayBy('s-x', [STAFF.cartDriver!.id]), chart, NOW)).toBe(true);
    expect(can(member, 'relay.view', relayBy('s-x', ['s-y']), chart, NOW)).toBe(false);
    expect(can(member, 'relay.create', site, chart, NOW)).toBe(false);
    expect(visibility(member, 'relay.view', chart, NOW)).toMatchObject({ kind: 'scoped' });
  });

  it('lets managers keep the departments', () => {
    for (const key of ['director', 'deputy', 'merchantSupervisor'] as const) expect(can(staff(key), 'department.manage', site, chart, NOW), key).toBe(true);
    expect(can(staff('floorSupervisor'), 'department.manage', site, chart, NOW)).toBe(false);
    expect(can(staff('floorSupervisor'), 'relay.respond', relayBy('s-x'), chart, NOW)).toBe(true);
  });

  it('lets everyone register inbound information, and the desk acknowledge it', () => {
    for (const key of ['officeClerk', 'hallClerk', 'floorSupervisor', 'director'] as const) {
      expect(can(staff(key), 'inbound.acknowledge', site, chart, NOW), key).toBe(true);
    }
    expect(can(staff('cartDriver'), 'inbound.register', site, chart, NOW)).toBe(true);
    expect(can(staff('cartDriver'), 'inbound.view', site, chart, NOW)).toBe(true);
    expect(can(staff('cartDriver'), 'inbound.acknowledge', site, chart, NOW)).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'inbound.view', site, chart, NOW)).toBe(false);
  });

  it('gives other sites and portal users nothing', () => {
    expect(can({ kind: 'staff', siteId: 'site-b', staffId: STAFF.director!.id }, 'relay.view', { ...relayBy('s'), siteId: 'site-b' }, chart, NOW)).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'relay.view', relayBy('s'), chart, NOW)).toBe(false);
    expect(can(merchant, 'department.view', site, chart, NOW)).toBe(false);
    expect(visibility(merchant, 'relay.view', chart, NOW)).toEqual({ kind: 'none' });
  });
});
