import { describe, expect, it } from 'vitest';
import { savedViewFilter } from '../utils/saved-views';
import { deskFilterToParams, EMPTY_DESK_FILTER, parseDeskFilter, parseDeskOrder, toTicketFilter, withDeskOrder } from '../utils/ticket-filter-params';

describe('desk filter in the URL', () => {
  it('round-trips every field', () => {
    const filter = {
      statuses: ['RECEIVED', 'IN_PROGRESS'] as const,
      kinds: ['REPAIR'] as const,
      severities: ['MAJOR', 'MINOR'] as const,
      overdue: true,
      assigneeId: 'U3RhZmY6MQ==',
      unassigned: false,
      unitId: 'unit-1',
      requesterId: 'req-1',
      newToStaff: true,
      reopened: true,
      text: 'A1-018',
    };
    const parsed = parseDeskFilter(new URLSearchParams(deskFilterToParams({ ...filter, statuses: [...filter.statuses], kinds: [...filter.kinds], severities: [...filter.severities] }).toString()));
    expect(parsed).toEqual({ ...filter, statuses: ['RECEIVED', 'IN_PROGRESS'], kinds: ['REPAIR'], severities: ['MAJOR', 'MINOR'] });
  });

  it('drops values the API would refuse, so a mangled link still opens', () => {
    const parsed = parseDeskFilter(new URLSearchParams('status=RECEIVED,NOPE,RECEIVED&kind=&severity=major&overdue=yes'));
    expect(parsed).toEqual({ ...EMPTY_DESK_FILTER, statuses: ['RECEIVED'] });
  });

  it('sends only the fields that narrow the queue', () => {
    expect(toTicketFilter(EMPTY_DESK_FILTER)).toEqual({});
    expect(toTicketFilter({ ...EMPTY_DESK_FILTER, text: '  漏水 ', unassigned: true })).toEqual({ text: '漏水', unassigned: true });
    expect(toTicketFilter({ ...EMPTY_DESK_FILTER, newToStaff: true })).toEqual({ newToStaff: true });
  });

  it('offers "my queue" and "my team" only to a viewer who has them', () => {
    expect(savedViewFilter('mine', { staffId: null, unitId: null })).toBeNull();
    expect(savedViewFilter('team', { staffId: 's', unitId: null })).toBeNull();
    expect(savedViewFilter('team', { staffId: 's', unitId: 'u' })?.unitId).toBe('u');
    expect(savedViewFilter('followUp', { staffId: null, unitId: null })?.statuses).toEqual(['RESOLVED']);
    expect(savedViewFilter('new', { staffId: null, unitId: null })).toEqual({ ...EMPTY_DESK_FILTER, newToStaff: true });
    // Work sent back and still open: the returned / unsatisfied queue.
    expect(toTicketFilter(savedViewFilter('returned', { staffId: null, unitId: null })!)).toEqual({ statuses: ['RECEIVED', 'ASSIGNED', 'RELAYED', 'IN_PROGRESS'], reopened: true });
  });

  it('keeps the sort beside the filter, leaving the default out of the link', () => {
    expect(parseDeskOrder(new URLSearchParams('status=RECEIVED'))).toBe('DUE');
    expect(parseDeskOrder(new URLSearchParams('sort=newest'))).toBe('NEWEST');
    expect(parseDeskOrder(new URLSearchParams('sort=title'))).toBe('DUE');
    const params = withDeskOrder(new URLSearchParams('new=1'), 'NEWEST');
    expect(params.toString()).toBe('new=1&sort=newest');
    expect(withDeskOrder(params, 'DUE').toString()).toBe('new=1');
    // The sort is not part of the filter, so a saved view stays active whatever the order.
    expect(parseDeskFilter(params)).toEqual({ ...EMPTY_DESK_FILTER, newToStaff: true });
  });
});
