import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { computeDeadlines } from './sla.js';
import { InvalidTransitionError } from './ticket.errors.js';
import {
  applyCommand,
  availableCommands,
  requiredAction,
  TICKET_COMMAND_TYPES,
  TICKET_TRANSITIONS,
  type CommandContext,
  type TicketCommand,
  type TicketCommandType,
} from './ticket-state-machine.js';
import { requesterView } from './ticket-timeline.js';
import { TICKET_KINDS, TICKET_STATUSES, type Ticket, type TicketStatus } from './ticket.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const receivedAt = new Date('2026-03-10T01:00:00Z');
const now = new Date('2026-03-11T02:00:00Z');
const staff: CommandContext = { now, actor: { kind: 'staff', id: 'staff-1' } };
const requester: CommandContext = { now, actor: { kind: 'requester', id: 'req-1' } };

const ticketIn = (status: TicketStatus, patch: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  siteId: 'site-1',
  number: 7,
  kind: 'complaint',
  channel: 'phone',
  severity: 'important',
  status,
  title: 'Escalator noisy',
  description: 'The escalator near gate 2 screeches.',
  location: 'Gate 2',
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
  deadlines: computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt }),
  followUpDueAt: status === 'resolved' ? new Date(receivedAt.getTime() + 3 * DAY) : null,
  resolvedAt: ['resolved', 'followed_up', 'closed'].includes(status) ? receivedAt : null,
  closedAt: status === 'closed' || status === 'invalid' ? receivedAt : null,
  escalationLevel: 0,
  handedOverAt: null,
  repliedAt: null,
  firstSeenByStaffAt: receivedAt,
  reopenCount: 0,
  reopenedAt: null,
  satisfaction: null,
  createdById: 'staff-1',
  version: 3,
  updatedAt: receivedAt,
  ...patch,
});

/** A valid command of each type, so only the state decides. */
const SAMPLE: Record<TicketCommandType, TicketCommand> = {
  assign: { type: 'assign', assigneeId: 'staff-2' },
  relay: { type: 'relay', department: 'engineering', note: 'Check bearings' },
  start: { type: 'start' },
  escalate: { type: 'escalate', toStaffId: 'boss-1', reason: 'Requester upset' },
  resolve: { type: 'resolve', resolution: 'Bearings replaced' },
  markInvalid: { type: 'markInvalid', reason: 'Not our escalator' },
  followUp: { type: 'followUp', satisfaction: 4, channel: 'phone' },
  close: { type: 'close' },
  reopen: { type: 'reopen', reason: 'Noise is back' },
  rate: { type: 'rate', stars: 5 },
  take: { type: 'take' },
  reply: { type: 'reply', message: 'We have sent an engineer; it will be fixed by Friday.' },
  returnToQueue: { type: 'returnToQueue' },
};

const allowedFrom = (type: TicketCommandType): readonly TicketStatus[] => TICKET_TRANSITIONS[type].from;

const expectRefused = (fn: () => unknown, facts: Record<string, unknown>): void => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidTransitionError);
    expect((e as InvalidTransitionError).code).toBe('TICKET.INVALID_TRANSITION');
    expect((e as InvalidTransitionError).facts).toMatchObject(facts);
    return;
  }
  throw new Error('expected InvalidTransitionError');
};

const expectInvalid = (fn: () => unknown, fields: string[]): void => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.map((i) => i.field).sort()).toEqual([...fields].sort());
    return;
  }
  throw new Error('expected ValidationError');
};

