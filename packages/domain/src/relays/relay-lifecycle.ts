import type { LocalizedText } from '../shared/localized-text.js';
import { InputChecker } from '../shared/validation.js';
import { MALL_TIME_ZONE } from '../tickets/sla.js';
import type { Ticket } from '../tickets/ticket.js';
import { applyCommand, availableCommands, type NewTicketEvent } from '../tickets/ticket-state-machine.js';
import type { Department } from './department.js';
import { relayDueAt } from './relay-due.js';
import { RETURN_REASONS, type Relay, type ReturnReason } from './relay.js';

export const RELAY_LIMITS = { ask: 1000, reply: 2000, note: 500 } as const;

export type RelayInput = {
  departmentId: string;
  ask: string;
  /** The relay returned as not ours that this one sends to the right department. */
  correctsRelayId?: string | null;
};

export type RelayContext = { now: Date; staffId: string; relayId: string; timeZone?: string };

export type NewRelay = Omit<Relay, 'version'>;

/**
 * Relays a ticket: the new relay, the ticket in status relayed and its timeline event, all to be
 * written together. Refuses with field errors, before anything is written: a department that is
 * not one of the site's active departments (`departmentId`), a ticket that can no longer be
 * relayed — resolved, closed or invalid (`ticketId`), a correction of anything but a relay of
 * this ticket returned as not ours, or to the department that returned it (`correctsRelayId`).
 */
export function relayTicket(
  ticket: Ticket,
  department: Department | null,
  corrected: Relay | null,
  input: RelayInput,
  ctx: RelayContext,
): { relay: NewRelay; ticket: Ticket; event: NewTicketEvent } {
  const checker = new InputChecker().text('ask', input.ask, { required: true, max: RELAY_LIMITS.ask });
  if (!department || department.siteId !== ticket.siteId || !department.active) checker.add({ field: 'departmentId', rule: 'invalid_choice' });
  if (!availableCommands(ticket).includes('relay')) checker.add({ field: 'ticketId', rule: 'invalid_choice' });
  if (input.correctsRelayId) {
    const correctable =
      corrected !== null &&
      corrected.id === input.correctsRelayId &&
      corrected.subject.ticketId === ticket.id &&
      corrected.status === 'returned' &&
      corrected.returnReason === 'not_ours' &&
      corrected.departmentId !== department?.id;
    if (!correctable) checker.add({ field: 'correctsRelayId', rule: 'invalid_choice' });
  }
  checker.check();
  if (!department) throw new Error('unreachable: checked above');

  const ask = input.ask.trim();
  const { ticket: next, event } = applyCommand(
    ticket,
    { type: 'relay', department: department.peer ?? undefined, departmentName: department.name, relayId: ctx.relayId, note: ask },
    { now: ctx.now, actor: { kind: 'staff', id: ctx.staffId }, timeZone: ctx.timeZone },
  );
  const relay: NewRelay = {
    id: ctx.relayId,
    siteId: ticket.siteId,
    subject: { kind: 'ticket', ticketId: ticket.id },
    departmentId: department.id,
    ask,
    dueAt: relayDueAt({
      severity: ticket.severity,
      relayedAt: ctx.now,
      ticketResolveBy: ticket.deadlines.resolveBy,
      requestedBy: ticket.requestedBy,
      timeZone: ctx.timeZone ?? MALL_TIME_ZONE,
    }),
    relayedById: ctx.staffId,
    relayedAt: ctx.now,
    status: 'pending',
    acceptedAt: null,
    returnedAt: null,
    returnReason: null,
    returnNote: null,
    repliedAt: null,
    reply: null,
    respondedById: null,
    byPhone: false,
    correctsRelayId: input.correctsRelayId ?? null,
  };
  return { relay, ticket: next, event };
}

export type RelayResponse =
  | { type: 'accept' }
  | { type: 'return'; reason: ReturnReason; note?: string | null }
  | { type: 'reply'; reply: string };

export type RespondContext = {
  now: Date;
  staffId: string;
  /** The responder is not a member of the department: the answer was taken by phone. */
  byPhone: boolean;
};

const ACCEPTS_FROM: Record<RelayResponse['type'], readonly Relay['status'][]> = {
  accept: ['pending'],
  return: ['pending', 'accepted'],
  reply: ['pending', 'accepted'],
};

