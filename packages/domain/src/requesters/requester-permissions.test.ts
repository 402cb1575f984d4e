import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can, visibility } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { requesterResource } from './requester-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const file = requesterResource({ id: 'm-1', siteId: SITE_ID });
const site = { type: 'site', siteId: SITE_ID } as const;

describe('requesters permissions', () => {
  it('lets the archive and hall clerks keep files', () => {
    for (const key of ['archiveClerk', 'hallClerk'] as const) {
      for (const action of ['requester.view', 'requester.create', 'requester.edit'] as const) expect(can(staff(key), action, file, chart, NOW), `${key} ${action}`).toBe(true);
    }
  });

  it('lets other clerks register but not edit', () => {
    expect(can(staff('officeClerk'), 'requester.create', site, chart, NOW)).toBe(true);
    expect(can(staff('floorClerk'), 'requester.view', file, chart, NOW)).toBe(true);
    expect(can(staff('floorClerk'), 'requester.edit', file, chart, NOW)).toBe(false);
  });

  it('lets supervisors and above read only', () => {
    for (const key of ['director', 'deputy', 'merchantSupervisor', 'floorSupervisor'] as const) {
      expect(can(staff(key), 'requester.view', file, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'requester.edit', file, chart, NOW), key).toBe(false);
    }
    expect(visibility(staff('floorSupervisor'), 'requester.view', chart, NOW)).toEqual({ kind: 'site' });
  });

  it('gives the cart team, other sites and portal users nothing', () => {
    expect(can(staff('cartDriver'), 'requester.view', file, chart, NOW)).toBe(false);
    expect(can({ kind: 'staff', siteId: 'site-b', staffId: STAFF.director!.id }, 'requester.view', { ...file, siteId: 'site-b' }, chart, NOW)).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'requester.view', file, chart, NOW)).toBe(false);
    expect(visibility(merchant, 'requester.view', chart, NOW)).toEqual({ kind: 'none' });
  });

  it('lets only the archive clerk keep documents', () => {
    expect(can(staff('archiveClerk'), 'requester.documents', file, chart, NOW)).toBe(true);
    for (const key of ['hallClerk', 'officeClerk', 'director', 'floorSupervisor'] as const) expect(can(staff(key), 'requester.documents', file, chart, NOW), key).toBe(false);
  });

  it('lets the clerks invite merchants and owners to the portal, and nobody above them by default', () => {
    for (const key of ['archiveClerk', 'hallClerk', 'officeClerk', 'floorClerk'] as const) expect(can(staff(key), 'requester.invite', file, chart, NOW), key).toBe(true);
    for (const key of ['director', 'floorSupervisor', 'cartDriver'] as const) expect(can(staff(key), 'requester.invite', file, chart, NOW), key).toBe(false);
  });

  it('lets only the director read the account audit log', () => {
    expect(can(staff('director'), 'account.audit', site, chart, NOW)).toBe(true);
    for (const key of ['deputy', 'archiveClerk', 'floorSupervisor'] as const) expect(can(staff(key), 'account.audit', site, chart, NOW), key).toBe(false);
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'account.audit', site, chart, NOW)).toBe(false);
  });
});
