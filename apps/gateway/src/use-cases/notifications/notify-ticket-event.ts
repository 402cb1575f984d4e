import type { Queryable } from '@kefu/db/engine';
import { insertNotifications } from '@kefu/db/notifications';
import { notificationsFor, settleNotified, type Notification } from '@kefu/domain/notifications';
import type { OrgChart } from '@kefu/domain/org';
import type { NewTicketEvent, Ticket } from '@kefu/domain/tickets';
import type { KefuPubSub } from '../../pubsub/pubsub.js';

/**
 * The one place a ticket's event becomes notifications, in the transaction that writes the
 * event: the domain says who is told (`notificationsFor`); the event keeps "the supervisor was
 * told" only when one is. Answers the event to append and a function that writes the inbox rows.
 */
export function planNotifications(chart: OrgChart | null, ticket: Ticket, event: NewTicketEvent, at: Date) {
  const planned = chart ? notificationsFor(ticket, event, chart, at) : [];
  return {
    event: settleNotified(event, planned),
    write: (tx: Queryable): Promise<Notification[]> => insertNotifications(tx, planned),
  };
}

/** Tells each recipient's live inbox, once the transaction that wrote the notifications has committed. */
export function publishNotifications(pubsub: KefuPubSub, written: readonly Notification[]): void {
  for (const n of written) pubsub.publish('notificationAdded', n.recipientId, { notificationId: n.id, siteId: n.siteId });
}
