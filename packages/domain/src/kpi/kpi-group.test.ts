import { describe, expect, it } from 'vitest';
import type { Principal } from '../shared/principal.js';
import { kpiDefinition } from './kpi-catalogue.js';
import { kpiFigure } from './kpi-figure.js';
import { kpiGroupsReadBy, mayReadKpiGroup, rollUpGroup, type KpiGroup, type KpiGroupViewer } from './kpi-group.js';

const group = (id: string, siteIds: string[], readerAccountIds: string[]): KpiGroup => ({ id, code: id, name: { zh: id, en: id }, siteIds, readerAccountIds });
const north = group('north', ['site-a', 'site-b'], ['acc-reader']);
const south = group('south', ['site-c'], ['acc-south']);
const staff = (accountId: string | null, siteId = 'site-a'): KpiGroupViewer => ({ principal: { kind: 'staff', siteId, staffId: 'staff-1' }, accountId });

describe('who reads a group’s figures', () => {
  it('lets a reader read the group’s totals and each member site’s figures', () => {
    expect(mayReadKpiGroup(staff('acc-reader'), north, { kind: 'group' })).toBe(true);
    expect(mayReadKpiGroup(staff('acc-reader'), north, { kind: 'site', siteId: 'site-a' })).toBe(true);
    expect(mayReadKpiGroup(staff('acc-reader'), north, { kind: 'site', siteId: 'site-b' })).toBe(true);
  });

  it('reads from any site: a group-level account need not sit on a member site', () => {
    expect(mayReadKpiGroup(staff('acc-reader', 'site-hq'), north, { kind: 'site', siteId: 'site-b' })).toBe(true);
  });

  it('lets a reader of one group read no site outside it, nor another group', () => {
    expect(mayReadKpiGroup(staff('acc-reader'), north, { kind: 'site', siteId: 'site-c' })).toBe(false);
    expect(mayReadKpiGroup(staff('acc-reader'), south, { kind: 'group' })).toBe(false);
    expect(mayReadKpiGroup(staff('acc-reader'), south, { kind: 'site', siteId: 'site-c' })).toBe(false);
  });

  it('lets nobody else read anything of the group: not a member site’s staff, a requester or the anonymous', () => {
    const requester: Principal = { kind: 'requester', siteId: 'site-a', requesterId: 'r-1', requesterKind: 'merchant' };
    for (const viewer of [staff('acc-director-of-a'), staff(null), { principal: requester, accountId: 'acc-reader' }, { principal: { kind: 'anonymous' }, accountId: null }] as KpiGroupViewer[]) {
      expect(mayReadKpiGroup(viewer, north, { kind: 'group' })).toBe(false);
      expect(mayReadKpiGroup(viewer, north, { kind: 'site', siteId: 'site-a' })).toBe(false);
    }
  });

  it('lists the groups a viewer reads, in order', () => {
    const both = group('both', ['site-d'], ['acc-reader', 'acc-south']);
    expect(kpiGroupsReadBy(staff('acc-reader'), [north, south, both]).map((g) => g.id)).toEqual(['north', 'both']);
    expect(kpiGroupsReadBy(staff('acc-nobody'), [north, south, both])).toEqual([]);
  });
});

describe('a group’s figures from its sites’', () => {
  it('sums counts, divides summed numerators by summed denominators, weighs means by their counts', () => {
    const a = { valid_complaints: 2, reception_contacts: 100, reception_on_time: 90, customer_rating_sum: 8, customer_ratings: 2 };
    const b = { valid_complaints: 3, reception_contacts: 300, reception_on_time: 210, customer_rating_sum: 30, customer_ratings: 6 };
    const g = rollUpGroup([a, b]);
    expect(kpiFigure(kpiDefinition('valid_complaints'), g)).toMatchObject({ value: 5 });
    // (90 + 210) / (100 + 300), not the mean of 90 % and 70 %.
    expect(kpiFigure(kpiDefinition('on_time_reception_rate'), g)).toMatchObject({ value: 75, numerator: 300, denominator: 400 });
    // (8 + 30) / (2 + 6) = 4.75, not the mean of 4 and 5.
    expect(kpiFigure(kpiDefinition('customer_satisfaction'), g)).toMatchObject({ value: 4.75 });
  });

  it('has no data for a rate where no site had anything to divide by, and 0 for a count of nothing', () => {
    expect(kpiFigure(kpiDefinition('on_time_reception_rate'), rollUpGroup([{}, {}]))).toEqual({ kind: 'no_data', reason: 'no_events' });
    expect(kpiFigure(kpiDefinition('valid_complaints'), rollUpGroup([]))).toMatchObject({ value: 0 });
  });
});
