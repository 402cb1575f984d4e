import { describe, expect, it } from 'vitest';
import { EVENT_COPY_COLUMNS, generateTickets, TICKET_COPY_COLUMNS, type SiteCast } from './generate-tickets.js';
import { seededRandom } from '@kefu/domain/testing';
import { nextDeadline } from '@kefu/domain/tickets';
import { sequentialUuid } from './sequential-uuid.js';

const id = (n: number) => sequentialUuid(seededRandom(99), 1, n);
const cast: SiteCast = {
  siteId: id(1),
  siteIndex: 1,
  units: { merchant: id(2), floor: id(3), shuttle: id(4) },
  clerksByUnit: new Map([
    [id(2), [id(10), id(11)]],
    [id(3), [id(12)]],
    [id(4), [id(13)]],
  ]),
  requesters: { merchant: [id(20), id(21), id(22)], owner: [id(30)], customer: [id(40), id(41)] },
};
const anchor = new Date('2026-06-01T04:00:00Z');
const column = (name: (typeof TICKET_COPY_COLUMNS)[number]) => TICKET_COPY_COLUMNS.indexOf(name);
const eventColumn = (name: (typeof EVENT_COPY_COLUMNS)[number]) => EVENT_COPY_COLUMNS.indexOf(name);

describe('generateTickets', () => {
  it('gives the same tickets and timelines for the same seed, and others for another seed', () => {
    const first = [...generateTickets(cast, 500, 7, anchor)];
    const again = [...generateTickets(cast, 500, 7, anchor)];
    const other = [...generateTickets(cast, 500, 8, anchor)];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('numbers tickets in intake order with unique ids, and never dates an event after the anchor', () => {
    const tickets = [...generateTickets(cast, 2_000, 7, anchor)];
    expect(tickets.map((t) => t.ticket[column('number')])).toEqual(tickets.map((_, i) => i + 1));
    const received = tickets.map((t) => (t.ticket[column('received_at')] as Date).getTime());
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(new Set(tickets.map((t) => t.ticket[column('id')])).size).toBe(tickets.length);
    for (const { ticket, events } of tickets) {
      for (const event of events) {
        expect(event[eventColumn('ticket_id')]).toBe(ticket[column('id')]);
        expect((event[eventColumn('at')] as Date).getTime()).toBeLessThanOrEqual(anchor.getTime());
      }
    }
  });

  it('stores the queue key the domain reads from the stored row, hand-over and reply times included', () => {
    const date = (value: unknown) => (value === null ? null : (value as Date));
    for (const { ticket } of generateTickets(cast, 2_000, 7, anchor)) {
      const stored = {
        status: ticket[column('status')] as 'received',
        deadlines: { handoverBy: date(ticket[column('handover_by')]), replyBy: date(ticket[column('reply_by')]), resolveBy: ticket[column('resolve_by')] as Date },
        followUpDueAt: date(ticket[column('follow_up_due_at')]),
        receivedAt: ticket[column('received_at')] as Date,
        resolvedAt: date(ticket[column('resolved_at')]),
        handedOverAt: date(ticket[column('handed_over_at')]),
        repliedAt: date(ticket[column('replied_at')]),
      };
      expect(ticket[column('due_at')]).toEqual(nextDeadline(stored));
    }
    expect(TICKET_COPY_COLUMNS).toHaveLength(new Set(TICKET_COPY_COLUMNS).size);
  });

  it('spreads statuses, overdue work and timelines realistically', () => {
    const tickets = [...generateTickets(cast, 5_000, 7, anchor)];
    const statuses = new Map<unknown, number>();
    for (const { ticket } of tickets) statuses.set(ticket[column('status')], (statuses.get(ticket[column('status')]) ?? 0) + 1);
    // Mostly closed history, with every open status present.
    expect((statuses.get('closed') ?? 0) / tickets.length).toBeGreaterThan(0.6);
    for (const open of ['received', 'assigned', 'in_progress', 'relayed', 'resolved']) expect(statuses.get(open) ?? 0).toBeGreaterThan(0);
    const open = tickets.filter(({ ticket }) => ['received', 'assigned', 'relayed', 'in_progress'].includes(ticket[column('status')] as string));
    const overdue = open.filter(({ ticket }) => (ticket[column('due_at')] as Date).getTime() < anchor.getTime());
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(open.length + 1);
    // Closed tickets owe nothing: no queue key.
    expect(tickets.filter(({ ticket }) => ticket[column('status')] === 'closed').every(({ ticket }) => ticket[column('due_at')] === null)).toBe(true);
    const events = tickets.reduce((sum, t) => sum + t.events.length, 0) / tickets.length;
    expect(events).toBeGreaterThan(4);
    expect(events).toBeLessThan(7.5);
    // Assignees work the ticket's own unit.
    for (const { ticket } of tickets) {
      const assignee = ticket[column('assignee_id')];
      if (assignee !== null) expect(cast.clerksByUnit.get(ticket[column('unit_id')] as string)).toContain(assignee);
    }
  });
});
