import { findNotification } from '@kefu/db/notifications';
import { NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';
import { NotificationRef } from './notification.js';

builder.subscriptionField('notificationAdded', (t) =>
  t.field({
    type: NotificationRef,
    description: 'Live: each notification written for the viewer (server-sent events); the bell refetches its count. Needs `notification.view`.',
    authScopes: { can: 'notification.view' },
    subscribe: (_root, _args, ctx) => ctx.services.pubsub.subscribe('notificationAdded', signedInStaff(ctx).principal.staffId),
    resolve: async (payload, _args, ctx) => {
      const { siteId, principal } = signedInStaff(ctx);
      const found = await findNotification(ctx.db, siteId, principal.staffId, payload.notificationId);
      if (!found) throw new NotFoundError('Notification', payload.notificationId);
      return found;
    },
  }),
);
