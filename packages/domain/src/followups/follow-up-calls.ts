import { positionsHeldBy } from '../org/assignments.js';
import type { OrgChart } from '../org/org-chart.js';
import { InputChecker } from '../shared/validation.js';
import { DISSATISFIED_AT_MOST, type FollowUpChannel, type TicketCommand } from '../tickets/ticket-state-machine.js';
import type { Ticket } from '../tickets/ticket.js';
import { FollowUpRefusedError } from './follow-up.errors.js';
import { DEFAULT_FOLLOW_UP_POLICY, type FollowUpPolicy } from './follow-up-policy.js';
import { REACHED_OUTCOMES, type CallAttempt, type FollowUp, type ReachedOutcome } from './follow-up.js';

/**
 * Failed attempts before the supervisor decides (close without reaching the requester, or assign
 * the call again). The seeds set no number; three is the product's own rule.
 */
export const MAX_FAILED_ATTEMPTS = 3;

export const FOLLOW_UP_LIMITS = { note: 1000, id: 100 } as const;

export type OpenFollowUpContext = { id: string; now: Date; policy?: FollowUpPolicy | null; chart?: OrgChart | null };

/**
 * The queue a follow-up sits in: its ticket's unit, or — for a ticket in no unit's queue — the
 * unit of the handler's position, so the handler's desk calls it (the product's own rule).
 */
const queueOf = (ticket: Ticket, ctx: OpenFollowUpContext): string | null =>
  ticket.unitId ?? (ctx.chart && ticket.assigneeId ? (positionsHeldBy(ctx.chart, ticket.assigneeId, ctx.now)[0]?.unitId ?? null) : null);

/**
 * The follow-up a ticket owes now that it is resolved, or null when it owes none: the tickets
 * context says which do (only repairs, `001_…` 走回访 (1) "对维修服务回访处理率达100%"). After a
 * reopen the site's policy may want a caller other than the handler.
 */
export function openFollowUp(ticket: Ticket, ctx: OpenFollowUpContext): FollowUp | null {
  if (ticket.status !== 'resolved' || ticket.followUpDueAt === null) return null;
  const policy = ctx.policy ?? DEFAULT_FOLLOW_UP_POLICY;
  return {
    id: ctx.id,
    siteId: ticket.siteId,
    ticketId: ticket.id,
    unitId: queueOf(ticket, ctx),
    handlerId: ticket.assigneeId,
    callerId: null,
    callerMustNotBeHandler: policy.otherCallerAfterReopen && ticket.reopenCount > 0,
    round: ticket.reopenCount,
    dueAt: ticket.followUpDueAt,
    openedAt: ctx.now,
    status: 'open',
    failedAttempts: 0,
    nextCallAt: null,
    attempts: [],
    outcome: null,
    doneAt: null,
    version: 1,
  };
}

/** Who may make this follow-up's call: anyone, unless the policy keeps the handler out. */
export const mayCall = (followUp: Pick<FollowUp, 'callerMustNotBeHandler' | 'handlerId'>, staffId: string): boolean =>
  !(followUp.callerMustNotBeHandler && followUp.handlerId === staffId);

export type CallContext = { now: Date; callerId: string };

const refuseUnlessOpenFor = (followUp: FollowUp, callerId: string): void => {
  if (followUp.status !== 'open') throw new FollowUpRefusedError(followUp.status, 'not_open');
  if (!mayCall(followUp, callerId)) throw new FollowUpRefusedError(followUp.status, 'handler_may_not_call');
};

const noteOf = (note: string | undefined | null): string | null => note?.trim() || null;

export type FailedCallInput = { retryAt?: Date | null; note?: string | null };

/**
 * A call that reached nobody. Until the last allowed attempt it needs a retry time after now;
 * the last one hands the follow-up to the supervisor (awaiting_decision) and takes no retry time.
 * The caller becomes the follow-up's caller ("mine").
 */
