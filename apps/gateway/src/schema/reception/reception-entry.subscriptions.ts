import { filter, pipe } from 'graphql-yoga';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';

builder.subscriptionField('receptionWaitingChanged', (t) =>
  t.field({
    type: 'Boolean',
    description:
      'Live (server-sent events): fires (true) whenever a visitor is registered waiting or received on the viewer’s site, on any gateway replica; the hall’s waiting view (`receptionWaiting`) reads again. Needs `reception.view`.',
    authScopes: { can: 'reception.view' },
    subscribe: (_root, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      return pipe(
        ctx.services.pubsub.subscribe('receptionWaitingChanged'),
        filter((payload: { siteId: string }) => payload.siteId === siteId),
      );
    },
    resolve: () => true,
  }),
);
