import type { TicketAction } from './ticket-permissions.js';
import type { LocalizedText } from '../shared/localized-text.js';
import { InputChecker } from '../shared/validation.js';
import { computeDeadlines, followUpDueAt, MALL_TIME_ZONE, type TicketPolicies } from './sla.js';
import { InvalidTransitionError } from './ticket.errors.js';
import type {
  PeerDepartment,
  RepairCategory,
  Severity,
  Ticket,
  TicketEvent,
  TicketEventType,
  TicketStatus,
} from './ticket.js';
import { PEER_DEPARTMENTS, REPAIR_CATEGORIES, SEVERITIES } from './ticket.js';

export const FOLLOW_UP_CHANNELS = ['phone', 'on_site'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export type TicketCommand =
  /** `severity` re-triages while dispatching (portal tickets arrive with a default). */
  /** `handsOver`: the assignee is the one the hand-over deadline names (handoverReached), as the org decides. */
  | { type: 'assign'; assigneeId: string; unitId?: string; severity?: Severity; handsOver?: boolean }
  /**
   * `departmentName` is the site's own name of the receiving department (the relays context);
   * a department with no peer kind (security) relays by name alone.
   */
  | { type: 'relay'; department?: PeerDepartment; departmentName?: LocalizedText; relayId?: string; note?: string }
  | { type: 'start' }
  /** The target is chosen by the org context (up the reporting line) and passed in. */
  | { type: 'escalate'; toStaffId: string; reason: string; handsOver?: boolean }
  | { type: 'resolve'; resolution: string; repairCategory?: RepairCategory; waterTestAt?: Date }
  | { type: 'markInvalid'; reason: string }
  | { type: 'followUp'; satisfaction: number; note?: string; channel: FollowUpChannel }
  | { type: 'close' }
  | { type: 'reopen'; reason: string }
  /** The requester's own rating; 2 stars or fewer sends the ticket back to work. */
  | { type: 'rate'; stars: number; comment?: string }
  /** The acting member of staff takes the ticket on as its handler (接单). */
  | { type: 'take'; handsOver?: boolean }
  /** A clear answer given to the requester (明确答复), shown on their timeline. */
  | { type: 'reply'; message: string }
  /**
   * Back to the unit's queue (退回本部门队列): the ticket loses its assignee and waits, in the same
   * unit, for someone to take it or be dispatched it. Taken only when a holder's assignment ends
   * (the org hands their open work back to the queue).
   */
  | { type: 'returnToQueue' };

export type TicketCommandType = TicketCommand['type'];

export type NewTicketEvent = Omit<TicketEvent, 'id'>;

export type TicketActor = { kind: 'staff' | 'requester' | 'system'; id: string | null };

export type CommandContext = { now: Date; actor: TicketActor; timeZone?: string; policies?: TicketPolicies | null };

const WORKING = ['received', 'assigned', 'relayed', 'in_progress'] as const satisfies readonly TicketStatus[];
const BACK_TO_QUEUE = ['received', 'assigned'] as const satisfies readonly TicketStatus[];

/**
 * Which statuses each command accepts and where it can lead.
 *
 * | command     | from                                   | to                                          |
 * |-------------|----------------------------------------|---------------------------------------------|
 * | assign      | received assigned relayed in_progress  | assigned                                    |
 * | relay       | received assigned relayed in_progress  | relayed                                     |
 * | start       | assigned relayed                       | in_progress                                 |
 * | escalate    | received assigned relayed in_progress  | unchanged; received → assigned              |
 * | resolve     | in_progress                            | resolved                                    |
 * | markInvalid | received assigned relayed in_progress  | invalid            (complaints only)        |
 * | followUp    | resolved                               | followed_up; satisfaction ≤ 2 → back to queue |
 * | rate        | resolved followed_up                   | unchanged; stars ≤ 2 → back to queue        |
 * | close       | resolved followed_up                   | closed             (from resolved only when no 回访 is owed) |
 * | reopen      | resolved followed_up closed invalid    | back to queue                               |
 * | take        | received assigned                      | assigned           (the actor is the handler) |
 * | reply       | received assigned relayed in_progress  | unchanged          (the requester is answered) |
 * | returnToQueue | assigned relayed in_progress         | received           (only when it has an assignee) |
 *
 * "Back to queue" is assigned when the ticket has an assignee, else received. Closed and invalid
 * accept only reopen.
 *
 * An open ticket nobody is assigned to is `received` (待派单), whatever it was before: that is
 * the status `take` and `assign` pick it up from, and what a reopen of a ticket with no assignee
 * gives. returnToQueue keeps that (the product's own rule: the seeds say how work is handed over
 * at a change of shift, 交接班, not what happens to a leaver's tickets); the unit, the deadlines,
 * the hand-over and the reply already made stand, so the requester's wait is not restarted.
 */
export const TICKET_TRANSITIONS = {
  assign: { from: WORKING, to: ['assigned'] },
  relay: { from: WORKING, to: ['relayed'] },
  start: { from: ['assigned', 'relayed'], to: ['in_progress'] },
  escalate: { from: WORKING, to: ['assigned', 'relayed', 'in_progress'] },
  resolve: { from: ['in_progress'], to: ['resolved'] },
  markInvalid: { from: WORKING, to: ['invalid'] },
  followUp: { from: ['resolved'], to: ['followed_up', ...BACK_TO_QUEUE] },
  rate: { from: ['resolved', 'followed_up'], to: ['resolved', 'followed_up', ...BACK_TO_QUEUE] },
  close: { from: ['resolved', 'followed_up'], to: ['closed'] },
  reopen: { from: ['resolved', 'followed_up', 'closed', 'invalid'], to: BACK_TO_QUEUE },
  take: { from: BACK_TO_QUEUE, to: ['assigned'] },
  reply: { from: WORKING, to: WORKING },
  returnToQueue: { from: ['assigned', 'relayed', 'in_progress'], to: ['received'] },
} as const satisfies Record<TicketCommandType, { from: readonly TicketStatus[]; to: readonly TicketStatus[] }>;

export const TICKET_COMMAND_TYPES = Object.keys(TICKET_TRANSITIONS) as TicketCommandType[];

const COMMAND_ACTIONS = {
  assign: 'ticket.assign',
  relay: 'ticket.relay',
  start: 'ticket.start',
  escalate: 'ticket.escalate',
  resolve: 'ticket.resolve',
  markInvalid: 'ticket.markInvalid',
  followUp: 'ticket.followUp',
  close: 'ticket.close',
  reopen: 'ticket.reopen',
  rate: 'ticket.rate',
  take: 'ticket.take',
  reply: 'ticket.reply',
  // Deciding who has a ticket, or that nobody has it yet, is dispatching (派单).
  returnToQueue: 'ticket.assign',
} as const satisfies Record<TicketCommandType, TicketAction>;

/** The permission a command needs; the gateway asks `can()` for it. */
export const requiredAction = (type: TicketCommandType): TicketAction => COMMAND_ACTIONS[type];

/** Satisfaction or stars at or below this send the ticket back to work (回访中发现问题及时整改). */
export const DISSATISFIED_AT_MOST = 2;

export const TEXT_LIMITS = { message: 2000, reason: 500, note: 2000, resolution: 4000, comment: 1000, id: 100 } as const;

type Guard = (ticket: Ticket) => InvalidTransitionError | null;

/** Rules beyond the status, kept beside the table so `availableCommands` and `applyCommand` agree. */
const GUARDS: Partial<Record<TicketCommandType, Guard>> = {
  markInvalid: (t) => (t.kind === 'complaint' ? null : new InvalidTransitionError(t.status, 'markInvalid', 'not_a_complaint', t.kind)),
  close: (t) =>
    t.status === 'resolved' && t.followUpDueAt !== null ? new InvalidTransitionError(t.status, 'close', 'follow_up_owed', t.kind) : null,
  // A relayed ticket may have nobody assigned; it is in the queue already.
  returnToQueue: (t) => (t.assigneeId === null ? new InvalidTransitionError(t.status, 'returnToQueue', 'not_assigned', t.kind) : null),
};

const refusal = (ticket: Ticket, type: TicketCommandType): InvalidTransitionError | null => {
  const from: readonly TicketStatus[] = TICKET_TRANSITIONS[type].from;
  if (!from.includes(ticket.status)) return new InvalidTransitionError(ticket.status, type);
  return GUARDS[type]?.(ticket) ?? null;
};

/** What the ticket's state allows now; the gateway intersects this with the viewer's permissions. */
export const availableCommands = (ticket: Ticket): TicketCommandType[] =>
  TICKET_COMMAND_TYPES.filter((type) => refusal(ticket, type) === null);

const validate = (ticket: Ticket, command: TicketCommand): void => {
  const check = new InputChecker();
  switch (command.type) {
    case 'assign':
      check
        .text('assigneeId', command.assigneeId, { required: true, max: TEXT_LIMITS.id })
        .text('unitId', command.unitId, { max: TEXT_LIMITS.id })
        .oneOf('severity', command.severity, SEVERITIES, false);
      break;
    case 'relay':
      check
        .oneOf('department', command.department, PEER_DEPARTMENTS, command.departmentName === undefined)
        .text('note', command.note, { max: TEXT_LIMITS.note });
      break;
    case 'escalate':
      check
        .text('toStaffId', command.toStaffId, { required: true, max: TEXT_LIMITS.id })
        .text('reason', command.reason, { required: true, max: TEXT_LIMITS.reason });
      break;
    case 'resolve':
      check
        .text('resolution', command.resolution, { required: true, max: TEXT_LIMITS.resolution })
        .date('waterTestAt', command.waterTestAt);
      // A repair category only describes repairs.
      if (ticket.kind === 'repair') check.oneOf('repairCategory', command.repairCategory, REPAIR_CATEGORIES, false);
      else if (command.repairCategory !== undefined) check.add({ field: 'repairCategory', rule: 'invalid_choice' });
      if (command.waterTestAt && command.waterTestAt.getTime() < ticket.receivedAt.getTime()) {
        check.add({ field: 'waterTestAt', rule: 'out_of_range' });
      }
      break;
    case 'markInvalid':
    case 'reopen':
      check.text('reason', command.reason, { required: true, max: TEXT_LIMITS.reason });
      break;
    case 'followUp':
      check
        .integer('satisfaction', command.satisfaction, { min: 1, max: 5, required: true })
        .oneOf('channel', command.channel, FOLLOW_UP_CHANNELS)
        .text('note', command.note, { max: TEXT_LIMITS.note });
      break;
    case 'rate':
      check
        .integer('stars', command.stars, { min: 1, max: 5, required: true })
        .text('comment', command.comment, { max: TEXT_LIMITS.comment });
      break;
    case 'reply':
      check.text('message', command.message, { required: true, max: TEXT_LIMITS.message });
      break;
    case 'start':
    case 'close':
    case 'take':
    case 'returnToQueue':
      break;
  }
  check.check();
};

const trimmed = (text: string | undefined): string | undefined => {
  const t = text?.trim();
  return t ? t : undefined;
};

/** Drops undefined entries so stored event data stays plain JSON. */
const facts = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));

