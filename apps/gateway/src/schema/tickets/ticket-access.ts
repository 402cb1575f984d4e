import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource, type Ticket } from '@kefu/domain/tickets';
import { loadedAccess } from '../../access/access.js';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';

/** Staff may see the ticket under the domain's rules; answered without a promise once access has loaded. */
export function staffMaySee(ctx: GatewayContext, ticket: Ticket): boolean | Promise<boolean> {
  if (ctx.viewer.principal.kind !== 'staff') return false;
  const access = loadedAccess(ctx);
  if (access) return access.can('ticket.view', ticketResource(ticket));
  return ctx.access().then((loaded) => loaded.can('ticket.view', ticketResource(ticket)));
}

/**
 * Loads a ticket as staff see it. Any id the viewer may not see — another team's, another
 * site's, or any id at all for a requester, who reads their own as MyRequest — answers exactly
 * like an id that does not exist.
 */
export async function loadVisibleTicket(ctx: GatewayContext, id: string): Promise<Ticket> {
  const { loaders } = signedIn(ctx);
  const ticket = ctx.viewer.principal.kind === 'staff' ? await loaders.tickets.load(id) : null;
  if (!ticket || !(await staffMaySee(ctx, ticket))) throw new NotFoundError('Ticket', id);
  return ticket;
}
