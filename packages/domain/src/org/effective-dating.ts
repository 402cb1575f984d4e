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
 * The day a change takes effect: the site's today unless the editor names an earlier one. Not
 * after today (nothing waits in storage for its day, so "now" is always the open rows), and not
 * before the last dated change of the same rows (`lastChange`), so validity ranges never overlap.
 *
 * Why not a later day (the product's own rule, until storage dates "now"): the chart in force is
 * read as the open rows (valid_to IS NULL, @kefu/db loadOrgChart without asOf) and each store
 * closes the open row at the change's day and opens the new one. A row dated tomorrow would be the
 * open one today — it would apply at once, and the row it replaces, closed tomorrow, would stop
 * applying at once. It would also block every other change of the same rows until its day
 * (`lastChange`) with no way to withdraw it; and the gateway caches the chart in force per site,
 * not per day.
 */
export const effectiveDay = (requested: string | null | undefined, today: string, lastChange: string | null): string => {
  const day = requested ?? today;
  if (day > today) throw new ValidationError([{ field: 'effectiveOn', rule: 'after_today' }]);
  if (lastChange !== null && day < lastChange) throw new ValidationError([{ field: 'effectiveOn', rule: 'before_last_change' }]);
  return day;
};