/**
 * The receiving side's answer: accept, return with a reason, or reply with the result.
 * Returned and replied relays are final; a response they do not take is a field error on
 * `relayId`, like bad input on the reply or reason.
 */
export function respondToRelay(relay: Relay, response: RelayResponse, ctx: RespondContext): Relay {
  const checker = new InputChecker();
  if (!ACCEPTS_FROM[response.type].includes(relay.status)) checker.add({ field: 'relayId', rule: 'invalid_choice' });
  if (response.type === 'return') {
    checker.oneOf('reason', response.reason, RETURN_REASONS).text('note', response.note, { required: response.reason === 'cannot_handle', max: RELAY_LIMITS.note });
  }
  if (response.type === 'reply') checker.text('reply', response.reply, { required: true, max: RELAY_LIMITS.reply });
  checker.check();

  const answered = { respondedById: ctx.staffId, byPhone: ctx.byPhone, version: relay.version + 1 };
  switch (response.type) {
    case 'accept':
      return { ...relay, ...answered, status: 'accepted', acceptedAt: ctx.now };
    case 'return':
      return { ...relay, ...answered, status: 'returned', returnedAt: ctx.now, returnReason: response.reason, returnNote: response.note?.trim() || null };
    case 'reply':
      return { ...relay, ...answered, status: 'replied', repliedAt: ctx.now, reply: response.reply.trim(), acceptedAt: relay.acceptedAt ?? ctx.now };
  }
}

/**
 * What the ticket's timeline records of an answer. Accepting and replying are told to the
 * requester in plain words (the department's name, then its reply: seed 001, "在当天将投诉处理结果
 * 通报投诉住户"); a return is for staff only and puts the ticket back in the queue unless
 * another relay of it is still open.
 */
export function ticketAfterResponse(
  ticket: Ticket,
  relay: Relay,
  departmentName: LocalizedText,
  otherOpenRelays: number,
  ctx: { now: Date; staffId: string },
): { ticket: Ticket; event: NewTicketEvent } {
  const backToQueue = relay.status === 'returned' && ticket.status === 'relayed' && otherOpenRelays === 0;
  const to = backToQueue ? (ticket.assigneeId ? 'assigned' : 'received') : ticket.status;
  const base = { siteId: ticket.siteId, ticketId: ticket.id, at: ctx.now, actorKind: 'staff' as const, actorId: ctx.staffId, fromStatus: ticket.status, toStatus: to };
  const event: NewTicketEvent =
    relay.status === 'accepted'
      ? { ...base, type: 'relay_accepted', data: { departmentName, internal: { relayId: relay.id, byPhone: relay.byPhone } }, visibleToRequester: true }
      : relay.status === 'replied'
        ? { ...base, type: 'relay_replied', data: { departmentName, reply: relay.reply, internal: { relayId: relay.id, byPhone: relay.byPhone } }, visibleToRequester: true }
        : {
            ...base,
            type: 'relay_returned',
            data: { departmentName, internal: { relayId: relay.id, reason: relay.returnReason, note: relay.returnNote ?? undefined, byPhone: relay.byPhone } },
            visibleToRequester: false,
          };
  return {
    ticket: { ...ticket, status: to, relayedTo: backToQueue ? null : ticket.relayedTo, version: ticket.version + 1, updatedAt: ctx.now },
    event,
  };
}

/** The facts of 信息传递准确率 (seed 002, office, archive and hall clerks' KPI). */
export type RelayAccuracyFacts = { relayed: number; misrouted: number; corrected: number };

/** Counts the facts over relays: every relay made, those returned as not ours, and the re-relays that corrected one. */
export const tallyRelayAccuracy = (relays: readonly Pick<Relay, 'status' | 'returnReason' | 'correctsRelayId'>[]): RelayAccuracyFacts => ({
  relayed: relays.length,
  misrouted: relays.filter((r) => r.status === 'returned' && r.returnReason === 'not_ours').length,
  corrected: relays.filter((r) => r.correctsRelayId !== null).length,
});

/** The share of relays that reached the right department at once; null with no relays. Product rule: a misrouted relay counts against it even when corrected. */
export const relayAccuracy = ({ relayed, misrouted }: RelayAccuracyFacts): number | null => (relayed === 0 ? null : (relayed - misrouted) / relayed);
