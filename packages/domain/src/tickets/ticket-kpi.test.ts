import { describe, expect, it } from 'vitest';
import { complaintTallies, countsTowardValidComplaints } from './ticket-kpi.js';
import { TICKET_STATUSES, type TicketKind, type TicketStatus } from './ticket.js';

const t = (status: TicketStatus, kind: TicketKind = 'complaint') => ({ kind, status });

describe('valid complaints', () => {
  it.each([
    ['received', false],
    ['assigned', false],
    ['relayed', false],
    ['in_progress', false],
    ['resolved', true],
    ['followed_up', true],
    ['closed', true],
    ['invalid', false],
  ] as const)('a complaint that is %s counts: %s', (status, counts) => {
    expect(countsTowardValidComplaints(t(status))).toBe(counts);
  });

  it('other kinds never count', () => {
    for (const status of TICKET_STATUSES) expect(countsTowardValidComplaints(t(status, 'repair'))).toBe(false);
  });

  it('tallies complaints only', () => {
    const tickets = [t('closed'), t('resolved'), t('invalid'), t('invalid'), t('received'), t('in_progress'), t('closed', 'repair'), t('invalid', 'suggestion')];
    expect(complaintTallies(tickets)).toEqual({ valid: 2, invalid: 2, open: 2 });
    expect(complaintTallies([])).toEqual({ valid: 0, invalid: 0, open: 0 });
  });
});
