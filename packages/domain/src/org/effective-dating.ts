import { ValidationError } from '../shared/validation.js';
import type { Assignment } from './assignment.js';
import type { StoredGrant } from './grants.js';
import type { OrgChart } from './org-chart.js';
import type { Position, Unit } from './position.js';

/**
 * Effective dating of the chart (the product's own rule): a position, a reporting line and a
 * grant each hold over a range of site-local days [validFrom, validTo). A null validFrom holds
 * since the site began (rows stored before dating existed); a null validTo is still in force.
 * Storage keeps these ranges on the rows themselves, so "the chart as of a day" is one range
 * predicate per table rather than a replay of the audit trail.
 */
export type Validity = { validFrom: string | null; validTo: string | null };

export const validOn = (v: Validity, day: string): boolean =>
  (v.validFrom === null || v.validFrom <= day) && (v.validTo === null || day < v.validTo);

export type DatedPosition = Omit<Position, 'reportsTo'> & Validity;
export type DatedReportingLine = { positionId: string; reportsToId: string; ordinal: number } & Validity;
export type DatedGrant = StoredGrant & Validity;

/** Every dated row of one site: the chart of any day can be cut from it (`chartOn`). */
export type DatedOrgChart = {
  siteId: string;
  units: Unit[];
  positions: DatedPosition[];
  reportingLines: DatedReportingLine[];
  assignments: Assignment[];
  grants: DatedGrant[];
};

/** The chart as it stood on `day` (YYYY-MM-DD, site-local): positions, lines and grants valid that day. */
export const chartOn = (dated: DatedOrgChart, day: string): OrgChart => {
  const lines = dated.reportingLines
    .filter((l) => validOn(l, day))
    .sort((a, b) => a.ordinal - b.ordinal || (a.reportsToId < b.reportsToId ? -1 : a.reportsToId > b.reportsToId ? 1 : 0));
  const positions = dated.positions
    .filter((p) => validOn(p, day))
    .map(({ validFrom: _from, validTo: _to, ...p }): Position => ({
      ...p,
      reportsTo: lines.filter((l) => l.positionId === p.id).map((l) => l.reportsToId),
    }));
  const grants = dated.grants.filter((g) => validOn(g, day)).map(({ positionId, action, scope }) => ({ positionId, action, scope }));
  return {
    siteId: dated.siteId,
    units: dated.units,
    positions,
    assignments: dated.assignments,
    ...(grants.length > 0 ? { grants } : {}),
  };
};

/**
 * The day a change takes effect: the site's today unless the editor names another day, and not
 * before the last dated change of the same rows (`lastChange`), so validity ranges never overlap.
 *
 * A later day schedules the change (the product's own rule), where the caller allows it
 * (`future`: reporting lines and grants; a position is still created and retired today or
 * earlier). Storage ends the row in force on that day and opens the new one from it, so the chart
 * of today (read by the site's today, not by the open rows) is unchanged until the day comes.
 *
 * One pending change per row at a time (the product's own rule): while the same rows hold a
 * change dated after today (`lastChange` > today), any other change of them is refused as
 * `effectiveOn` scheduled_change_pending — withdraw the scheduled one first
 * (`scheduledChangeDay`), so a pending change never sits on top of another.
 */
export const effectiveDay = (
  requested: string | null | undefined,
  today: string,
  lastChange: string | null,
  options: { future?: boolean } = {},
): string => {
  const day = requested ?? today;
  if (lastChange !== null && lastChange > today) throw new ValidationError([{ field: 'effectiveOn', rule: 'scheduled_change_pending' }]);
  if (day > today && !options.future) throw new ValidationError([{ field: 'effectiveOn', rule: 'after_today' }]);
  if (lastChange !== null && day < lastChange) throw new ValidationError([{ field: 'effectiveOn', rule: 'before_last_change' }]);
  return day;
};

/** The day of the change scheduled on the same rows (after today), or null when none is pending. */
export const scheduledChangeDay = (today: string, lastChange: string | null): string | null =>
  lastChange !== null && lastChange > today ? lastChange : null;
