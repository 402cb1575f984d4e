import { appendTicketEvent, findTicketById, findTicketPolicies, updateTicket } from '@kefu/db/tickets';
import type { Queryable } from '@kefu/db/engine';
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
  // Everything is read before the transaction opens: an embedded engine has one connection.
  const planned = await planTransition(uc, uc.db, ticket, command);
  const { saved, told } = await uc.db.transaction((tx) => storeTransition(uc, tx, planned));
  publishTicketUpdated(uc, saved);
  publishNotifications(uc.pubsub, told);
  return saved;
}

type PlannedNotifications = ReturnType<typeof planNotifications>;
type PlannedTransition = { ticket: Ticket; notify: PlannedNotifications; chart: Awaited<ReturnType<UseCaseContext['orgCharts']['get']>> };

/** What a transition wrote: the ticket as stored, and the notifications to publish once it commits. */
export type WrittenTransition = { saved: Ticket; told: Awaited<ReturnType<PlannedNotifications['write']>> };

/**
 * The transition's checks and writes inside a transaction the caller holds (an org change that
 * hands a leaver's tickets over writes them with its own); the caller publishes after it commits.
 * The viewer's access and the new assignee's record must already be loaded (the request's loaders
 * read outside the transaction).
 */
export async function writeTransition(
  uc: UseCaseContext,
  tx: Queryable,
  ticket: Ticket,
  command: TicketCommand | ((ticket: Ticket) => TicketCommand),
): Promise<WrittenTransition> {
  return storeTransition(uc, tx, await planTransition(uc, tx, ticket, command));
}

async function planTransition(
  uc: UseCaseContext,
  q: Queryable,
  ticket: Ticket,
  command: TicketCommand | ((ticket: Ticket) => TicketCommand),
): Promise<PlannedTransition> {
  const { siteId } = uc.principal;
  const access = await uc.access();
  const actor = ticketActor(uc.principal);
  // Whether it now reaches the one its hand-over names (the director for a major complaint) is the org's to say.
  const chosen = withHandover(typeof command === 'function' ? command(ticket) : command, ticket, actor.kind === 'staff' ? actor.id : null, access.chart, uc.now);
  if (!access.can(requiredAction(chosen.type), ticketResource(ticket))) throw new ForbiddenError(requiredAction(chosen.type));
  // A reopen or a re-triage sets fresh deadlines by the site's policy for the kind.
  const policies = chosen.type === 'reopen' || chosen.type === 'assign' ? await findTicketPolicies(q, siteId) : null;
  const { ticket: next, event } = applyCommand(ticket, chosen, { now: uc.now, actor, policies });
  await checkReferences(uc, next, ticket);
  const chart = await uc.orgCharts.get(q, siteId);
  return { ticket: next, notify: planNotifications(chart, next, event, uc.now), chart };
}

async function storeTransition(uc: UseCaseContext, tx: Queryable, { ticket, notify, chart }: PlannedTransition): Promise<WrittenTransition> {
  // The version the command was checked against: one that moved since is refused by the store.
  const stored = await updateTicket(tx, ticket, ticket.version - 1);
  await appendTicketEvent(tx, notify.event);
  // The 回访 queue follows the ticket: a follow-up opens on a resolved repair, ends when it is followed up or sent back.
  await followUpAfterTicketChange(tx, stored, notify.event, { now: uc.now, chart });
  return { saved: stored, told: await notify.write(tx) };
}
