import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can, visibility } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { receptionResource } from './reception-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const entry = receptionResource({ siteId: SITE_ID, requesterId: null, registeredById: STAFF.hallClerk!.id, receivedById: STAFF.hallClerk!.id });
const site = { type: 'site', siteId: SITE_ID } as const;

describe('reception permissions', () => {
  it('lets the front line register and read the whole log', () => {
    for (const key of ['officeClerk', 'hallClerk', 'floorClerk'] as const) {
      expect(can(staff(key), 'reception.register', site, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'reception.view', entry, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'reception.configure', site, chart, NOW), key).toBe(false);
    }
  });

  it('lets supervisors read their site’s log, and the managers set the standard', () => {
    for (const key of ['director', 'deputy', 'merchantSupervisor', 'floorSupervisor'] as const) {
      expect(can(staff(key), 'reception.view', entry, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'reception.register', site, chart, NOW), key).toBe(false);
    }
    expect(can(staff('merchantSupervisor'), 'reception.configure', site, chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'reception.configure', site, chart, NOW)).toBe(false);
    expect(visibility(staff('floorSupervisor'), 'reception.view', chart, NOW)).toEqual({ kind: 'site' });
  });

  it('gives the archive, the cart team, other sites and portal users nothing', () => {
    expect(can(staff('archiveClerk'), 'reception.view', entry, chart, NOW)).toBe(false);
    expect(can(staff('cartDriver'), 'reception.register', site, chart, NOW)).toBe(false);
    expect(can({ kind: 'staff', siteId: 'site-b', staffId: STAFF.hallClerk!.id }, 'reception.view', { ...entry, siteId: 'site-b' }, chart, NOW)).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(visibility(merchant, 'reception.view', chart, NOW)).toEqual({ kind: 'none' });
  });
});