export function recordFailedCall(followUp: FollowUp, input: FailedCallInput, ctx: CallContext): FollowUp {
  refuseUnlessOpenFor(followUp, ctx.callerId);
  const failedAttempts = followUp.failedAttempts + 1;
  const last = failedAttempts >= MAX_FAILED_ATTEMPTS;
  const checker = new InputChecker().text('note', input.note ?? undefined, { max: FOLLOW_UP_LIMITS.note });
  if (!last) {
    checker.date('retryAt', input.retryAt ?? undefined, true);
    if (input.retryAt && input.retryAt.getTime() <= ctx.now.getTime()) checker.add({ field: 'retryAt', rule: 'out_of_range' });
  }
  checker.check();
  const retryAt = last ? null : (input.retryAt ?? null);
  const attempt: CallAttempt = { at: ctx.now, callerId: ctx.callerId, result: 'failed', retryAt, outcome: null, satisfaction: null, note: noteOf(input.note) };
  return {
    ...followUp,
    callerId: ctx.callerId,
    status: last ? 'awaiting_decision' : 'open',
    failedAttempts,
    nextCallAt: retryAt,
    attempts: [...followUp.attempts, attempt],
    version: followUp.version + 1,
  };
}

export type ReachedCallInput = { outcome: ReachedOutcome; satisfaction: number; note?: string | null; channel?: FollowUpChannel };

/**
 * A call that reached the requester: the follow-up is done, and the ticket takes the tickets
 * context's `followUp` command, which sends it back to its handler when the satisfaction is 2 or
 * less. The outcome and the satisfaction must agree: "not fixed" is a dissatisfied answer and
 * "satisfied" is not (`003_…`: the caller "verifies the requester is satisfied before closing").
 */
export function recordReachedCall(followUp: FollowUp, input: ReachedCallInput, ctx: CallContext): { followUp: FollowUp; command: TicketCommand } {
  refuseUnlessOpenFor(followUp, ctx.callerId);
  const checker = new InputChecker()
    .oneOf('outcome', input.outcome, REACHED_OUTCOMES)
    .integer('satisfaction', input.satisfaction, { min: 1, max: 5, required: true })
    .text('note', input.note ?? undefined, { max: FOLLOW_UP_LIMITS.note });
  const dissatisfied = input.satisfaction <= DISSATISFIED_AT_MOST;
  if (Number.isInteger(input.satisfaction) && REACHED_OUTCOMES.includes(input.outcome) && dissatisfied !== (input.outcome === 'not_fixed')) {
    checker.add({ field: 'satisfaction', rule: 'out_of_range' });
  }
  checker.check();
  const note = noteOf(input.note);
  const attempt: CallAttempt = { at: ctx.now, callerId: ctx.callerId, result: 'reached', retryAt: null, outcome: input.outcome, satisfaction: input.satisfaction, note };
  return {
    followUp: {
      ...followUp,
      callerId: ctx.callerId,
      status: 'done',
      nextCallAt: null,
      attempts: [...followUp.attempts, attempt],
      outcome: input.outcome,
      doneAt: ctx.now,
      version: followUp.version + 1,
    },
    command: { type: 'followUp', satisfaction: input.satisfaction, channel: input.channel ?? 'phone', note: note ?? undefined },
  };
}

/** The supervisor's decision once the attempts are used up. */
export type UnreachedDecision = { kind: 'close' } | { kind: 'reassign'; callerId: string };

/**
 * Close without reaching the requester (counted as handled, not as reached), or assign the call
 * again — to the same caller or another — with a fresh set of attempts.
 */
