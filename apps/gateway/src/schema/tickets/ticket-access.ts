import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource, type Ticket } from '@kefu/domain/tickets';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';

/** Staff may see the ticket under the domain's rules. */
export async function staffMaySee(ctx: GatewayContext, ticket: Ticket): Promise<boolean> {
  if (ctx.viewer.principal.kind !== 'staff') return false;
  return (await ctx.access()).can('ticket.view', ticketResource(ticket));
}

/** Loads a ticket the viewer may see; any other id answers exactly like one that does not exist. */
export async function loadVisibleTicket(ctx: GatewayContext, id: string): Promise<Ticket> {
  const { loaders } = signedIn(ctx);
  const ticket = await loaders.tickets.load(id);
  if (!ticket || !(await (await ctx.access()).can('ticket.view', ticketResource(ticket)))) throw new NotFoundError('Ticket', id);
  return ticket;
}
