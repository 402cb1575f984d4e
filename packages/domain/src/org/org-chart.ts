import type { Assignment } from './assignment.js';
import type { StoredGrant } from './grants.js';
import type { Position, Unit } from './position.js';

/**
 * One site's department as the permission rules see it: units, positions with their reporting
 * lines, and assignments (current and past). Loaded once per request and cached per site.
 */
export type OrgChart = {
  siteId: string;
  units: Unit[];
  positions: Position[];
  assignments: Assignment[];
  /** The site's own grants, each replacing the catalogue's grants of one action for one position; none stored reads the catalogue. */
  grants?: readonly StoredGrant[];
};
