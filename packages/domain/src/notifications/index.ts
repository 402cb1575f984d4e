export { NOTIFICATION_KINDS, type Notification, type NewNotification, type NotificationKind } from './notification.js';
export { notificationResource, notificationFacts, type NotificationResource } from './notification-resource.js';
export { notificationPermissions, NOTIFICATION_ACTIONS, type NotificationAction } from './notification-permissions.js';
export { notificationsFor, settleNotified } from './notification-rules.js';
