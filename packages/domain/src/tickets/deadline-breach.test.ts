import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breachedDeadlines, escalateBreaches } from './deadline-breach.js';
import { computeDeadlines, nextDeadline } from './sla.js';
import { TICKET_STATUSES, type Ticket, type TicketStatus } from './ticket.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const receivedAt = new Date('2026-03-10T01:00:00Z');
const plus = (d: Date, ms: number): Date => new Date(d.getTime() + ms);
const system = (now: Date) => ({ now, actor: { kind: 'system' as const, id: null } });

const ticketIn = (status: TicketStatus, patch: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  siteId: 'site-1',
  number: 7,
  kind: 'complaint',
  channel: 'phone',
  severity: 'major',
  status,
  title: 'Escalator noisy',
  description: 'The escalator near gate 2 screeches.',
  location: null,
  preferredContactTime: null,
  requesterId: 'req-1',
  requesterKind: 'customer',
  unitId: 'unit-floor',
  assigneeId: status === 'received' ? null : 'staff-9',
  relayedTo: status === 'relayed' ? 'engineering' : null,
  subject: null,
  repairCategory: null,
  requestedBy: null,
  receivedAt,
  // Major (001 投诉接待 (5)): to the director the same day, a reply in 2 days, resolved in 10.
  deadlines: computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt }),
  followUpDueAt: status === 'resolved' ? plus(receivedAt, 3 * DAY) : null,
  resolvedAt: ['resolved', 'followed_up', 'closed'].includes(status) ? receivedAt : null,
  closedAt: null,
  escalationLevel: 0,
  firstSeenByStaffAt: receivedAt,
  reopenCount: 0,
  reopenedAt: null,
  // Handed to the director at dispatch; answered once work started (a reply event).
  handedOverAt: status === 'received' ? null : receivedAt,
  repliedAt: ['received', 'assigned', 'relayed'].includes(status) ? null : receivedAt,
  satisfaction: null,
  createdById: 'staff-1',
  version: 3,
  updatedAt: receivedAt,
  ...patch,
});

const kinds = (ticket: Ticket, now: Date) => breachedDeadlines(ticket, now).map((b) => b.kind);

describe('breachedDeadlines', () => {
  const handoverBy = computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt }).handoverBy!;

  it('a major complaint still in intake after its day (001 "当天呈送管理处主任") has breached the hand-over', () => {
    expect(kinds(ticketIn('received'), handoverBy)).toEqual([]);
    expect(breachedDeadlines(ticketIn('received'), plus(handoverBy, 1))).toEqual([{ kind: 'handover', dueAt: handoverBy }]);
  });

  it('the hand-over no longer counts once the ticket left intake; the reply stops counting once work starts', () => {
    const late = plus(receivedAt, 3 * DAY);
    expect(kinds(ticketIn('received'), late)).toEqual(['handover', 'reply']);
    expect(kinds(ticketIn('assigned'), late)).toEqual(['reply']);
    expect(kinds(ticketIn('in_progress'), late)).toEqual([]);
    expect(kinds(ticketIn('in_progress'), plus(receivedAt, 11 * DAY))).toEqual(['resolve']);
  });

  it('work started is not an answer: the reply stays owed until the requester is answered (001 "2天内给住户明确答复")', () => {
    const late = plus(receivedAt, 3 * DAY);
    expect(kinds(ticketIn('in_progress', { repliedAt: null }), late)).toEqual(['reply']);
    expect(kinds(ticketIn('assigned', { handedOverAt: null }), late)).toEqual(['handover', 'reply']);
  });

  it('a resolved ticket breaches only its 回访 (001 走回访); done and invalid tickets owe nothing', () => {
    expect(kinds(ticketIn('resolved'), plus(receivedAt, 30 * DAY))).toEqual(['follow_up']);
    expect(kinds(ticketIn('resolved', { followUpDueAt: null }), plus(receivedAt, 30 * DAY))).toEqual([]);
    for (const status of ['followed_up', 'closed', 'invalid'] as const) expect(kinds(ticketIn(status), plus(receivedAt, 30 * DAY))).toEqual([]);
  });

  it('property: something is breached exactly when the deadline that matters has passed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATUSES), fc.integer({ min: 0, max: 40 * 24 }), (status, hours) => {
        const ticket = ticketIn(status);
        const now = plus(receivedAt, hours * HOUR);
        const next = nextDeadline(ticket);
        expect(breachedDeadlines(ticket, now).length > 0).toBe(next !== null && next.getTime() < now.getTime());
        for (const b of breachedDeadlines(ticket, now)) expect(b.dueAt.getTime()).toBeLessThan(now.getTime());
      }),
    );
  });
});

describe('escalateBreaches', () => {
  const now = plus(receivedAt, 3 * DAY);

  it('an open ticket goes one step up to the chosen holder, recorded as an automatic escalation', () => {
    const ticket = ticketIn('received');
    const breaches = breachedDeadlines(ticket, now);
    const { ticket: next, event } = escalateBreaches(ticket, breaches, 'boss-1', system(now));
    expect(next).toMatchObject({ status: 'assigned', assigneeId: 'boss-1', escalationLevel: 1, version: 4 });
    expect(event).toMatchObject({ type: 'escalated', actorKind: 'system', actorId: null, visibleToRequester: false });
    expect(event.data).toMatchObject({
      toStaffId: 'boss-1',
      reason: '超时自动上报：呈送时限、答复时限 / Escalated automatically: hand-over, reply deadline passed',
      level: 1,
      automatic: true,
      deadlines: breaches.map((b) => ({ kind: b.kind, dueAt: b.dueAt.toISOString() })),
    });
  });

  it('a resolved ticket with an overdue 回访 keeps its handler; the level rises and the timeline names who was told', () => {
    const ticket = ticketIn('resolved');
    const { ticket: next, event } = escalateBreaches(ticket, breachedDeadlines(ticket, plus(receivedAt, 5 * DAY)), 'boss-1', system(now));
    expect(next).toMatchObject({ status: 'resolved', assigneeId: 'staff-9', escalationLevel: 1, version: 4 });
    expect(event).toMatchObject({ type: 'escalated', fromStatus: 'resolved', toStatus: 'resolved' });
    expect(event.data).toMatchObject({ toStaffId: 'boss-1', deadlines: [{ kind: 'follow_up' }] });
  });

  it('refuses to escalate nothing', () => {
    expect(() => escalateBreaches(ticketIn('assigned'), [], 'boss-1', system(now))).toThrow();
  });
});
