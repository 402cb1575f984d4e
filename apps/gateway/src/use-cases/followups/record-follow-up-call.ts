import { findFollowUpById, updateFollowUp } from '@kefu/db/followups';
import { findTicketById } from '@kefu/db/tickets';
import { followUpResource, recordFailedCall, recordReachedCall, type FollowUp, type ReachedOutcome } from '@kefu/domain/followups';
import { ForbiddenError, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import type { FollowUpChannel } from '@kefu/domain/tickets';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { transitionTicket } from '../tickets/transition-ticket.js';

export type FollowUpTarget = { followUpId: string; expectedVersion: number };

export type FollowUpCallInput =
  | { result: 'failed'; retryAt?: Date | null; note?: string | null }
  | { result: 'reached'; outcome: ReachedOutcome; satisfaction: number; note?: string | null; channel?: FollowUpChannel };

/** The follow-up the viewer may see, at the version the client read; NOT_FOUND for a foreign or missing one. */
export async function followUpToWork(uc: UseCaseContext, { followUpId, expectedVersion }: FollowUpTarget, action: 'followup.call' | 'followup.decide'): Promise<FollowUp> {
  const { siteId } = asStaff(uc).principal;
  const access = await uc.access();
  const followUp = await findFollowUpById(uc.db, siteId, followUpId);
  if (!followUp || !access.can('followup.view', followUpResource(followUp))) throw new NotFoundError('FollowUp', followUpId);
  if (!access.can(action, followUpResource(followUp))) throw new ForbiddenError(action);
  if (followUp.version !== expectedVersion) throw new StaleVersionError('FollowUp', followUpId, expectedVersion);
  return followUp;
}

/**
 * Records one 回访 call. A failed one is written with its retry time (after the third, the
 * supervisor decides). A reached one is checked by the domain, then the ticket takes its
 * `followUp` command through the tickets context — which closes this follow-up in the same
 * transaction (followUpAfterTicketChange), sends a "not fixed" ticket back to its handler and
 * tells the handler's supervisor (notifications).
 */
export async function recordFollowUpCall(uc: UseCaseContext, target: FollowUpTarget, input: FollowUpCallInput): Promise<FollowUp> {
  const staff = asStaff(uc);
  const followUp = await followUpToWork(uc, target, 'followup.call');
  const call = { now: uc.now, callerId: staff.principal.staffId };
  if (input.result === 'failed') {
    const next = recordFailedCall(followUp, input, call);
    const saved = await uc.db.transaction((tx) => updateFollowUp(tx, next, followUp.version, followUp.attempts.length));
    if (!saved) throw new StaleVersionError('FollowUp', followUp.id, followUp.version);
    return saved;
  }
  const { command } = recordReachedCall(followUp, input, call);
  const ticket = await findTicketById(uc.db, followUp.siteId, followUp.ticketId);
  if (!ticket) throw new NotFoundError('FollowUp', followUp.id);
  await transitionTicket(uc, { ticketId: ticket.id, expectedVersion: ticket.version }, command);
  return (await findFollowUpById(uc.db, followUp.siteId, followUp.id))!;
}
