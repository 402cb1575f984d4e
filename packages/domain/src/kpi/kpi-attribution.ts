import type { Assignment } from '../org/assignment.js';

/**
 * Whom a fact counts for, written once. Storage runs the same rules in SQL
 * (packages/db kpi/kpi-facts.sql.ts); its integration test recomputes them from raw events with
 * these functions.
 */

/**
 * A ticket counts for the holder at its deciding event (resolved, or judged 无效): a reassigned
 * ticket counts for whoever had it when it was decided, not for the hands it passed through.
 * With nobody holding it (judged 无效 straight from intake), for whoever decided. The product's own rule.
 */
export const decidingHolder = (facts: { assigneeAtDecision: string | null; decidedById: string | null }): string | null =>
  facts.assigneeAtDecision ?? facts.decidedById;

/**
 * A valid complaint counts, in the per-subject fact `subject_complaints` (个人有效投诉次数, and
 * 所属下级有效投诉率 over those below), for its subject: the member of staff it is about. A complaint
 * about a position, a unit or another department is about no one person and counts there for
 * nobody. The other ticket facts, `valid_complaints` among them, count for the deciding holder.
 */
export const complaintCountsFor = (facts: { subjectStaffId: string | null }): string | null => facts.subjectStaffId;

/**
 * A follow-up (回访) counts for its caller: whoever recorded its calls or was given them. One nobody
 * has taken yet counts for nobody, so only for the site, never for a clerk who was not asked to
 * call. The product's own rule (seed 002 names 客户意见定时回访率 among the clerks' KPIs, not whose call it is).
 */
export const followUpCountsFor = (followUp: { callerId: string | null }): string | null => followUp.callerId;

const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The one position a person's fact of site-local day `day` (YYYY-MM-DD) counts for: the position
 * they acted in that day (an acting holder, 代理, counts for the position acted in for the days
 * acted), else the one they held, the longest-held first; null when they held none. Exactly one,
 * so a team's count is the sum of its positions' counts.
 */
export const attributedPosition = (assignments: readonly Assignment[], staffId: string, day: string): string | null => {
  const held = assignments.filter((a) => a.staffId === staffId && dayOf(a.startsOn) <= day && (a.endsOn === null || day < dayOf(a.endsOn)));
  held.sort(
    (a, b) =>
      Number(b.acting) - Number(a.acting) || a.startsOn.getTime() - b.startsOn.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return held[0]?.positionId ?? null;
};
