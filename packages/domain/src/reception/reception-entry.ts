import { InputChecker } from '../shared/validation.js';
import type { TicketKind } from '../tickets/ticket.js';

/** How the requester reached the desk: a call, a visit or a letter (来电、来访、信函). */
export const RECEPTION_CHANNELS = ['phone', 'walk_in', 'letter'] as const;
export type ReceptionChannel = (typeof RECEPTION_CHANNELS)[number];

/**
 * What the contact was about. Seed 002, hall clerk: "负责接待信息的分类登记" (registers reception
 * information by category); the categories are the hall clerk's duties in the same seed
 * (咨询, 投诉受理, 招商咨询, 退换货受理) plus repairs, lost & found and other (product's own).
 */
export const RECEPTION_CATEGORIES = ['consultation', 'complaint', 'repair', 'leasing_inquiry', 'lost_found', 'returns', 'other'] as const;
export type ReceptionCategory = (typeof RECEPTION_CATEGORIES)[number];

/**
 * How the contact ended: answered on the spot, became a ticket, relayed to another department,
 * or a message was taken (留言). A visitor still waiting has no outcome yet.
 */
export const RECEPTION_OUTCOMES = ['answered', 'ticket', 'relayed', 'message_taken'] as const;
export type ReceptionOutcome = (typeof RECEPTION_OUTCOMES)[number];

/** Outcomes a clerk records directly; `ticket` comes only with the ticket it created. */
export const RECORDED_OUTCOMES = ['answered', 'relayed', 'message_taken'] as const satisfies readonly ReceptionOutcome[];
export type RecordedOutcome = (typeof RECORDED_OUTCOMES)[number];

export const RECEPTION_LIMITS = { summary: 500 } as const;

/**
 * One registered call, visit or letter (来电来访登记). `arrivedAt` and `receivedAt` are stored as
 * facts: they are the inputs of the KPI 来客准时接待率 (seed 002, office clerk).
 */
export type ReceptionEntry = {
  id: string;
  siteId: string;
  channel: ReceptionChannel;
  category: ReceptionCategory;
  /** Null for an anonymous caller or visitor. */
  requesterId: string | null;
  summary: string;
  arrivedAt: Date;
  /** Null while a visitor is still waiting. */
  receivedAt: Date | null;
  receivedById: string | null;
  outcome: ReceptionOutcome | null;
  ticketId: string | null;
  registeredById: string;
  registeredAt: Date;
};

export type ReceptionInput = {
  channel: string;
  category: string;
  requesterId?: string | null;
  summary: string;
  arrivedAt: Date;
  receivedAt?: Date | null;
  outcome?: string | null;
};

export type ReceptionFields = {
  channel: ReceptionChannel;
  category: ReceptionCategory;
  requesterId: string | null;
  summary: string;
  arrivedAt: Date;
  receivedAt: Date | null;
  outcome: RecordedOutcome | null;
};

/** Two times of one contact: neither in the future, and nobody is received before arriving. */
function checkTimes(checker: InputChecker, arrivedAt: Date, receivedAt: Date | null, now: Date): void {
  checker.date('arrivedAt', arrivedAt, true).date('receivedAt', receivedAt);
  const valid = (d: Date | null): d is Date => d !== null && !Number.isNaN(d.getTime());
  if (valid(arrivedAt) && arrivedAt.getTime() > now.getTime()) checker.add({ field: 'arrivedAt', rule: 'in_future' });
  if (valid(receivedAt)) {
    if (receivedAt.getTime() > now.getTime()) checker.add({ field: 'receivedAt', rule: 'in_future' });
    else if (valid(arrivedAt) && receivedAt.getTime() < arrivedAt.getTime()) checker.add({ field: 'receivedAt', rule: 'before_start' });
  }
}

/**
 * Checks a new entry and returns its stored form; every problem is named at once. An outcome
 * needs the contact to have been received: a waiting visitor has none yet.
 */
export function checkReceptionEntry(input: ReceptionInput, now: Date): ReceptionFields {
  const receivedAt = input.receivedAt ?? null;
  const checker = new InputChecker()
    .oneOf('channel', input.channel, RECEPTION_CHANNELS)
    .oneOf('category', input.category, RECEPTION_CATEGORIES)
    .text('summary', input.summary, { required: true, max: RECEPTION_LIMITS.summary })
    .oneOf('outcome', input.outcome, RECORDED_OUTCOMES, false);
  checkTimes(checker, input.arrivedAt, receivedAt, now);
  if (input.outcome && receivedAt === null) checker.add({ field: 'receivedAt', rule: 'required' });
  checker.check();
  return {
    channel: input.channel as ReceptionChannel,
    category: input.category as ReceptionCategory,
    requesterId: input.requesterId?.trim() || null,
    summary: input.summary.trim(),
    arrivedAt: input.arrivedAt,
    receivedAt,
    outcome: (input.outcome as RecordedOutcome | null | undefined) ?? null,
  };
}

/** Receiving a waiting visitor: not in the future, not before they arrived, and only once. */
export function checkReceive(entry: ReceptionEntry, receivedAt: Date, now: Date): void {
  const checker = new InputChecker();
  if (entry.receivedAt !== null) checker.add({ field: 'receivedAt', rule: 'invalid_choice' });
  checkTimes(checker, entry.arrivedAt, receivedAt, now);
  checker.check();
}

/** Recording how a received contact ended; one that became a ticket keeps that outcome. */
export function checkOutcome(entry: ReceptionEntry, outcome: string): RecordedOutcome {
  const checker = new InputChecker().oneOf('outcome', outcome, RECORDED_OUTCOMES);
  if (entry.receivedAt === null) checker.add({ field: 'receivedAt', rule: 'required' });
  if (entry.outcome === 'ticket') checker.add({ field: 'outcome', rule: 'invalid_choice' });
  checker.check();
  return outcome as RecordedOutcome;
}

/** Turning a contact into a ticket: once, and only a received one. */
export function checkTurnIntoTicket(entry: ReceptionEntry): void {
  const checker = new InputChecker();
  if (entry.ticketId !== null || entry.outcome === 'ticket') checker.add({ field: 'id', rule: 'invalid_choice' });
  if (entry.receivedAt === null) checker.add({ field: 'receivedAt', rule: 'required' });
  checker.check();
}

/**
 * The ticket kind a contact becomes by default (the clerk may choose another). Seed 002, hall
 * clerk: 招商咨询 is a consultation; lost & found and other requests are service requests
 * (product's own choice).
 */
export const TICKET_KIND_OF_CATEGORY = {
  consultation: 'consultation',
  complaint: 'complaint',
  repair: 'repair',
  leasing_inquiry: 'consultation',
  lost_found: 'service_request',
  returns: 'return_exchange',
  other: 'service_request',
} as const satisfies Record<ReceptionCategory, TicketKind>;