/**
 * Event data is shown to the requester when the event is visible; facts for staff only go
 * under `internal`, which `requesterView` strips.
 */
const withInternal = (data: Record<string, unknown>, internal: Record<string, unknown>): Record<string, unknown> => {
  const inner = facts(internal);
  return Object.keys(inner).length > 0 ? { ...facts(data), internal: inner } : facts(data);
};

type Change = {
  to: TicketStatus;
  patch: Partial<Ticket>;
  event: { type: TicketEventType; data: Record<string, unknown>; visibleToRequester: boolean };
};

/**
 * Who answers for a resolved ticket. The product's own rule: a result is never reported by
 * nobody — resolving a ticket that has no handler makes the resolver its handler, and the
 * resolved event records it. Only a member of staff can take it on.
 */
const resolvingHandler = (ticket: Ticket, ctx: CommandContext): string => {
  if (ticket.assigneeId !== null) return ticket.assigneeId;
  if (ctx.actor.kind === 'staff' && ctx.actor.id) return ctx.actor.id;
  throw new InvalidTransitionError(ticket.status, 'resolve', 'no_handler', ticket.kind);
};

/** The first time the ticket reaches the one its hand-over names stands; later moves do not undo it. */
const handedOver = (ticket: Ticket, handsOver: boolean | undefined, now: Date): Date | null => ticket.handedOverAt ?? (handsOver ? now : null);

