import { listTickets } from '@kefu/db/tickets';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import type { Ticket } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { recordIdOrNotFound } from '../common/record-id.js';
import { signedInRequester } from '../common/request-scope.js';
import { MyRequestRef, ownsTicket } from './my-request.js';

builder.queryField('myRequests', (t) =>
  t.connection({
    type: MyRequestRef,
    description: "The viewer's own requests, newest first (20 a page by default). Requesters only.",
    authScopes: { requester: true },
    resolve: async (_root, args, ctx) => {
      const { siteId, principal } = signedInRequester(ctx);
      forwardPagingOnly(args);
      new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
      const first = args.first ?? 20;
      const page = await listTickets(ctx.db, {
        siteId,
        visibility: { kind: 'requester', requesterId: principal.requesterId },
        filter: { now: ctx.now },
        order: 'newest',
        first,
        after: args.after ?? null,
      });
      return toConnection<Ticket>(page, args.after);
    },
  }, { name: 'MyRequestConnection' }, { name: 'MyRequestEdge' }),
);

builder.queryField('myRequest', (t) =>
  t.field({
    type: MyRequestRef,
    description: "One of the viewer's own requests; NOT_FOUND for any other id. Requesters only.",
    authScopes: { requester: true },
    args: { id: t.arg.id({ required: true, description: 'The request’s global id; a malformed one is NOT_FOUND like a missing one.' }) },
    resolve: async (_root, args, ctx) => {
      const id = recordIdOrNotFound(String(args.id), 'MyRequest');
      const ticket = await signedInRequester(ctx).loaders.tickets.load(id);
      if (!ticket || !ownsTicket(ctx, ticket)) throw new NotFoundError('Ticket', id);
      return ticket;
    },
  }),
);
