import { findMessageById } from '@kefu/db/messages';
import { findRelayById } from '@kefu/db/relays';
import { NOTIFICATION_KINDS, notificationResource, type Notification } from '@kefu/domain/notifications';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { MessageRef } from '../messages/message.js';
import { RelayRef } from '../relays/relay.js';
import { TicketRef } from '../tickets/ticket.js';

export const NotificationKindEnum = domainEnum('NotificationKind', NOTIFICATION_KINDS, 'Why a member of staff is told (消息提醒).', {
  assigned: 'A ticket was dispatched to me (派单).',
  escalated: 'A ticket was escalated to me (上报).',
  low_rating: 'A ticket of my team was rated 2 or less (不满意).',
  follow_up_overdue: 'A follow-up (回访) is overdue and was escalated to me.',
  major_complaint: 'A major complaint (重大投诉) was registered today: it is for the director.',
  reopened: 'A ticket of my team was reopened by hand (重新打开).',
  relay_overdue: 'A relay (信息传达) I made, am over, or must answer is past its due time.',
  message_for_me: 'A message (留言) was taken for me.',
  message_overdue: 'A message my clerk took is still unacknowledged past the site’s time.',
});

export const NotificationRef = builder.objectRef<Notification>('Notification').implement({
  description: 'One entry of the viewer’s inbox (消息提醒), linking to its ticket, relay or message. Only ever the viewer’s own.',
  authScopes: async (n, ctx) => (await ctx.access()).can('notification.view', notificationResource(n)),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The notification’s own id.' }),
    kind: t.field({ type: NotificationKindEnum, description: 'Why the viewer is told.', resolve: (n) => n.kind }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (n) => n.createdAt }),
    read: t.boolean({ description: 'The viewer has read it.', resolve: (n) => n.readAt !== null }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description: 'The ticket it is about; null when it is about a relay or a message.',
      resolve: (n, _args, ctx) => (n.target.type === 'ticket' ? signedInStaff(ctx).loaders.tickets.load(n.target.id) : null),
    }),
    relay: t.field({
      type: RelayRef,
      nullable: true,
      description: 'The relay it is about (信息传达); null when it is about a ticket or a message.',
      resolve: (n, _args, ctx) => (n.target.type === 'relay' ? findRelayById(ctx.db, signedInStaff(ctx).siteId, n.target.id) : null),
    }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The message it is about (留言); null when it is about a ticket or a relay.',
      resolve: (n, _args, ctx) => (n.target.type === 'message' ? findMessageById(ctx.db, signedInStaff(ctx).siteId, n.target.id) : null),
    }),
  }),
});
