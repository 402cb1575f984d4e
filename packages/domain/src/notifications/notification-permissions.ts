import type { GrantScope } from '../org/grants.js';
import { scoped } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { notificationFacts, type NotificationResource } from './notification-resource.js';

export const NOTIFICATION_ACTIONS = {
  'notification.view': ['own'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type NotificationAction = keyof typeof NOTIFICATION_ACTIONS;

/**
 * Everyone holding a position reads their own inbox and nobody else's (the product's own rule:
 * a notification is addressed to one person). Portal users have no inbox.
 */
export const notificationPermissions: PermissionContext<NotificationAction, NotificationResource> = {
  name: 'notifications',
  actions: NOTIFICATION_ACTIONS,
  baseline: scoped('own', ['notification.view'] as const),
  grants: {},
  requesterGrants: [],
  records: { type: 'notification', facts: notificationFacts, view: 'notification.view' },
};
