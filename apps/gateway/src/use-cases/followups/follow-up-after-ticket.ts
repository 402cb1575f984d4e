import { randomUUID } from 'node:crypto';
import type { Queryable } from '@kefu/db/engine';
import { findFollowUpPolicy, findOwedFollowUpOfTicket, insertFollowUp, updateFollowUp } from '@kefu/db/followups';
import { followUpAfterTicket } from '@kefu/domain/followups';
import type { OrgChart } from '@kefu/domain/org';
import { StaleVersionError } from '@kefu/domain/shared';
import type { NewTicketEvent, Ticket } from '@kefu/domain/tickets';

/**
 * Keeps the 回访 queue in step with a ticket, in the transaction that writes the ticket: the
 * domain (`followUpAfterTicket`) says whether a follow-up opens, is reached or is withdrawn.
 */
export async function followUpAfterTicketChange(tx: Queryable, ticket: Ticket, event: NewTicketEvent, ctx: { now: Date; chart: OrgChart | null }): Promise<void> {
  const owed = await findOwedFollowUpOfTicket(tx, ticket.siteId, ticket.id);
  if (!owed && (ticket.status !== 'resolved' || ticket.followUpDueAt === null)) return;
  const policy = owed ? null : await findFollowUpPolicy(tx, ticket.siteId);
  const change = followUpAfterTicket(owed, ticket, event, { id: randomUUID(), now: ctx.now, policy, chart: ctx.chart });
  if (change?.kind === 'open') await insertFollowUp(tx, change.followUp);
  if (change?.kind === 'update') {
    const saved = await updateFollowUp(tx, change.followUp, owed!.version, change.storedAttempts);
    if (!saved) throw new StaleVersionError('FollowUp', owed!.id, owed!.version);
  }
}