export function decideUnreached(followUp: FollowUp, decision: UnreachedDecision, ctx: { now: Date }): FollowUp {
  if (followUp.status !== 'awaiting_decision') throw new FollowUpRefusedError(followUp.status, 'not_awaiting_decision');
  if (decision.kind === 'close') {
    return { ...followUp, status: 'done', outcome: 'unreached', doneAt: ctx.now, nextCallAt: null, version: followUp.version + 1 };
  }
  new InputChecker().text('callerId', decision.callerId, { required: true, max: FOLLOW_UP_LIMITS.id }).check();
  if (!mayCall(followUp, decision.callerId)) throw new FollowUpRefusedError(followUp.status, 'handler_may_not_call');
  return { ...followUp, status: 'open', callerId: decision.callerId.trim(), failedAttempts: 0, nextCallAt: ctx.now, version: followUp.version + 1 };
}

/**
 * A follow-up still owed when its ticket leaves `resolved` by another way (a portal rating of 2
 * or less, a reopen) is withdrawn: the ticket is back at work, and its next resolution owes a new one.
 */
export function withdrawFollowUp(followUp: FollowUp, now: Date): FollowUp {
  if (followUp.status === 'done') return followUp;
  return { ...followUp, status: 'done', outcome: 'withdrawn', doneAt: now, nextCallAt: null, version: followUp.version + 1 };
}

/** What a ticket's change means for its follow-up: one to open, or the owed one as it now stands. */
export type FollowUpChange = { kind: 'open'; followUp: FollowUp } | { kind: 'update'; followUp: FollowUp; storedAttempts: number } | null;

/**
 * Keeps the 回访 queue in step with a ticket's own life cycle, whichever way the ticket moved
 * (the queue, the desk's 回访 command, a portal rating, a reopen):
 * - resolved and owing a 回访, with none owed yet: a follow-up opens;
 * - a follow-up owed and the ticket followed up (`followed_up` event, by staff): the call was
 *   reached, its outcome read from the satisfaction, under the same rules as the queue's call
 *   (a handler kept out by the policy is refused here too);
 * - a follow-up owed and the ticket back at work any other way: withdrawn.
 */
export function followUpAfterTicket(
  owed: FollowUp | null,
  ticket: Ticket,
  event: { type: string; actorKind: string; actorId: string | null; data: Record<string, unknown> },
  ctx: OpenFollowUpContext,
): FollowUpChange {
  if (!owed) {
    const opened = openFollowUp(ticket, ctx);
    return opened ? { kind: 'open', followUp: opened } : null;
  }
  if (ticket.status === 'resolved') return null;
  const storedAttempts = owed.attempts.length;
  const satisfaction = event.data.satisfaction;
  if (event.type === 'followed_up' && event.actorKind === 'staff' && event.actorId && typeof satisfaction === 'number') {
    const internal = (event.data.internal as Record<string, unknown> | undefined) ?? {};
    const channel = event.data.channel === 'on_site' ? 'on_site' : 'phone';
    const { followUp } = recordReachedCall(
      owed,
      {
        outcome: satisfaction <= DISSATISFIED_AT_MOST ? 'not_fixed' : 'satisfied',
        satisfaction,
        note: typeof internal.note === 'string' ? internal.note : null,
        channel,
      },
      { now: ctx.now, callerId: event.actorId },
    );
    return { kind: 'update', followUp, storedAttempts };
  }
  return { kind: 'update', followUp: withdrawFollowUp(owed, ctx.now), storedAttempts };
}

/**
 * A follow-up whose caller leaves their position goes to the one taking their work over (the
 * product's own rule); when that one handled the ticket and may not call it, it goes back to the
 * pool (no caller) for anyone else who may. `null` — the leaver's work goes back to the unit's
 * queue — puts it in the pool of its unit's 回访 queue (`unitId`), its attempts and due date as
 * they were, for whoever may call it there.
 */
export function handOverCall(followUp: FollowUp, toStaffId: string | null): FollowUp {
  if (followUp.status === 'done') return followUp;
  return { ...followUp, callerId: toStaffId !== null && mayCall(followUp, toStaffId) ? toStaffId : null, version: followUp.version + 1 };
}
