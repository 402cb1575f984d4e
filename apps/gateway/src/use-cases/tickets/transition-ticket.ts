import { appendTicketEvent, findTicketById, findTicketPolicies, updateTicket } from '@kefu/db/tickets';
import { ForbiddenError, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { applyCommand, requiredAction, ticketResource, withHandover, type Ticket, type TicketCommand } from '@kefu/domain/tickets';
import { followUpAfterTicketChange } from '../followups/follow-up-after-ticket.js';
import { planNotifications, publishNotifications } from '../notifications/notify-ticket-event.js';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { publishTicketUpdated } from './publish-ticket-updated.js';
import { checkReferences } from './ticket-references.js';
import { ticketActor } from './ticket-actor.js';

/** The ticket a command is for, and the version the client saw. */
export type TicketTarget = { ticketId: string; expectedVersion: number };

/**
 * Applies one life-cycle command: the domain checks the transition, the permission rules check
 * the viewer, the store checks the version. The new state and its timeline event are written in
 * one transaction; subscribers are told afterwards. A command that depends on the ticket
 * (an escalation's target) is given as a function of it.
 */
export async function transitionTicket(
  uc: UseCaseContext,
  { ticketId, expectedVersion }: TicketTarget,
  command: TicketCommand | ((ticket: Ticket) => TicketCommand),
): Promise<Ticket> {
  const { siteId } = uc.principal;
  const access = await uc.access();
  const ticket = await findTicketById(uc.db, siteId, ticketId);
  if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
  if (ticket.version !== expectedVersion) throw new StaleVersionError('Ticket', ticketId, expectedVersion);
  const actor = ticketActor(uc.principal);
  // Whether it now reaches the one its hand-over names (the director for a major complaint) is the org's to say.
  const chosen = withHandover(typeof command === 'function' ? command(ticket) : command, ticket, actor.kind === 'staff' ? actor.id : null, access.chart, uc.now);
  if (!access.can(requiredAction(chosen.type), ticketResource(ticket))) throw new ForbiddenError(requiredAction(chosen.type));
  // A reopen or a re-triage sets fresh deadlines by the site's policy for the kind.
  const policies = chosen.type === 'reopen' || chosen.type === 'assign' ? await findTicketPolicies(uc.db, siteId) : null;
  const { ticket: next, event } = applyCommand(ticket, chosen, { now: uc.now, actor, policies });
  await checkReferences(uc, next, ticket);
  const chart = await uc.orgCharts.get(uc.db, siteId);
  const notify = planNotifications(chart, next, event, uc.now);
  const [saved, told] = await uc.db.transaction(async (tx) => {
    const stored = await updateTicket(tx, next, expectedVersion);
    await appendTicketEvent(tx, notify.event);
    // The 回访 queue follows the ticket: a follow-up opens on a resolved repair, ends when it is followed up or sent back.
    await followUpAfterTicketChange(tx, stored, notify.event, { now: uc.now, chart });
    return [stored, await notify.write(tx)] as const;
  });
  publishTicketUpdated(uc, saved);
  publishNotifications(uc.pubsub, told);
  return saved;
}
