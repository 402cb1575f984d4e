/**
 * What a member of staff is told about (the inbox, 消息提醒). Each notification links to one
 * record — a ticket, a relay or a message — and is shown only while the recipient may still see
 * that record.
 */
export const NOTIFICATION_KINDS = [
  'assigned', // 派单给我
  'escalated', // 上报给我
  'low_rating', // 我团队的工单评价不满意（≤2）
  'follow_up_overdue', // 回访逾期，上报给我
  'major_complaint', // 当天的重大投诉，呈送主任
  'reopened', // 我团队的工单被重新打开
  'relay_overdue', // 信息传达逾期未答复
  'message_for_me', // 有人给我留言
  'message_overdue', // 我下属记录的留言逾期未确认
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The record a notification links to: exactly one (the table's CHECK says the same). */
export type NotificationTarget = { type: 'ticket'; id: string } | { type: 'relay'; id: string } | { type: 'message'; id: string };

export type Notification = {
  id: string;
  siteId: string;
  /** The member of staff whose inbox holds it. */
  recipientId: string;
  kind: NotificationKind;
  target: NotificationTarget;
  createdAt: Date;
  /** Null while unread. */
  readAt: Date | null;
};

export type NewNotification = Omit<Notification, 'id' | 'readAt'>;

export const ticketTarget = (id: string): NotificationTarget => ({ type: 'ticket', id });