const backToQueue = (ticket: Ticket): TicketStatus => (ticket.assigneeId ? 'assigned' : 'received');

/** Whether a deadline was missed: met after it, or still owed when the round ended. */
const missed = (due: Date | null, metAt: Date | null, end: Date): boolean => due !== null && (metAt ?? end).getTime() > due.getTime();

/**
 * The deadlines of the round a reopen ends, and which were missed, kept in the reopen's event
 * (staff only): the ticket's columns take the new round's deadlines, and the timeline is the
 * append-only history the KPIs count the first breach from (the product's own rule).
 */
export const endedRound = (ticket: Ticket, now: Date): Record<string, unknown> => {
  const { handoverBy, replyBy, resolveBy } = ticket.deadlines;
  const breached = [
    missed(handoverBy, ticket.handedOverAt, now) ? 'handover' : null,
    missed(replyBy, ticket.repliedAt, now) ? 'reply' : null,
    missed(resolveBy, ticket.resolvedAt, now) ? 'resolve' : null,
    // A 回访 still owed when the ticket goes back; one made (followed_up) was made before now.
    ticket.status === 'resolved' && missed(ticket.followUpDueAt, null, now) ? 'follow_up' : null,
  ].filter((k) => k !== null);
  return {
    round: ticket.reopenCount,
    handoverBy: handoverBy?.toISOString() ?? null,
    replyBy: replyBy?.toISOString() ?? null,
    resolveBy: resolveBy.toISOString(),
    followUpDueAt: ticket.followUpDueAt?.toISOString() ?? null,
    resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
    breached,
  };
};

