import { InputChecker } from '../shared/validation.js';
import { applyCommand, TEXT_LIMITS, type CommandContext, type NewTicketEvent } from './ticket-state-machine.js';
import type { Ticket } from './ticket.js';

/**
 * The deadlines the escalation sweep watches, as `sla.ts` sets them: the hand-over to the
 * supervisor or director, the reply to the requester, the resolution (`001_…` 投诉接待 (5)), and
 * the 回访 (`001_…` 走回访 (1)).
 */
export const DEADLINE_KINDS = ['handover', 'reply', 'resolve', 'follow_up'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The deadlines' names as the timeline's note gives them, Chinese first (the product's own words). */
const DEADLINE_WORDS: Record<DeadlineKind, { zh: string; en: string }> = {
  handover: { zh: '呈送时限', en: 'hand-over' },
  reply: { zh: '答复时限', en: 'reply' },
  resolve: { zh: '处理时限', en: 'resolution' },
  follow_up: { zh: '回访时限', en: 'follow-up' },
};

/** The note an automatic escalation carries: stored once, read by staff in either language. */
export const breachNote = (breaches: readonly DeadlineBreach[]): string =>
  `超时自动上报：${breaches.map((b) => DEADLINE_WORDS[b.kind].zh).join('、')} / Escalated automatically: ${breaches
    .map((b) => DEADLINE_WORDS[b.kind].en)
    .join(', ')} deadline passed`;

/** One deadline that has passed: which one, and the instant it fell due (a reopened ticket gets new ones). */
export type DeadlineBreach = { kind: DeadlineKind; dueAt: Date };

type BreachFacts = Pick<Ticket, 'status' | 'deadlines' | 'followUpDueAt' | 'handedOverAt' | 'repliedAt'>;

/**
 * The deadlines owed in the ticket's current status that have passed at `now`, as `nextDeadline`
 * counts them: the hand-over until the one it names has the ticket (`handedOverAt`), the reply
 * until the requester is answered (`repliedAt`), the resolution while open, the 回访 once
 * resolved. A deadline is inclusive: one due exactly now is not yet breached.
 */
export const breachedDeadlines = (ticket: BreachFacts, now: Date): DeadlineBreach[] => {
  const { status, deadlines } = ticket;
  const owed: [DeadlineKind, Date | null][] = [];
  switch (status) {
    case 'received':
    case 'assigned':
    case 'relayed':
    case 'in_progress':
      owed.push(
        ['handover', ticket.handedOverAt === null ? deadlines.handoverBy : null],
        ['reply', ticket.repliedAt === null ? deadlines.replyBy : null],
        ['resolve', deadlines.resolveBy],
      );
      break;
    case 'resolved':
      owed.push(['follow_up', ticket.followUpDueAt]);
      break;
    case 'followed_up':
    case 'closed':
    case 'invalid':
      break;
  }
  return owed
    .filter((entry): entry is [DeadlineKind, Date] => entry[1] !== null && entry[1].getTime() < now.getTime())
    .map(([kind, dueAt]) => ({ kind, dueAt }));
};

/**
 * One automatic escalation for the breaches of one ticket found in one sweep: a single step up
 * the reporting line to `toStaffId` (chosen by `escalationTarget` in the org context), so two
 * deadlines passing together do not send the ticket two levels at once. The timeline records
 * which deadlines were breached and when they fell due; the system is the actor.
 *
 * While the ticket is open this is the 上报 command (the holder up the line takes it). A resolved
 * ticket whose 回访 is overdue stays with its handler: the escalation is recorded and the level
 * raised, and the person above is told (the product's own rule — the seed asks for the 回访 to be
 * made, not for the handler to change).
 */
export const escalateBreaches = (
  ticket: Ticket,
  breaches: readonly DeadlineBreach[],
  toStaffId: string,
  ctx: CommandContext,
): { ticket: Ticket; event: NewTicketEvent } => {
  if (breaches.length === 0) throw new Error('escalateBreaches: no breach to escalate');
  new InputChecker().text('toStaffId', toStaffId, { required: true, max: TEXT_LIMITS.id }).check();
  const deadlines = breaches.map((b) => ({ kind: b.kind, dueAt: b.dueAt.toISOString() }));
  const reason = breachNote(breaches);
  if (ticket.status === 'resolved') {
    const level = ticket.escalationLevel + 1;
    return {
      ticket: { ...ticket, escalationLevel: level, version: ticket.version + 1, updatedAt: ctx.now },
      event: {
        siteId: ticket.siteId,
        ticketId: ticket.id,
        at: ctx.now,
        actorKind: ctx.actor.kind,
        actorId: ctx.actor.id,
        type: 'escalated',
        fromStatus: ticket.status,
        toStatus: ticket.status,
        data: { toStaffId, reason, level, automatic: true, deadlines },
        visibleToRequester: false,
      },
    };
  }
  const done = applyCommand(ticket, { type: 'escalate', toStaffId, reason }, ctx);
  return { ticket: done.ticket, event: { ...done.event, data: { ...done.event.data, automatic: true, deadlines } } };
};
