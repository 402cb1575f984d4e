import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { notificationResource } from './notification-resource.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });

describe('notifications permissions', () => {
  it('everyone reads their own inbox, and no one else’s — not even the director', () => {
    const toClerk = notificationResource({ siteId: SITE_ID, recipientId: STAFF.floorClerk!.id });
    expect(can(staff('floorClerk'), 'notification.view', toClerk, chart, NOW)).toBe(true);
    expect(can(staff('cartDriver'), 'notification.view', notificationResource({ siteId: SITE_ID, recipientId: STAFF.cartDriver!.id }), chart, NOW)).toBe(true);
    expect(can(staff('floorSupervisor'), 'notification.view', toClerk, chart, NOW)).toBe(false);
    expect(can(staff('director'), 'notification.view', toClerk, chart, NOW)).toBe(false);
  });

  it('portal users have no inbox', () => {
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(can(merchant, 'notification.view', notificationResource({ siteId: SITE_ID, recipientId: 'm-1' }), chart, NOW)).toBe(false);
  });
});
