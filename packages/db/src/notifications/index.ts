export {
  insertNotifications,
  listNotifications,
  markNotificationRead,
  markAllNotificationsRead,
  findNotification,
  type NotificationPage,
} from './notification.repository.js';