/**
 * Back to work: the result and follow-up no longer stand, and the clock restarts from now with
 * the ticket's severity, so a reopened ticket is not born overdue. The ticket counts the reopen
 * (shown as 已退回 on the desk) and the event keeps the ended round (`endedRound`).
 */
const reopening = (ticket: Ticket, ctx: CommandContext): Pick<Change, 'to' | 'patch'> => ({
  to: backToQueue(ticket),
  patch: {
    reopenCount: ticket.reopenCount + 1,
    reopenedAt: ctx.now,
    resolvedAt: null,
    closedAt: null,
    followUpDueAt: null,
    relayedTo: null,
    // The requester is owed a new answer; whoever it was handed over to still has it.
    repliedAt: null,
    deadlines: computeDeadlines({
      kind: ticket.kind,
      policies: ctx.policies,
      severity: ticket.severity,
      receivedAt: ctx.now,
      requestedBy: ticket.requestedBy,
      timeZone: ctx.timeZone ?? MALL_TIME_ZONE,
    }),
  },
});

const change = (ticket: Ticket, command: TicketCommand, ctx: CommandContext): Change => {
  const { now } = ctx;
  switch (command.type) {
    case 'assign': {
      const severity = command.severity ?? ticket.severity;
      const retriaged = severity !== ticket.severity;
      return {
        to: 'assigned',
        patch: {
          assigneeId: command.assigneeId.trim(),
          unitId: trimmed(command.unitId) ?? ticket.unitId,
          relayedTo: null,
          handedOverAt: handedOver(ticket, command.handsOver, now),
          ...(retriaged
            ? {
                severity,
                deadlines: computeDeadlines({
                  kind: ticket.kind,
                  policies: ctx.policies,
                  severity,
                  receivedAt: ticket.receivedAt,
                  requestedBy: ticket.requestedBy,
                  timeZone: ctx.timeZone ?? MALL_TIME_ZONE,
                }),
              }
            : {}),
        },
        event: {
          type: 'assigned',
          data: withInternal({}, { assigneeId: command.assigneeId.trim(), unitId: trimmed(command.unitId), severity: retriaged ? severity : undefined }),
          visibleToRequester: true,
        },
      };
    }
    case 'relay':
      return {
        to: 'relayed',
        patch: { relayedTo: command.department ?? null },
        event: {
          type: 'relayed',
          data: withInternal(
            { department: command.department, departmentName: command.departmentName },
            { note: trimmed(command.note), relayId: command.relayId },
          ),
          visibleToRequester: true,
        },
      };
    case 'start':
      return { to: 'in_progress', patch: {}, event: { type: 'started', data: {}, visibleToRequester: true } };
    case 'escalate': {
      const escalationLevel = ticket.escalationLevel + 1;
      return {
        to: ticket.status === 'received' ? 'assigned' : ticket.status,
        patch: { assigneeId: command.toStaffId.trim(), escalationLevel, handedOverAt: handedOver(ticket, command.handsOver, now) },
        event: {
          type: 'escalated',
          data: { toStaffId: command.toStaffId.trim(), reason: command.reason.trim(), level: escalationLevel },
          visibleToRequester: false,
        },
      };
    }
    case 'resolve': {
      const handlerId = resolvingHandler(ticket, ctx);
      const repairCategory = command.repairCategory ?? ticket.repairCategory ?? (ticket.kind === 'repair' ? 'other' : null);
      const waterTestAt = repairCategory === 'leak' ? command.waterTestAt : undefined;
      return {
        to: 'resolved',
        patch: {
          resolvedAt: now,
          // The reported result answers the requester (投诉接待 (6)② "在当天将投诉处理结果通报投诉住户").
          repliedAt: ticket.repliedAt ?? now,
          assigneeId: handlerId,
          repairCategory,
          followUpDueAt: followUpDueAt({ kind: ticket.kind, repairCategory, resolvedAt: now, waterTestAt }),
        },
        event: {
          type: 'resolved',
          data: withInternal(
            {
              resolution: command.resolution.trim(),
              repairCategory: repairCategory ?? undefined,
              waterTestAt: waterTestAt?.toISOString(),
            },
            ticket.assigneeId === null ? { assigneeId: handlerId, resolverBecameHandler: true } : {},
          ),
          visibleToRequester: true,
        },
      };
    }
    case 'markInvalid':
      return {
        to: 'invalid',
        // Invalid is final until reopened, like closed.
        patch: { closedAt: now },
        event: { type: 'marked_invalid', data: withInternal({}, { reason: command.reason.trim() }), visibleToRequester: true },
      };
    case 'followUp': {
      const dissatisfied = command.satisfaction <= DISSATISFIED_AT_MOST;
      const next = dissatisfied ? reopening(ticket, ctx) : { to: 'followed_up' as const, patch: {} };
      return {
        to: next.to,
        patch: { ...next.patch, satisfaction: command.satisfaction },
        event: {
          type: 'followed_up',
          data: withInternal(
            { satisfaction: command.satisfaction, channel: command.channel, reopened: dissatisfied },
            { note: trimmed(command.note), endedRound: dissatisfied ? endedRound(ticket, now) : undefined },
          ),
          visibleToRequester: true,
        },
      };
    }
    case 'rate': {
      const dissatisfied = command.stars <= DISSATISFIED_AT_MOST;
      const next = dissatisfied ? reopening(ticket, ctx) : { to: ticket.status, patch: {} };
      return {
        to: next.to,
        // The requester's own word is the satisfaction on record.
        patch: { ...next.patch, satisfaction: command.stars },
        event: {
          type: 'rated',
          // A dissatisfied requester is the supervisor's to hear about (投诉监管): the timeline says so.
          data: withInternal(
            {
              stars: command.stars,
              comment: trimmed(command.comment),
              reopened: dissatisfied,
              notified: dissatisfied ? 'supervisor' : undefined,
            },
            { endedRound: dissatisfied ? endedRound(ticket, ctx.now) : undefined },
          ),
          visibleToRequester: true,
        },
      };
    }
    case 'close':
      return { to: 'closed', patch: { closedAt: now }, event: { type: 'closed', data: {}, visibleToRequester: true } };
    case 'reply':
      return {
        to: ticket.status,
        patch: { repliedAt: ticket.repliedAt ?? now },
        event: { type: 'replied', data: { message: command.message.trim() }, visibleToRequester: true },
      };
    case 'take': {
      // Only a member of staff takes a ticket on; the requester and the system never do.
      if (ctx.actor.kind !== 'staff' || !ctx.actor.id) throw new InvalidTransitionError(ticket.status, 'take', 'no_handler', ticket.kind);
      return {
        to: 'assigned',
        patch: { assigneeId: ctx.actor.id, relayedTo: null, handedOverAt: handedOver(ticket, command.handsOver, ctx.now) },
        event: { type: 'assigned', data: withInternal({}, { assigneeId: ctx.actor.id, taken: true }), visibleToRequester: true },
      };
    }
    case 'returnToQueue':
      return {
        to: 'received',
        // A relay the handler made stays with the relays context; the ticket is nobody's to chase until taken.
        patch: { assigneeId: null, relayedTo: null },
        event: { type: 'returned_to_queue', data: withInternal({}, { previousAssigneeId: ticket.assigneeId }), visibleToRequester: false },
      };
    case 'reopen': {
      const next = reopening(ticket, ctx);
      return {
        ...next,
        event: { type: 'reopened', data: withInternal({}, { reason: command.reason.trim(), endedRound: endedRound(ticket, now) }), visibleToRequester: true },
      };
    }
  }
};

/**
 * Applies one command: returns the next ticket (version + 1) and its timeline event, or throws
 * InvalidTransitionError (the state refuses it) or ValidationError (the input is wrong).
 */
export const applyCommand = (ticket: Ticket, command: TicketCommand, ctx: CommandContext): { ticket: Ticket; event: NewTicketEvent } => {
  const refused = refusal(ticket, command.type);
  if (refused) throw refused;
  validate(ticket, command);
  const { to, patch, event } = change(ticket, command, ctx);
  // Staff who act on a ticket have seen it (isNewToStaff); the first look stands.
  const firstSeenByStaffAt = ticket.firstSeenByStaffAt ?? (ctx.actor.kind === 'staff' ? ctx.now : null);
  return {
    ticket: { ...ticket, ...patch, status: to, firstSeenByStaffAt, version: ticket.version + 1, updatedAt: ctx.now },
    event: {
      siteId: ticket.siteId,
      ticketId: ticket.id,
      at: ctx.now,
      actorKind: ctx.actor.kind,
      actorId: ctx.actor.id,
      type: event.type,
      fromStatus: ticket.status,
      toStatus: to,
      data: event.data,
      visibleToRequester: event.visibleToRequester,
    },
  };
};
