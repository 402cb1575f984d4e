import { endOfLocalDay, MALL_TIME_ZONE } from '../tickets/sla.js';
import { wallClockAt, fromSiteLocalDateTime } from '../sites/site-clock.js';
import type { FollowUp, FollowUpStatus } from './follow-up.js';

/**
 * The 回访 queue's views: due today (not yet late), overdue, the viewer's own calls, and the
 * viewer's team — every follow-up still owed that the viewer may see (the permission rules
 * narrow it to the viewer's queue or subordinates), the supervisor's decisions included.
 */
export const FOLLOW_UP_VIEWS = ['due_today', 'overdue', 'mine', 'team'] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];

/** What storage filters a view on; the visibility of the viewer is applied beside it. */
export type FollowUpQueueFilter = {
  statuses: readonly FollowUpStatus[];
  dueAtOrAfter?: Date;
  dueBefore?: Date;
  callerId?: string;
};

const OWED: readonly FollowUpStatus[] = ['open', 'awaiting_decision'];

export function followUpViewFilter(view: FollowUpView, ctx: { now: Date; staffId: string; timeZone?: string }): FollowUpQueueFilter {
  switch (view) {
    case 'due_today':
      return { statuses: ['open'], dueAtOrAfter: ctx.now, dueBefore: new Date(endOfLocalDay(ctx.now, ctx.timeZone ?? MALL_TIME_ZONE).getTime() + 1) };
    case 'overdue':
      return { statuses: OWED, dueBefore: ctx.now };
    case 'mine':
      return { statuses: OWED, callerId: ctx.staffId };
    case 'team':
      return { statuses: OWED };
  }
}

/** Whether a follow-up is in a view's filter; storage's query and this agree (repository test). */
export const matchesFollowUpFilter = (followUp: Pick<FollowUp, 'status' | 'dueAt' | 'callerId'>, filter: FollowUpQueueFilter): boolean =>
  filter.statuses.includes(followUp.status) &&
  (filter.dueAtOrAfter === undefined || followUp.dueAt.getTime() >= filter.dueAtOrAfter.getTime()) &&
  (filter.dueBefore === undefined || followUp.dueAt.getTime() < filter.dueBefore.getTime()) &&
  (filter.callerId === undefined || followUp.callerId === filter.callerId);

/** A follow-up past its due time and still owed. */
export const isFollowUpOverdue = (followUp: Pick<FollowUp, 'status' | 'dueAt'>, now: Date): boolean =>
  followUp.status !== 'done' && followUp.dueAt.getTime() < now.getTime();

/** The period the queue page's rates cover: the current calendar month of the site (001 "每月末汇总走回访记录"). */
export function followUpRatePeriod(now: Date, timeZone: string = MALL_TIME_ZONE): { from: Date; to: Date } {
  const w = wallClockAt(now, timeZone);
  const from = fromSiteLocalDateTime(`${w.year}-${String(w.month).padStart(2, '0')}-01T00:00`, timeZone) ?? now;
  return { from, to: now };
}

export type FollowUpFacts = Pick<FollowUp, 'dueAt' | 'doneAt' | 'outcome'>;

export type FollowUpRates = {
  /** Follow-ups due in the period (withdrawn ones are no longer owed). */
  due: number;
  /** Reached by their due time: 客户意见定时回访率's numerator. */
  onTime: number;
  /** Done at all, reached or closed unreached by the supervisor: 回访处理率's numerator (001 "回访处理率达100%"). */
  handled: number;
  onTimeRate: number | null;
  handledRate: number | null;
};

/** The rates over follow-ups due in the period; null rates when nothing was due. */
export function tallyFollowUps(facts: readonly FollowUpFacts[], period: { from: Date; to: Date }): FollowUpRates {
  const owed = facts.filter(
    (f) => f.outcome !== 'withdrawn' && f.dueAt.getTime() >= period.from.getTime() && f.dueAt.getTime() < period.to.getTime(),
  );
  const reached = (f: FollowUpFacts) => f.outcome === 'satisfied' || f.outcome === 'not_fixed';
  const onTime = owed.filter((f) => reached(f) && f.doneAt !== null && f.doneAt.getTime() <= f.dueAt.getTime()).length;
  const handled = owed.filter((f) => f.doneAt !== null).length;
  const due = owed.length;
  return { due, onTime, handled, onTimeRate: due === 0 ? null : onTime / due, handledRate: due === 0 ? null : handled / due };
}
