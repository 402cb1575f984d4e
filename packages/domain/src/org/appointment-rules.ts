import { InputChecker } from '../shared/validation.js';
import { toSiteLocalDate } from '../sites/site-clock.js';
import { currentHolders, firstDayHeldAt } from './assignments.js';
import type { Staff } from './assignment.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';
import { UnknownPositionError } from './org.errors.js';

/** A manager's appointment as the rules see it: who, where, from when, acting or not, and why beyond the headcount. */
export type AppointmentRequest = { staff: Staff; positionId: string; startsOn: Date; acting: boolean; overStrengthReason?: string | null };

/** What the rules decided: whether the appointment takes the position beyond its headcount, and the reason kept for it. */
export type AppointmentCheck = { overStrength: boolean; reason: string | null };

export const OVER_STRENGTH_REASON_MAX = 200;

/** Regular holders beyond the headcount (岗位定员) on a day; acting holders (代理) cover a post without filling it. */
export const overStrength = (chart: OrgChart, positionId: string, at: Date): number => {
  const position = chart.positions.find((p) => p.id === positionId);
  if (!position) throw new UnknownPositionError(positionId);
  return Math.max(0, regularHolderIds(chart, positionId, at).size - position.headcount);
};

/**
 * The rules a manager expects of an appointment (任命), every problem at once as field issues:
 * - a deactivated person cannot be appointed (the product's own rule: they no longer work here);
 * - a regular appointment beyond the position's headcount needs a reason. 000 岗位说明书, 基本信息:
 *   "本岗位名称 … 所在部门 客户服务部 岗位定员" — each position has its 定员; going beyond it is a
 *   decision someone must explain (the product's own rule), and the chart shows it over strength.
 */
/** Who holds the position as a regular holder on a day (acting holders cover it without filling it). */
export const regularHolderIds = (chart: OrgChart, positionId: string, at: Date): Set<string> =>
  new Set(currentHolders(chart, positionId, at).filter((a) => !a.acting).map((a) => a.staffId));

export const checkAppointment = (chart: OrgChart, request: AppointmentRequest): AppointmentCheck => {
  const position = chart.positions.find((p) => p.id === request.positionId);
  if (!position) throw new UnknownPositionError(request.positionId);
  const regular = regularHolderIds(chart, position.id, request.startsOn);
  return checkAppointmentWith(position, { regular: regular.size, holdsIt: regular.has(request.staff.id) }, request);
};

/**
 * The same rules on what they read of the chart: the position, and how many regular holders it
 * has on the first day (and whether the person is one of them). An import counts the rows above
 * itself without building a chart for each row.
 */
export const checkAppointmentWith = (position: Position, holders: { regular: number; holdsIt: boolean }, request: AppointmentRequest): AppointmentCheck => {
  const check = new InputChecker();
  if (!request.staff.active) check.add({ field: 'input.staffId', rule: 'staff_inactive' });
  const beyond = !request.acting && !holders.holdsIt && holders.regular >= position.headcount;
  const reason = request.overStrengthReason?.trim() || null;
  if (beyond) {
    if (!reason) check.add({ field: 'input.overStrengthReason', rule: 'over_strength', limit: position.headcount });
    else check.text('input.overStrengthReason', reason, { max: OVER_STRENGTH_REASON_MAX });
  }
  check.check();
  return { overStrength: beyond, reason: beyond ? reason : null };
};

/**
 * The first day stored for an appointment a manager dates `startsOn` (a site date at 00:00 UTC): an
 * appointment from the site's today holds from now, so its first day is `firstDayHeldAt` — east of
 * UTC the site's date runs ahead of the UTC day `isCurrent` counts from (the product's own rule).
 */
export const appointmentStart = (startsOn: Date, now: Date, timeZone: string): Date =>
  startsOn.toISOString().slice(0, 10) === toSiteLocalDate(now, timeZone) ? firstDayHeldAt(now, timeZone) : startsOn;
