import { describe, expect, it } from 'vitest';
import type { Principal } from '../shared/principal.js';
import { orgPermissions } from './org-permissions.js';
import type { PermissionContext } from './permission-context.js';
import { createPermissions } from './permissions.js';
import { NOW, SITE_ID, STAFF, staffedChart } from './testing/staffed-chart.js';

// A context the org core has never heard of: visits received by a host, in a unit's diary.
type Visit = { type: 'visit'; siteId: string; unitId: string | null; hostId: string | null; visitorId: string };
const visits: PermissionContext<'visit.view' | 'visit.book', Visit> = {
  name: 'reception',
  actions: { 'visit.view': ['site', 'own_queue', 'own'], 'visit.book': ['any'] },
  baseline: [{ action: 'visit.view', scope: 'own' }],
  grants: { director: [{ action: 'visit.view', scope: 'site' }], hall_clerk: [{ action: 'visit.view', scope: 'own_queue' }] },
  requesterGrants: [
    { action: 'visit.book', onSite: true },
    { action: 'visit.view', onSite: false },
  ],
  records: { type: 'visit', facts: (v) => ({ unitId: v.unitId, staffIds: [v.hostId], requesterId: v.visitorId }), view: 'visit.view' },
};

const permissions = createPermissions([visits, orgPermissions]);
const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const visitor: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'v-1', requesterKind: 'customer' };
const visit = (over: Partial<Visit> = {}): Visit => ({ type: 'visit', siteId: SITE_ID, unitId: null, hostId: null, visitorId: 'v-1', ...over });

describe('createPermissions over a new context', () => {
  it('lists its actions first, then those of the contexts after it', () => {
    expect(permissions.actions.slice(0, 3)).toEqual(['visit.view', 'visit.book', 'org.view']);
  });

  it("decides on its records from the facts it declares, through the org's tree", () => {
    const hall = visit({ unitId: 'unit-merchant_service' });
    expect(permissions.decide(staff('hallClerk'), 'visit.view', hall, chart, NOW)).toEqual({ allowed: true, reason: 'own_unit_queue' });
    expect(permissions.decide(staff('floorClerk'), 'visit.view', hall, chart, NOW)).toEqual({ allowed: false, reason: 'out_of_scope' });
    expect(permissions.decide(staff('floorClerk'), 'visit.view', visit({ hostId: STAFF.floorClerk!.id }), chart, NOW).reason).toBe('own_ticket');
    expect(permissions.decide(staff('director'), 'visit.view', hall, chart, NOW).reason).toBe('site_scope');
    expect(permissions.decide(staff('hallClerk'), 'org.view', { type: 'site', siteId: SITE_ID }, chart, NOW).allowed).toBe(true);
  });

  it('gives requesters their own records and only the site-level actions marked so', () => {
    expect(permissions.decide(visitor, 'visit.view', visit(), chart, NOW).reason).toBe('own_request');
    expect(permissions.decide(visitor, 'visit.view', visit({ visitorId: 'v-2' }), chart, NOW).reason).toBe('not_own_request');
    expect(permissions.can(visitor, 'visit.book', { type: 'site', siteId: SITE_ID }, chart, NOW)).toBe(true);
    expect(permissions.decide(visitor, 'visit.view', { type: 'site', siteId: SITE_ID }, chart, NOW).reason).toBe('requester_not_allowed');
    expect(permissions.decide(visitor, 'org.view', { type: 'site', siteId: SITE_ID }, chart, NOW).reason).toBe('requester_not_allowed');
  });

  it('turns the same grants into a storage filter that agrees with decide', () => {
    const filter = permissions.visibility(staff('hallClerk'), 'visit.view', chart, NOW);
    expect(filter).toEqual({ kind: 'scoped', unitIds: ['unit-merchant_service'], staffIds: [STAFF.hallClerk!.id] });
    expect(permissions.matches(filter, visit({ unitId: 'unit-merchant_service' }))).toBe(true);
    expect(permissions.matches(filter, visit({ unitId: 'unit-floor_service' }))).toBe(false);
    expect(permissions.visibility(visitor, 'visit.view', chart, NOW)).toEqual({ kind: 'requester', requesterId: 'v-1' });
    expect(permissions.visibility(visitor, 'org.view', chart, NOW)).toEqual({ kind: 'none' });
  });

  it('shows its actions in the permission matrix', () => {
    const director = permissions.permissionMatrix(chart, NOW).find((row) => row.code === 'director')!;
    expect(director.cells['visit.view']).toMatchObject({ allowed: true, reason: 'site_scope', scope: 'site' });
    expect(director.cells['visit.book']).toMatchObject({ allowed: false, reason: 'not_granted', scope: null });
  });

  it('refuses a record type no context declares', () => {
    const stray = { type: 'parcel', siteId: SITE_ID } as unknown as Visit;
    expect(() => permissions.can(staff('director'), 'visit.view', stray, chart, NOW)).toThrow(/parcel/);
  });
});

describe('createPermissions refuses a broken declaration', () => {
  it('an action declared by two contexts', () => {
    expect(() => createPermissions([orgPermissions, { ...orgPermissions, name: 'copy' }])).toThrow(/org.view is declared twice/);
  });

  it('a grant with a scope its action does not support', () => {
    const wide = { ...visits, grants: { hall_clerk: [{ action: 'visit.view', scope: 'subordinates' }] } } satisfies typeof visits;
    expect(() => createPermissions([wide])).toThrow(/visit.view with scope subordinates/);
  });

  it('a requester grant for an action it does not declare', () => {
    const stray = { ...visits, requesterGrants: [{ action: 'visit.cancel' as 'visit.book', onSite: true }] };
    expect(() => createPermissions([stray])).toThrow(/visit.cancel/);
  });

  it("a record type that clashes with another context's or the org's own", () => {
    const site = { ...visits, records: { ...visits.records!, type: 'site' as 'visit' } };
    expect(() => createPermissions([site])).toThrow(/site is declared twice/);
  });
});
