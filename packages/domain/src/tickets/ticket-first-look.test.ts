import { describe, expect, it } from 'vitest';
import { isNewToStaff } from './ticket-first-look.js';
import { openTicket, type NewTicketInput } from './ticket-intake.js';

const now = new Date('2026-03-10T02:00:00Z');
const input: NewTicketInput = {
  kind: 'repair',
  channel: 'portal',
  title: '卫生间漏水',
  description: '店铺后面的卫生间漏水',
  requesterId: 'm-1',
  requesterKind: 'merchant',
};

describe('isNewToStaff', () => {
  it('marks a portal request new until staff open it', () => {
    const { ticket } = openTicket(input, { now, siteId: 'site-1', actor: { kind: 'requester', id: 'm-1' } });
    expect(isNewToStaff(ticket)).toBe(true);
    expect(isNewToStaff({ ...ticket, firstSeenByStaffAt: now })).toBe(false);
  });

  it('never marks a ticket staff registered themselves', () => {
    const { ticket } = openTicket({ ...input, channel: 'phone', severity: 'minor' }, { now, siteId: 'site-1', actor: { kind: 'staff', id: 'clerk-1' } });
    expect(ticket.firstSeenByStaffAt).toEqual(now);
    expect(isNewToStaff(ticket)).toBe(false);
  });
});
