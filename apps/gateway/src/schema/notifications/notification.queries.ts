import type { Notification } from '@kefu/domain/notifications';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { myNotifications, unreadNotificationCount, UNREAD_COUNT_CAP } from '../../use-cases/notifications/my-notifications.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { useCaseContext } from '../common/use-case-context.js';
import { NotificationRef } from './notification.js';

builder.queryField('myNotifications', (t) =>
  t.connection(
    {
      type: NotificationRef,
      description: 'The viewer’s inbox (消息提醒), newest first: only what links to a ticket they may still see. Needs `notification.view` (staff).',
      authScopes: { can: 'notification.view' },
      args: { unreadOnly: t.arg.boolean({ description: 'Only the unread ones.' }) },
      resolve: async (_root, args, ctx) => {
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await myNotifications(useCaseContext(ctx), { first: args.first ?? PAGE_SIZE.default, after: args.after ?? null, unreadOnly: args.unreadOnly ?? false });
        return toConnection<Notification>(page, args.after);
      },
    },
    { name: 'NotificationConnection', description: 'A page of the viewer’s inbox.' },
    { name: 'NotificationEdge', description: 'One notification in a page.' },
  ),
);

builder.queryField('unreadNotificationCount', (t) =>
  t.int({
    description: `How many of the viewer’s notifications are unread (the bell), at most ${UNREAD_COUNT_CAP}. Needs \`notification.view\` (staff).`,
    authScopes: { can: 'notification.view' },
    resolve: (_root, _args, ctx) => unreadNotificationCount(useCaseContext(ctx)),
  }),
);
