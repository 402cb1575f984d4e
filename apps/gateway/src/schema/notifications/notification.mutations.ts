import { builder } from '../../builder.js';
import { markAllMyNotificationsRead, markMyNotificationRead } from '../../use-cases/notifications/my-notifications.js';
import { useCaseContext } from '../common/use-case-context.js';
import { NotificationRef } from './notification.js';

builder.mutationField('markNotificationRead', (t) =>
  t.field({
    type: NotificationRef,
    description: 'Marks one of the viewer’s notifications read (the first reading stands). Another’s id is NOT_FOUND. Needs `notification.view`.',
    authScopes: { can: 'notification.view' },
    args: { id: t.arg.id({ required: true, description: 'The notification’s id.' }) },
    resolve: (_root, { id }, ctx) => markMyNotificationRead(useCaseContext(ctx), id),
  }),
);

builder.mutationField('markAllNotificationsRead', (t) =>
  t.int({
    description: 'Marks every notification of the viewer read; answers how many were unread. Needs `notification.view`.',
    authScopes: { can: 'notification.view' },
    resolve: (_root, _args, ctx) => markAllMyNotificationsRead(useCaseContext(ctx)),
  }),
);
