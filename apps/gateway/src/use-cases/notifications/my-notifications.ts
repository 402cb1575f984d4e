import { findNotification, listNotifications, markAllNotificationsRead, markNotificationRead, type NotificationPage } from '@kefu/db/notifications';
import { notificationResource, type Notification } from '@kefu/domain/notifications';
import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource } from '@kefu/domain/tickets';
import { asStaff, type StaffUseCaseContext, type UseCaseContext } from '../shared/use-case-context.js';

/** How many unread notifications the bell counts at most ("99+" beyond). */
export const UNREAD_COUNT_CAP = 100;

/**
 * A notification is shown while its recipient may still see it and the ticket it links to
 * (checked now, with the permission core): a ticket moved out of their reach takes its
 * notifications with it.
 */
async function visible(uc: StaffUseCaseContext, notifications: readonly Notification[]): Promise<boolean[]> {
  const access = await uc.access();
  const tickets = await uc.loaders.tickets.loadMany(notifications.map((n) => n.ticketId));
  return notifications.map((n, i) => {
    const ticket = tickets[i];
    return (
      access.can('notification.view', notificationResource(n)) && !!ticket && !(ticket instanceof Error) && access.can('ticket.view', ticketResource(ticket))
    );
  });
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