describe('the transition table', () => {
  // Every command from every status, with guards that hold (a complaint with no follow-up owed).
  for (const type of TICKET_COMMAND_TYPES) {
    for (const status of TICKET_STATUSES) {
      const allowed = allowedFrom(type).includes(status);
      it(`${type} from ${status} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const ticket = ticketIn(status, { followUpDueAt: null });
        if (allowed) {
          const { ticket: next, event } = applyCommand(ticket, SAMPLE[type], staff);
          expect((TICKET_TRANSITIONS[type].to as readonly TicketStatus[]).includes(next.status)).toBe(true);
          expect(next.version).toBe(ticket.version + 1);
          expect(next.updatedAt).toBe(now);
          expect(event.fromStatus).toBe(status);
          expect(event.toStatus).toBe(next.status);
          expect(availableCommands(ticket)).toContain(type);
        } else {
          expectRefused(() => applyCommand(ticket, SAMPLE[type], staff), { from: status, command: type, reason: 'status' });
          expect(availableCommands(ticket)).not.toContain(type);
        }
      });
    }
  }

  it('closed and invalid tickets accept only reopen', () => {
    expect(availableCommands(ticketIn('closed'))).toEqual(['reopen']);
    expect(availableCommands(ticketIn('invalid'))).toEqual(['reopen']);
  });

  it('maps every command to its permission', () => {
    expect(TICKET_COMMAND_TYPES.map(requiredAction)).toEqual([
      'ticket.assign',
      'ticket.relay',
      'ticket.start',
      'ticket.escalate',
      'ticket.resolve',
      'ticket.markInvalid',
      'ticket.followUp',
      'ticket.rate',
      'ticket.close',
      'ticket.reopen',
      'ticket.take',
      'ticket.reply',
      'ticket.assign',
    ]);
  });
});

// 001_… 投诉接待 (5): "当天呈送管理处主任进入处理程序,2天内给住户明确答复".
describe('hand-over and reply of a major complaint', () => {
  const major = (status: TicketStatus) => ticketIn(status, { severity: 'major', deadlines: computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt }) });

  it('is handed over only when the ticket reaches the one the org names, and that stands', () => {
    expect(applyCommand(major('received'), { type: 'assign', assigneeId: 'clerk' }, staff).ticket.handedOverAt).toBeNull();
    const toDirector = applyCommand(major('received'), { type: 'escalate', toStaffId: 'director', reason: 'Major', handsOver: true }, staff).ticket;
    expect(toDirector.handedOverAt).toBe(now);
    const later = { ...staff, now: new Date(now.getTime() + HOUR) };
    expect(applyCommand(toDirector, { type: 'assign', assigneeId: 'clerk' }, later).ticket.handedOverAt).toBe(now);
  });

  it('is answered by a reply the requester sees, not by starting work', () => {
    const started = applyCommand(major('assigned'), { type: 'start' }, staff).ticket;
    expect(started.repliedAt).toBeNull();
    const { ticket, event } = applyCommand(started, { type: 'reply', message: ' 已安排工程部今日处理 ' }, staff);
    expect(ticket).toMatchObject({ status: 'in_progress', repliedAt: now });
    expect(event).toMatchObject({ type: 'replied', visibleToRequester: true, data: { message: '已安排工程部今日处理' } });
    expect(requesterView(event)).toMatchObject({ type: 'replied', data: { message: '已安排工程部今日处理' } });
    expectInvalid(() => applyCommand(started, { type: 'reply', message: '  ' }, staff), ['message']);
  });

  it('the reported result answers the requester too; reopening owes a new answer', () => {
    const resolved = applyCommand(major('in_progress'), { type: 'resolve', resolution: 'Done' }, staff).ticket;
    expect(resolved.repliedAt).toBe(now);
    expect(applyCommand(resolved, { type: 'reopen', reason: 'Back' }, staff).ticket.repliedAt).toBeNull();
  });
});

describe('returnToQueue (退回本部门队列)', () => {
  const handed = new Date(receivedAt.getTime() + HOUR);

  it('takes the assignee away and leaves the ticket received in its unit, deadlines and hand-over as they were', () => {
    for (const status of ['assigned', 'relayed', 'in_progress'] as const) {
      const ticket = ticketIn(status, { handedOverAt: handed, repliedAt: handed, escalationLevel: 1 });
      const { ticket: next, event } = applyCommand(ticket, { type: 'returnToQueue' }, staff);
      expect(next).toMatchObject({
        status: 'received',
        assigneeId: null,
        relayedTo: null,
        unitId: 'unit-floor',
        deadlines: ticket.deadlines,
        handedOverAt: handed,
        repliedAt: handed,
        escalationLevel: 1,
        reopenCount: 0,
      });
      expect(event).toMatchObject({ type: 'returned_to_queue', fromStatus: status, toStatus: 'received', visibleToRequester: false });
      expect(event.data).toEqual({ internal: { previousAssigneeId: 'staff-9' } });
    }
  });

  it('is staff only: the requester never sees it on their timeline', () => {
    const { event } = applyCommand(ticketIn('assigned'), { type: 'returnToQueue' }, staff);
    expect(requesterView(event)).toBeNull();
  });

  it('is refused for a ticket nobody is assigned to (a relay from intake), and not offered', () => {
    const relayed = ticketIn('relayed', { assigneeId: null });
    expectRefused(() => applyCommand(relayed, { type: 'returnToQueue' }, staff), { from: 'relayed', command: 'returnToQueue', reason: 'not_assigned' });
    expect(availableCommands(relayed)).not.toContain('returnToQueue');
  });

  it('leaves a ticket that anyone of the queue may take, or a dispatcher assign', () => {
    const { ticket: back } = applyCommand(ticketIn('in_progress'), { type: 'returnToQueue' }, staff);
    expect(availableCommands(back)).toEqual(expect.arrayContaining(['take', 'assign']));
    const { ticket: taken } = applyCommand(back, { type: 'take' }, { now, actor: { kind: 'staff', id: 'staff-2' } });
    expect(taken).toMatchObject({ status: 'assigned', assigneeId: 'staff-2' });
  });
});

describe('take (接单)', () => {
  // 002_… 服务人员 投诉受理: "若自己现场不能解决的,要及时传递给相关负责人进行解决,并跟踪到底" — a clerk
  // works what they registered themselves, so they take it on first.
  it('makes the acting member of staff the handler', () => {
    const { ticket, event } = applyCommand(ticketIn('received'), { type: 'take' }, staff);
    expect(ticket).toMatchObject({ status: 'assigned', assigneeId: 'staff-1' });
    expect(event).toMatchObject({ type: 'assigned', fromStatus: 'received', toStatus: 'assigned', data: { internal: { assigneeId: 'staff-1', taken: true } } });
    expect(applyCommand(ticketIn('assigned'), { type: 'take' }, staff).ticket.assigneeId).toBe('staff-1');
  });

  it('is for staff only', () => {
    expectRefused(() => applyCommand(ticketIn('received'), { type: 'take' }, requester), { command: 'take', reason: 'no_handler' });
  });
});

describe('guards', () => {
  it('only complaints can be judged invalid', () => {
    const repair = ticketIn('assigned', { kind: 'repair' });
    expect(availableCommands(repair)).not.toContain('markInvalid');
    expectRefused(() => applyCommand(repair, SAMPLE.markInvalid, staff), {
      from: 'assigned',
      command: 'markInvalid',
      reason: 'not_a_complaint',
      kind: 'repair',
    });
  });

  it('a resolved ticket that owes a follow-up cannot be closed before it', () => {
    const owed = ticketIn('resolved', { followUpDueAt: new Date(now.getTime() + DAY) });
    expect(availableCommands(owed)).not.toContain('close');
    expectRefused(() => applyCommand(owed, SAMPLE.close, staff), { from: 'resolved', command: 'close', reason: 'follow_up_owed' });
    const answered = ticketIn('resolved', { kind: 'consultation', followUpDueAt: null });
    expect(applyCommand(answered, SAMPLE.close, staff).ticket.status).toBe('closed');
  });
});

describe('each command', () => {
  it('assign sets the assignee, keeps the unit unless given, takes a relayed ticket back', () => {
    const { ticket, event } = applyCommand(ticketIn('relayed'), { type: 'assign', assigneeId: ' staff-2 ' }, staff);
    expect(ticket).toMatchObject({ status: 'assigned', assigneeId: 'staff-2', unitId: 'unit-floor', relayedTo: null });
    expect(event).toMatchObject({ type: 'assigned', actorKind: 'staff', actorId: 'staff-1', siteId: 'site-1', ticketId: 't-1', at: now });
    expect(event.data).toEqual({ internal: { assigneeId: 'staff-2' } });
    expect(event.visibleToRequester).toBe(true);
    expect(requesterView(event)?.data).toEqual({});
  });

  it('assign with a severity re-triages and recomputes the deadlines from intake', () => {
    const { ticket, event } = applyCommand(ticketIn('received'), { type: 'assign', assigneeId: 's', unitId: 'u2', severity: 'major' }, staff);
    expect(ticket.severity).toBe('major');
    expect(ticket.unitId).toBe('u2');
    expect(ticket.deadlines).toEqual(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt }));
    expect(event.data).toEqual({ internal: { assigneeId: 's', unitId: 'u2', severity: 'major' } });
  });

  it('relay records the department for the requester and keeps the note internal', () => {
    const { ticket, event } = applyCommand(ticketIn('assigned'), SAMPLE.relay, staff);
    expect(ticket).toMatchObject({ status: 'relayed', relayedTo: 'engineering' });
    expect(event.data).toEqual({ department: 'engineering', internal: { note: 'Check bearings' } });
    expect(requesterView(event)?.data).toEqual({ department: 'engineering' });
  });

  it('escalate raises the level, hands the ticket to the target and is internal', () => {
    const fromReceived = applyCommand(ticketIn('received'), SAMPLE.escalate, staff);
    expect(fromReceived.ticket).toMatchObject({ status: 'assigned', assigneeId: 'boss-1', escalationLevel: 1 });
    const inProgress = applyCommand(ticketIn('in_progress', { escalationLevel: 1 }), SAMPLE.escalate, staff);
    expect(inProgress.ticket).toMatchObject({ status: 'in_progress', escalationLevel: 2 });
    expect(inProgress.event).toMatchObject({ type: 'escalated', visibleToRequester: false, data: { toStaffId: 'boss-1', level: 2 } });
    expect(requesterView(inProgress.event)).toBeNull();
  });

  it('resolve stamps the time and the follow-up due date', () => {
    const repair = applyCommand(ticketIn('in_progress', { kind: 'repair' }), { type: 'resolve', resolution: 'Fixed', repairCategory: 'safety' }, staff).ticket;
    expect(repair).toMatchObject({ status: 'resolved', resolvedAt: now, followUpDueAt: new Date(now.getTime() + 2 * DAY) });
    // The seeds set no 回访 window for a complaint: none is owed, and it may be closed once resolved.
    const { ticket, event } = applyCommand(ticketIn('in_progress'), SAMPLE.resolve, staff);
    expect(ticket).toMatchObject({ status: 'resolved', resolvedAt: now, followUpDueAt: null });
    expect(event).toMatchObject({ type: 'resolved', visibleToRequester: true, data: { resolution: 'Bearings replaced' } });
  });

  it('resolve of a ticket nobody handles makes the resolver its handler, and the event says so (the product’s own rule)', () => {
    const { ticket, event } = applyCommand(ticketIn('in_progress', { assigneeId: null }), SAMPLE.resolve, staff);
    expect(ticket).toMatchObject({ status: 'resolved', assigneeId: 'staff-1' });
    expect(event.data).toEqual({ resolution: 'Bearings replaced', internal: { assigneeId: 'staff-1', resolverBecameHandler: true } });
    // The requester reads the result, not who took it on.
    expect(requesterView(event)?.data).toEqual({ resolution: 'Bearings replaced' });
  });

  it('a command by staff ends a portal request being new; the requester’s own does not, and the first look stands', () => {
    const unseen = ticketIn('in_progress', { firstSeenByStaffAt: null });
    expect(applyCommand(unseen, SAMPLE.resolve, staff).ticket.firstSeenByStaffAt).toEqual(now);
    const resolved = ticketIn('resolved', { firstSeenByStaffAt: null });
    expect(applyCommand(resolved, { type: 'rate', stars: 5 }, requester).ticket.firstSeenByStaffAt).toBeNull();
    expect(applyCommand(ticketIn('in_progress'), SAMPLE.resolve, staff).ticket.firstSeenByStaffAt).toEqual(receivedAt);
  });

  it('resolve keeps the handler the ticket has', () => {
    const { ticket, event } = applyCommand(ticketIn('in_progress'), SAMPLE.resolve, staff);
    expect(ticket.assigneeId).toBe('staff-9');
    expect(event.data).toEqual({ resolution: 'Bearings replaced' });
  });

  it('resolve of a ticket nobody handles is refused to anyone who cannot become its handler', () => {
    const unassigned = ticketIn('in_progress', { assigneeId: null });
    for (const actor of [{ kind: 'system', id: null }, { kind: 'staff', id: null }] as const) {
      expectRefused(() => applyCommand(unassigned, SAMPLE.resolve, { now, actor }), { from: 'in_progress', command: 'resolve', reason: 'no_handler' });
    }
  });

  it('resolve of a leak repair counts the follow-up from the water test', () => {
    const waterTestAt = new Date(now.getTime() + DAY);
    const repair = ticketIn('in_progress', { kind: 'repair' });
    const { ticket, event } = applyCommand(repair, { type: 'resolve', resolution: 'Sealed', repairCategory: 'leak', waterTestAt }, staff);
    expect(ticket).toMatchObject({ repairCategory: 'leak', followUpDueAt: new Date(waterTestAt.getTime() + 3 * DAY) });
    expect(event.data).toEqual({ resolution: 'Sealed', repairCategory: 'leak', waterTestAt: waterTestAt.toISOString() });
    // An uncategorised repair resolves as other.
    expect(applyCommand(repair, SAMPLE.resolve, staff).ticket.repairCategory).toBe('other');
  });

  it('resolve of a consultation owes no follow-up', () => {
    const { ticket } = applyCommand(ticketIn('in_progress', { kind: 'consultation' }), SAMPLE.resolve, staff);
    expect(ticket.followUpDueAt).toBeNull();
    expect(availableCommands(ticket)).toContain('close');
  });

  it('markInvalid ends the complaint and keeps the reason internal', () => {
    const { ticket, event } = applyCommand(ticketIn('in_progress'), SAMPLE.markInvalid, staff);
    expect(ticket).toMatchObject({ status: 'invalid', closedAt: now });
    expect(event).toMatchObject({ type: 'marked_invalid', data: { internal: { reason: 'Not our escalator' } } });
    expect(requesterView(event)?.data).toEqual({});
  });

  it('followUp records satisfaction and channel', () => {
    const { ticket, event } = applyCommand(ticketIn('resolved'), { ...SAMPLE.followUp, note: 'Happy' } as TicketCommand, staff);
    expect(ticket).toMatchObject({ status: 'followed_up', satisfaction: 4 });
    expect(event.data).toEqual({ satisfaction: 4, channel: 'phone', reopened: false, internal: { note: 'Happy' } });
  });

  it('followUp with satisfaction ≤ 2 sends the ticket back to its assignee', () => {
    const { ticket, event } = applyCommand(ticketIn('resolved'), { type: 'followUp', satisfaction: 2, channel: 'on_site' }, staff);
    expect(ticket).toMatchObject({ status: 'assigned', satisfaction: 2, resolvedAt: null, followUpDueAt: null });
    expect(ticket.deadlines).toEqual(computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt: now }));
    expect(event).toMatchObject({ type: 'followed_up', toStatus: 'assigned', data: { reopened: true } });
  });

  it('close stamps closedAt', () => {
    const { ticket, event } = applyCommand(ticketIn('followed_up'), SAMPLE.close, staff);
    expect(ticket).toMatchObject({ status: 'closed', closedAt: now });
    expect(event).toMatchObject({ type: 'closed', visibleToRequester: true });
  });

  it('reopen goes back to the assignee, or to intake when there is none, and restarts the clock', () => {
    const closed = applyCommand(ticketIn('closed'), SAMPLE.reopen, staff);
    expect(closed.ticket).toMatchObject({ status: 'assigned', closedAt: null, resolvedAt: null, followUpDueAt: null });
    expect(closed.ticket.deadlines.resolveBy).toEqual(new Date(now.getTime() + 3 * DAY));
    expect(closed.event).toMatchObject({ type: 'reopened', data: { internal: { reason: 'Noise is back' } } });
    const unassigned = applyCommand(ticketIn('invalid', { assigneeId: null }), SAMPLE.reopen, staff);
    expect(unassigned.ticket.status).toBe('received');
  });

  it("reopen keeps a requester's deadline only while it is still ahead", () => {
    const minor = (requestedBy: Date): Ticket => ticketIn('closed', { severity: 'minor', requestedBy });
    const ahead = new Date(now.getTime() + 5 * DAY);
    expect(applyCommand(minor(ahead), SAMPLE.reopen, staff).ticket.deadlines.resolveBy).toEqual(ahead);
    const passed = new Date(now.getTime() - DAY);
    expect(applyCommand(minor(passed), SAMPLE.reopen, staff).ticket.deadlines.resolveBy).toEqual(new Date(now.getTime() + 2 * DAY));
  });

  it('rate above 2 stars keeps the status and records the satisfaction', () => {
    const { ticket, event } = applyCommand(ticketIn('followed_up'), { type: 'rate', stars: 4, comment: 'Quick' }, requester);
    expect(ticket).toMatchObject({ status: 'followed_up', satisfaction: 4 });
    expect(event).toMatchObject({ type: 'rated', actorKind: 'requester', actorId: 'req-1', data: { stars: 4, comment: 'Quick', reopened: false } });
    expect(event.data).not.toHaveProperty('notified');
  });

  it.each([1, 2])('rate of %i stars reopens the ticket', (stars) => {
    for (const status of ['resolved', 'followed_up'] as const) {
      const { ticket, event } = applyCommand(ticketIn(status), { type: 'rate', stars }, requester);
      expect(ticket).toMatchObject({ status: 'assigned', satisfaction: stars, resolvedAt: null, version: 4 });
      expect(event).toMatchObject({
        type: 'rated',
        fromStatus: status,
        toStatus: 'assigned',
        visibleToRequester: true,
        data: { reopened: true, notified: 'supervisor' },
      });
    }
  });

  it('does not change the ticket it was given', () => {
    const before = ticketIn('in_progress');
    const copy = structuredClone(before);
    applyCommand(before, SAMPLE.resolve, staff);
    expect(before).toEqual(copy);
  });
});

describe('command input', () => {
  it.each([
    [{ type: 'assign', assigneeId: ' ' }, 'assigned', ['assigneeId']],
    [{ type: 'assign', assigneeId: 's', severity: 'urgent' }, 'assigned', ['severity']],
    [{ type: 'relay', department: 'kitchen', note: 'x'.repeat(2001) }, 'assigned', ['department', 'note']],
    [{ type: 'escalate', toStaffId: '', reason: '' }, 'assigned', ['toStaffId', 'reason']],
    [{ type: 'resolve', resolution: '' }, 'in_progress', ['resolution']],
    [{ type: 'resolve', resolution: 'ok', repairCategory: 'leak' }, 'in_progress', ['repairCategory']],
    [{ type: 'resolve', resolution: 'ok', waterTestAt: new Date('2026-01-01T00:00:00Z') }, 'in_progress', ['waterTestAt']],
    [{ type: 'resolve', resolution: 'ok', waterTestAt: new Date(Number.NaN) }, 'in_progress', ['waterTestAt']],
    [{ type: 'markInvalid', reason: '   ' }, 'received', ['reason']],
    [{ type: 'markInvalid', reason: 'x'.repeat(501) }, 'received', ['reason']],
    [{ type: 'followUp', satisfaction: 0, channel: 'email' }, 'resolved', ['satisfaction', 'channel']],
    [{ type: 'followUp', satisfaction: 3.5, channel: 'phone' }, 'resolved', ['satisfaction']],
    [{ type: 'reopen', reason: '' }, 'closed', ['reason']],
    [{ type: 'rate', stars: 6, comment: 'x'.repeat(1001) }, 'resolved', ['stars', 'comment']],
  ] as [TicketCommand, TicketStatus, string[]][])('%o from %s is refused for %o', (command, status, fields) => {
    expectInvalid(() => applyCommand(ticketIn(status), command, staff), fields);
  });

  it('the state is checked before the input', () => {
    expectRefused(() => applyCommand(ticketIn('closed'), { type: 'rate', stars: 9 }, requester), { from: 'closed', command: 'rate' });
  });
});

describe('properties of random command sequences', () => {
  const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 8 }), fc.constant('x'.repeat(600)));
  const command: fc.Arbitrary<TicketCommand> = fc.oneof(
    fc.record({ type: fc.constant('assign' as const), assigneeId: text }),
    fc.record({ type: fc.constant('relay' as const), department: fc.constantFrom('engineering' as const, 'logistics' as const) }),
    fc.constant({ type: 'start' as const }),
    fc.record({ type: fc.constant('escalate' as const), toStaffId: text, reason: text }),
    fc.record({ type: fc.constant('resolve' as const), resolution: text }),
    fc.record({ type: fc.constant('markInvalid' as const), reason: text }),
    fc.record({
      type: fc.constant('followUp' as const),
      satisfaction: fc.integer({ min: 0, max: 6 }),
      channel: fc.constantFrom('phone' as const, 'on_site' as const),
    }),
    fc.constant({ type: 'close' as const }),
    fc.record({ type: fc.constant('reopen' as const), reason: text }),
    fc.record({ type: fc.constant('rate' as const), stars: fc.integer({ min: 0, max: 6 }) }),
    fc.constant({ type: 'returnToQueue' as const }),
  );
  const reachable = new Set<TicketStatus>(['received', ...Object.values(TICKET_TRANSITIONS).flatMap((t) => [...t.to])]);

  /** Most steps are steered to a command the state offers, so walks get past intake. */
  const step = fc.record({
    cmd: command,
    steer: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    pick: fc.nat(),
    score: fc.integer({ min: 0, max: 6 }),
  });
  const steered = (type: TicketCommandType, score: number): TicketCommand => {
    const sample = SAMPLE[type];
    if (sample.type === 'followUp') return { ...sample, satisfaction: score };
    if (sample.type === 'rate') return { ...sample, stars: score };
    return sample;
  };

  it('every command either throws a domain error or moves along the table, one version at a time', () => {
    const reached = new Set<TicketStatus>();
    let applied = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_KINDS), fc.array(step, { maxLength: 30 }), (kind, steps) => {
        let ticket = ticketIn('received', { kind, version: 1 });
        let clock = receivedAt.getTime();
        for (const { cmd: random, steer, pick, score } of steps) {
          clock += HOUR;
          const before = ticket;
          const offered = availableCommands(before);
          const picked = offered[pick % Math.max(1, offered.length)];
          const cmd = steer && picked ? steered(picked, score) : random;
          try {
            const result = applyCommand(before, cmd, { now: new Date(clock), actor: { kind: 'staff', id: 's' } });
            ticket = result.ticket;
            applied += 1;
            reached.add(ticket.status);
          } catch (e) {
            if (e instanceof InvalidTransitionError) {
              expect(offered).not.toContain(cmd.type);
              continue;
            }
            expect(e).toBeInstanceOf(ValidationError);
            expect(offered).toContain(cmd.type);
            continue;
          }
          expect(offered).toContain(cmd.type);
          expect(allowedFrom(cmd.type)).toContain(before.status);
          expect((TICKET_TRANSITIONS[cmd.type].to as readonly TicketStatus[]).includes(ticket.status)).toBe(true);
          expect(reachable.has(ticket.status)).toBe(true);
          expect(ticket.version).toBe(before.version + 1);
          if (before.status === 'closed' || before.status === 'invalid') expect(cmd.type).toBe('reopen');
          if (ticket.status === 'invalid') expect(ticket.kind).toBe('complaint');
          if (ticket.status === 'assigned') expect(ticket.assigneeId).not.toBeNull();
          // An open ticket nobody is assigned to waits in its queue as received, and only then.
          if (ticket.status === 'received') expect(ticket.assigneeId).toBeNull();
          if (ticket.status === 'resolved' || ticket.status === 'followed_up') expect(ticket.assigneeId).not.toBeNull();
          if (ticket.status === 'closed') expect(ticket.closedAt).not.toBeNull();
        }
      }),
      // Seeded: the coverage checks below must not depend on the luck of one run.
      { numRuns: 300, seed: 20_261_125 },
    );
    // The sequences must actually walk the table, not just be refused.
    expect(applied).toBeGreaterThan(300);
    // received comes back by returning a ticket to the queue.
    expect(TICKET_STATUSES.filter((s) => !reached.has(s))).toEqual([]);
  });
});

describe('work sent back never disappears (issue: reopened tickets keep their history)', () => {
  it('counts each reopen and keeps the ended round with its breaches in the event, for staff only', () => {
    const late = new Date(receivedAt.getTime() + 5 * DAY);
    const resolved = ticketIn('resolved', { resolvedAt: late, followUpDueAt: new Date(late.getTime() + 2 * DAY), assigneeId: 'handler-1' });
    const { ticket, event } = applyCommand(resolved, { type: 'rate', stars: 1 }, { now: late, actor: { kind: 'requester', id: 'req-1' } });
    expect(ticket).toMatchObject({ status: 'assigned', reopenCount: 1, reopenedAt: late, assigneeId: 'handler-1' });
    const round = (event.data.internal as Record<string, unknown>).endedRound as Record<string, unknown>;
    // An important complaint (001 投诉接待 (5)): never handed over within the hour, and resolved on
    // day 5 of 3 — both breaches stay on record although the new round starts clean.
    expect(round).toMatchObject({ round: 0, resolveBy: resolved.deadlines.resolveBy.toISOString(), breached: ['handover', 'resolve'] });
    expect(ticket.deadlines.resolveBy.getTime()).toBeGreaterThan(late.getTime());
    expect(requesterView({ ...event, id: 'e' })?.data).not.toHaveProperty('internal');
    const again = applyCommand(ticketIn('closed', { reopenCount: 1 }), { type: 'reopen', reason: '仍漏水' }, staff);
    expect(again.ticket.reopenCount).toBe(2);
    expect((again.event.data.internal as Record<string, unknown>).endedRound).toMatchObject({ round: 1 });
  });
});
