import { describe, expect, it } from 'vitest';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { can, permissions } from '../permissions/index.js';
import type { Principal } from '../shared/principal.js';
import { mayReadKpi } from './kpi-access.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const site = { type: 'site', siteId: SITE_ID } as const;
const read = (viewer: keyof typeof STAFF, subject: Parameters<typeof mayReadKpi>[4]) => mayReadKpi(permissions, staff(viewer), chart, NOW, subject);
const position = (code: string) => ({ kind: 'position', positionId: `pos-${code}`, reach: 'subtree' }) as const;
const person = (key: keyof typeof STAFF) => ({ kind: 'staff', staffId: STAFF[key]!.id }) as const;

describe('kpi permissions', () => {
  it('lets the director read the site, every team and person, and set targets', () => {
    expect(read('director', { kind: 'site' })).toBe(true);
    expect(read('director', position('floor_supervisor'))).toBe(true);
    expect(read('director', person('floorClerk'))).toBe(true);
    expect(can(staff('director'), 'kpi.target.set', site, chart, NOW)).toBe(true);
    expect(can(staff('director'), 'kpi.report.edit', site, chart, NOW)).toBe(true);
  });

  it('lets a supervisor read its own team and the people below it, not a peer team or the site', () => {
    expect(read('floorSupervisor', position('floor_supervisor'))).toBe(true);
    expect(read('floorSupervisor', person('floorClerk'))).toBe(true);
    expect(read('floorSupervisor', person('hallClerk'))).toBe(false);
    expect(read('floorSupervisor', position('merchant_supervisor'))).toBe(false);
    expect(read('floorSupervisor', { kind: 'site' })).toBe(false);
    expect(can(staff('floorSupervisor'), 'kpi.target.set', site, chart, NOW)).toBe(false);
    expect(can(staff('floorSupervisor'), 'kpi.report.view', site, chart, NOW)).toBe(true);
  });

  it('lets the deputy read the teams below it but not the site, whose figures are the director’s', () => {
    expect(read('deputy', position('floor_supervisor'))).toBe(true);
    expect(read('deputy', { kind: 'site' })).toBe(false);
    expect(can(staff('deputy'), 'kpi.target.set', site, chart, NOW)).toBe(false);
  });

  it('lets a clerk read its own figures only', () => {
    expect(read('floorClerk', person('floorClerk'))).toBe(true);
    expect(read('floorClerk', person('hallClerk'))).toBe(false);
    expect(read('floorClerk', position('floor_clerk'))).toBe(false);
    expect(read('floorClerk', { kind: 'site' })).toBe(false);
    expect(can(staff('floorClerk'), 'kpi.report.view', site, chart, NOW)).toBe(false);
  });

  it('gives portal users and other sites nothing', () => {
    const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
    expect(mayReadKpi(permissions, merchant, chart, NOW, { kind: 'site' })).toBe(false);
    expect(mayReadKpi(permissions, { kind: 'staff', siteId: 'site-b', staffId: STAFF.director!.id }, chart, NOW, { kind: 'site' })).toBe(false);
  });
});
