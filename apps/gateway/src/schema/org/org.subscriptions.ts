import { filter, pipe } from 'graphql-yoga';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';

builder.subscriptionField('orgChanged', (t) =>
  t.field({
    type: 'Boolean',
    description:
      'Fires (true) whenever the org of the viewer’s site changes — a grant, a position, a reporting line, an assignment — on any gateway replica: an open app reads the viewer’s actions and the chart again. Staff only.',
    authScopes: { staff: true },
    subscribe: (_root, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      return pipe(
        ctx.services.pubsub.subscribe('orgChanged'),
        filter((payload: { siteId: string }) => payload.siteId === siteId),
      );
    },
    resolve: () => true,
  }),
);
