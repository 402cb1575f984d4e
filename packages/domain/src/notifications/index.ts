export { NOTIFICATION_KINDS, ticketTarget, type Notification, type NewNotification, type NotificationKind, type NotificationTarget } from './notification.js';
export { notificationResource, notificationFacts, type NotificationResource } from './notification-resource.js';
export { notificationPermissions, NOTIFICATION_ACTIONS, type NotificationAction } from './notification-permissions.js';
export { messageOverdueNotifications, messageTakenNotifications, notificationsFor, relayOverdueNotifications, settleNotified } from './notification-rules.js';
