/**
 * What a member of staff is told about (the inbox, 消息提醒). Each notification links to the
 * ticket it is about; it is shown only while the recipient may still see that ticket.
 */
export const NOTIFICATION_KINDS = [
  'assigned', // 派单给我
  'escalated', // 上报给我
  'low_rating', // 我团队的工单评价不满意（≤2）
  'follow_up_overdue', // 回访逾期，上报给我
  'major_complaint', // 当天的重大投诉，呈送主任
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type Notification = {
  id: string;
  siteId: string;
  /** The member of staff whose inbox holds it. */
  recipientId: string;
  kind: NotificationKind;
  ticketId: string;
  createdAt: Date;
  /** Null while unread. */
  readAt: Date | null;
};

export type NewNotification = Omit<Notification, 'id' | 'readAt'>;
