import type { RecordFacts } from '../org/permission-context.js';

/** The facts of a notification the permission rules look at: it belongs to its recipient alone. */
export type NotificationResource = { type: 'notification'; siteId: string; recipientId: string };

export const notificationResource = (n: { siteId: string; recipientId: string }): NotificationResource => ({
  type: 'notification',
  siteId: n.siteId,
  recipientId: n.recipientId,
});

/** In no unit's queue; the recipient's own. */
export const notificationFacts = (n: NotificationResource): RecordFacts => ({ unitId: null, staffIds: [n.recipientId], requesterId: null });
