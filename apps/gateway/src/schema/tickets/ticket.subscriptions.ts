import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource, type Ticket } from '@kefu/domain/tickets';
import { findTicketById } from '@kefu/db/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';
import { MyRequestRef } from './my-request.js';
import { TicketRef } from './ticket.js';

type TicketUpdateShape = { ticket: Ticket };

/** May the viewer follow this ticket? Staff within scope; a requester only their own. */
async function mayFollow(ctx: GatewayContext, ticket: Ticket): Promise<boolean> {
  return (await ctx.access()).can('ticket.view', ticketResource(ticket));
}

const TicketUpdateRef = builder.objectRef<TicketUpdateShape>('TicketUpdate').implement({
  description: 'A ticket changed. Staff read `ticket`, requesters read `request`.',
  authScopes: async (update, ctx) => mayFollow(ctx, update.ticket),
  fields: (t) => ({
    version: t.int({ description: 'The ticket’s version after the change.', resolve: (u) => u.ticket.version }),
    ticket: t.field({ type: TicketRef, nullable: true, description: 'The ticket as staff see it (staff only).', authScopes: { staff: true }, resolve: (u) => u.ticket }),
    request: t.field({ type: MyRequestRef, nullable: true, description: 'The ticket as its requester sees it (requesters only).', authScopes: { requester: true }, resolve: (u) => u.ticket }),
  }),
});

builder.subscriptionField('ticketUpdated', (t) =>
  t.field({
    type: TicketUpdateRef,
    description: 'Live changes of one ticket the viewer may see (server-sent events): staff within their scope, a requester only their own. Any other id is NOT_FOUND.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The global id of a Ticket or a MyRequest.' }) },
    subscribe: async (_root, { id }, ctx) => {
      const { siteId } = signedIn(ctx);
      const decoded = safeDecode(id);
      const ticket = decoded && ['Ticket', 'MyRequest'].includes(decoded.typename) ? await findTicketById(ctx.db, siteId, decoded.id) : null;
      if (!ticket || !(await mayFollow(ctx, ticket))) throw new NotFoundError('Ticket', id);
      return ctx.services.pubsub.subscribe('ticketUpdated', ticket.id);
    },
    resolve: async (payload, _args, ctx) => {
      const { siteId, loaders } = signedIn(ctx);
      // One context serves the whole subscription: what an earlier event loaded is stale now.
      for (const loader of [loaders.tickets, loaders.timelines, loaders.requesterTimelines]) loader.clear(payload.ticketId);
      const ticket = await findTicketById(ctx.db, siteId, payload.ticketId);
      if (!ticket) throw new NotFoundError('Ticket', payload.ticketId);
      return { ticket };
    },
  }),
);

function safeDecode(id: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(id);
  } catch {
    return null;
  }
}
