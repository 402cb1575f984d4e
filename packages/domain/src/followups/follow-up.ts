/** The answer of one call (回访电话): nobody reached, or the requester reached. */
export const CALL_RESULTS = ['failed', 'reached'] as const;
export type CallResult = (typeof CALL_RESULTS)[number];

/**
 * What a reached call found. `not_fixed` sends the ticket back to its handler
 * (`001_…` 走回访 "回访中发现问题…及时整改", the problem goes back to the repairer).
 */
export const REACHED_OUTCOMES = ['satisfied', 'not_fixed'] as const;
export type ReachedOutcome = (typeof REACHED_OUTCOMES)[number];

/**
 * How a follow-up ended: reached (satisfied or not fixed), closed unreached by the supervisor
 * after the last failed attempt, or withdrawn because the ticket went back to work before the
 * call (a portal rating of 2 or less, a reopen).
 */
export const FOLLOW_UP_OUTCOMES = [...REACHED_OUTCOMES, 'unreached', 'withdrawn'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** open: to be called; awaiting_decision: the attempts are used up, the supervisor decides; done. */
export const FOLLOW_UP_STATUSES = ['open', 'awaiting_decision', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** One call attempt, as recorded; the facts 客户意见定时回访率 and 回访处理率 are computed from. */
export type CallAttempt = {
  at: Date;
  callerId: string;
  result: CallResult;
  /** When to call again, after a failed attempt that leaves attempts to spare. */
  retryAt: Date | null;
  outcome: ReachedOutcome | null;
  /** The requester's satisfaction, 1–5, when reached. */
  satisfaction: number | null;
  note: string | null;
};

/**
 * A 回访 owed by a resolved ticket (the tickets context decides which owe one: repairs, `sla.ts`
 * followUpDueAt). One per resolution: a ticket resolved again after a reopen owes a new one
 * (`round` is the ticket's reopen count when it was resolved).
 */
export type FollowUp = {
  id: string;
  siteId: string;
  ticketId: string;
  /** The unit whose queue holds the ticket; the follow-up sits in the same queue. */
  unitId: string | null;
  /** The ticket's handler when it was resolved: who "not fixed" sends it back to. */
  handlerId: string | null;
  /** Who calls; null until someone records an attempt or a supervisor assigns it. */
  callerId: string | null;
  /** After a reopen, the site's policy may require a caller other than the handler. */
  callerMustNotBeHandler: boolean;
  round: number;
  dueAt: Date;
  openedAt: Date;
  status: FollowUpStatus;
  /** Failed attempts since the follow-up was last assigned. */
  failedAttempts: number;
  /** The next call's time after a failed attempt; null otherwise. */
  nextCallAt: Date | null;
  attempts: readonly CallAttempt[];
  outcome: FollowUpOutcome | null;
  doneAt: Date | null;
  version: number;
};
