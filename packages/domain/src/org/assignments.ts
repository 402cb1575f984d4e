import { InvalidAssignmentEndError, OverlappingAssignmentError, UnknownPositionError } from './org.errors.js';
import type { Assignment } from './assignment.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';
import { toSiteLocalDate } from '../sites/site-clock.js';

/** `endsOn` is exclusive: an assignment ending on the 1st no longer holds on the 1st. */
export const isCurrent = (a: Assignment, at: Date): boolean =>
  a.startsOn.getTime() <= at.getTime() && (a.endsOn === null || at.getTime() < a.endsOn.getTime());

/**
 * The start date of an assignment that must hold from `now`: the site's today, or the UTC day when
 * that is earlier — `isCurrent` counts a day from 00:00 UTC, and east of UTC the site's date runs
 * ahead of it after local midnight (the product's own rule).
 */
export const firstDayHeldAt = (now: Date, timeZone: string): Date => {
  const siteToday = new Date(`${toSiteLocalDate(now, timeZone)}T00:00:00Z`);
  const utcToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return siteToday.getTime() < utcToday.getTime() ? siteToday : utcToday;
};

const overlaps = (a: Pick<Assignment, 'startsOn' | 'endsOn'>, b: Pick<Assignment, 'startsOn' | 'endsOn'>): boolean =>
  a.startsOn.getTime() < (b.endsOn?.getTime() ?? Infinity) && b.startsOn.getTime() < (a.endsOn?.getTime() ?? Infinity);

/** Stable order: who started first, then by id, so "the holder" never depends on storage order. */
const byTenure = (a: Assignment, b: Assignment): number =>
  a.startsOn.getTime() - b.startsOn.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The assignments holding `positionId` at `at`, regular holders before acting ones. */
export const currentHolders = (chart: OrgChart, positionId: string, at: Date): Assignment[] =>
  chart.assignments
    .filter((a) => a.positionId === positionId && isCurrent(a, at))
    .sort((a, b) => Number(a.acting) - Number(b.acting) || byTenure(a, b));

/**
 * Open seats (岗位定员 minus holders). An acting holder (代理) covers the post without filling
 * it, so only regular holders count.
 */
export const vacancies = (chart: OrgChart, positionId: string, at: Date): number => {
  const position = chart.positions.find((p) => p.id === positionId);
  if (!position) throw new UnknownPositionError(positionId);
  const holders = new Set(currentHolders(chart, positionId, at).filter((a) => !a.acting).map((a) => a.staffId));
  return Math.max(0, position.headcount - holders.size);
};

/** Adds an assignment; one person holds a given position at most once at any moment. */
export const assign = (chart: OrgChart, assignment: Assignment): OrgChart => {
  if (!chart.positions.some((p) => p.id === assignment.positionId)) throw new UnknownPositionError(assignment.positionId);
  if (assignment.endsOn !== null && assignment.endsOn.getTime() <= assignment.startsOn.getTime()) {
    throw new InvalidAssignmentEndError(assignment.id, assignment.startsOn, assignment.endsOn);
  }
  const clash = chart.assignments.find(
    (a) => a.staffId === assignment.staffId && a.positionId === assignment.positionId && overlaps(a, assignment),
  );
  if (clash) throw new OverlappingAssignmentError(assignment.staffId, assignment.positionId, clash.id);
  return { ...chart, assignments: [...chart.assignments, assignment] };
};

export const endAssignment = (assignment: Assignment, endsOn: Date): Assignment => {
  if (endsOn.getTime() <= assignment.startsOn.getTime()) throw new InvalidAssignmentEndError(assignment.id, assignment.startsOn, endsOn);
  return { ...assignment, endsOn };
};

/** Positions `staffId` holds at `at`, regular or acting, in chart order. */
export const positionsHeldBy = (chart: OrgChart, staffId: string, at: Date): Position[] => {
  const held = new Set(chart.assignments.filter((a) => a.staffId === staffId && isCurrent(a, at)).map((a) => a.positionId));
  return chart.positions.filter((p) => held.has(p.id));
};
