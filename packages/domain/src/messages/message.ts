import { InputChecker } from '../shared/validation.js';

/** How soon the receiver should see a message (product's own two levels). */
export const MESSAGE_URGENCIES = ['normal', 'urgent'] as const;
export type MessageUrgency = (typeof MESSAGE_URGENCIES)[number];

export const MESSAGE_LIMITS = { from: 60, fromPhone: 30, text: 1000 } as const;

/**
 * A message taken for a member of staff or a unit (留言). Seed 002, director: "督导公司电话总机的
 * 接听、转接、留言记录等服务工作" (the switchboard takes messages); office clerk: "接听并转接集团电话".
 * Exactly one of `forStaffId` and `forUnitId` is set.
 */
export type Message = {
  id: string;
  siteId: string;
  /** Who left it, in the taker's words (a name, a shop). */
  fromName: string;
  fromPhone: string | null;
  forStaffId: string | null;
  forUnitId: string | null;
  text: string;
  urgency: MessageUrgency;
  takenById: string;
  takenAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedById: string | null;
};

export type MessageInput = {
  fromName: string;
  fromPhone?: string | null;
  forStaffId?: string | null;
  forUnitId?: string | null;
  text: string;
  urgency: string;
};

export type MessageFields = Pick<Message, 'fromName' | 'fromPhone' | 'forStaffId' | 'forUnitId' | 'text' | 'urgency'>;

const clean = (value: string | null | undefined): string | null => value?.trim() || null;

/** Checks a message as taken; every problem named at once. It is for one person or one unit. */
export function checkMessage(input: MessageInput): MessageFields {
  const forStaffId = clean(input.forStaffId);
  const forUnitId = clean(input.forUnitId);
  const checker = new InputChecker()
    .text('fromName', input.fromName, { required: true, max: MESSAGE_LIMITS.from })
    .text('fromPhone', input.fromPhone, { max: MESSAGE_LIMITS.fromPhone })
    .text('text', input.text, { required: true, max: MESSAGE_LIMITS.text })
    .oneOf('urgency', input.urgency, MESSAGE_URGENCIES);
  if (forStaffId === null && forUnitId === null) checker.add({ field: 'forStaffId', rule: 'required' });
  if (forStaffId !== null && forUnitId !== null) checker.add({ field: 'forUnitId', rule: 'invalid_choice' });
  checker.check();
  return {
    fromName: input.fromName.trim(),
    fromPhone: clean(input.fromPhone),
    forStaffId,
    forUnitId,
    text: input.text.trim(),
    urgency: input.urgency as MessageUrgency,
  };
}

/** A message is acknowledged once. */
export function checkAcknowledge(message: Message): void {
  const checker = new InputChecker();
  if (message.acknowledgedAt !== null) checker.add({ field: 'id', rule: 'invalid_choice' });
  checker.check();
}

const MINUTE = 60_000;

/**
 * After how many minutes an unacknowledged message is shown to the taker's supervisors.
 * Product default 30 minutes, configurable per site; an urgent message goes up after half
 * of it (product rule). The seed asks for 信息传递准确率 but names no time.
 */
export const DEFAULT_MESSAGE_ESCALATION_MINUTES = 30;
export const MESSAGE_ESCALATION_RANGE = { min: 5, max: 24 * 60 } as const;

export const checkMessageEscalation = (minutes: number): number => {
  new InputChecker().integer('minutes', minutes, { ...MESSAGE_ESCALATION_RANGE, required: true }).check();
  return minutes;
};

/** How long a message has waited for its receiver: until acknowledged, or until now. */
export const messageAgeMs = (message: Pick<Message, 'takenAt' | 'acknowledgedAt'>, now: Date): number =>
  Math.max(0, (message.acknowledgedAt ?? now).getTime() - message.takenAt.getTime());

/** The instant an unacknowledged message goes to the taker's supervisors. */
export const escalatesAt = (message: Pick<Message, 'takenAt' | 'urgency'>, escalationMinutes: number): Date =>
  new Date(message.takenAt.getTime() + (message.urgency === 'urgent' ? escalationMinutes / 2 : escalationMinutes) * MINUTE);

/** Shown to the taker's supervisors: still unacknowledged once its time has passed (a query-time rule). */
export const isEscalated = (message: Pick<Message, 'takenAt' | 'urgency' | 'acknowledgedAt'>, now: Date, escalationMinutes: number): boolean =>
  message.acknowledgedAt === null && now.getTime() >= escalatesAt(message, escalationMinutes).getTime();
