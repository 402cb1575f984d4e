import { findNotification, listNotifications, markAllNotificationsRead, markNotificationRead, type NotificationPage } from '@kefu/db/notifications';
import { findMessageById, findMessageEscalation } from '@kefu/db/messages';
import { findRelayById } from '@kefu/db/relays';
import { notificationResource, type Notification, type NotificationTarget } from '@kefu/domain/notifications';
import { relayResource } from '@kefu/domain/relays';
import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource } from '@kefu/domain/tickets';
import { mayReadMessage } from '../messages/may-read-message.js';
import { asStaff, type StaffUseCaseContext, type UseCaseContext } from '../shared/use-case-context.js';

/** How many unread notifications the bell counts at most ("99+" beyond). */
export const UNREAD_COUNT_CAP = 100;

/**
 * A notification is shown while its recipient may still see it and the record it links to — a
 * ticket, a relay or a message — checked now with that record's own rule: a record moved out of
 * their reach takes its notifications with it.
 */
async function visible(uc: StaffUseCaseContext, notifications: readonly Notification[]): Promise<boolean[]> {
  const access = await uc.access();
  const { siteId } = uc.principal;
  const idsOf = (type: NotificationTarget['type']) => notifications.flatMap((n) => (n.target.type === type ? [n.target.id] : []));
  const [tickets, relays, messages] = await Promise.all([
    uc.loaders.tickets.loadMany(idsOf('ticket')),
    Promise.all(idsOf('relay').map((id) => findRelayById(uc.db, siteId, id))),
    Promise.all(idsOf('message').map((id) => findMessageById(uc.db, siteId, id))),
  ]);
  const ticketById = new Map(tickets.flatMap((t) => (t && !(t instanceof Error) ? [[t.id, t] as const] : [])));
  const relayById = new Map(relays.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  const messageById = new Map(messages.flatMap((m) => (m ? [[m.id, m] as const] : [])));
  const departments = await uc.loaders.departments.loadMany([...new Set(relays.flatMap((r) => (r ? [r.departmentId] : [])))]);
  const memberIds = new Map(departments.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d.memberStaffIds] as const] : [])));
  const minutes = messageById.size > 0 ? await findMessageEscalation(uc.db, siteId) : 0;

  const mayReadTarget = (target: NotificationTarget): boolean => {
    switch (target.type) {
      case 'ticket': {
        const ticket = ticketById.get(target.id);
        return !!ticket && access.can('ticket.view', ticketResource(ticket));
      }
      case 'relay': {
        const relay = relayById.get(target.id);
        return !!relay && access.can('relay.view', relayResource(relay, { memberStaffIds: memberIds.get(relay.departmentId) ?? [] }));
      }
      case 'message': {
        const message = messageById.get(target.id);
        return !!message && mayReadMessage(uc.principal, access, message, uc.now, minutes);
      }
    }
  };
  return notifications.map((n) => access.can('notification.view', notificationResource(n)) && mayReadTarget(n.target));
}

/** The viewer's inbox, newest first: a page of what they may still see. */
export async function myNotifications(uc: UseCaseContext, page: { first: number; after?: string | null; unreadOnly?: boolean }): Promise<NotificationPage> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const found = await listNotifications(staff.db, siteId, staffId, page);
  const shown = await visible(staff, found.rows);
  return {
    rows: found.rows.filter((_, i) => shown[i]),
    cursors: found.cursors.filter((_, i) => shown[i]),
    hasNextPage: found.hasNextPage,
    endCursor: found.endCursor,
  };
}

/** How many unread notifications the viewer may still see, up to the cap. */
export async function unreadNotificationCount(uc: UseCaseContext): Promise<number> {
  const staff = asStaff(uc);
  const { rows } = await listNotifications(staff.db, staff.principal.siteId, staff.principal.staffId, { first: UNREAD_COUNT_CAP, unreadOnly: true });
  return (await visible(staff, rows)).filter(Boolean).length;
}

/** Marks one of the viewer's notifications read; another's, or one they may no longer see, is NOT_FOUND. */
export async function markMyNotificationRead(uc: UseCaseContext, id: string): Promise<Notification> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const existing = await findNotification(staff.db, siteId, staffId, id);
  if (!existing || !(await visible(staff, [existing]))[0]) throw new NotFoundError('Notification', id);
  const read = await markNotificationRead(staff.db, siteId, staffId, id, staff.now);
  if (!read) throw new NotFoundError('Notification', id);
  return read;
}

/** Marks every notification of the viewer read; answers how many were unread. */
export function markAllMyNotificationsRead(uc: UseCaseContext): Promise<number> {
  const staff = asStaff(uc);
  return markAllNotificationsRead(staff.db, staff.principal.siteId, staff.principal.staffId, staff.now);
}
