/* Where a staff member stands in the org tree, as permission checks read it: remembered per chart. */
import { currentHolders, isCurrent, positionsHeldBy } from './assignments.js';
import type { GrantScope } from './grants.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';
import { subordinatesOf, superiorsOf } from './reporting-lines.js';

/** `site` reaches everything only from the top of the tree; lower down it would reach superiors. */
export const effectiveScope = (chart: OrgChart, position: Position, scope: GrantScope): GrantScope =>
  scope === 'site' && position.reportsTo.some((up) => chart.positions.some((p) => p.id === up)) ? 'subordinates' : scope;

/** What lies below one of the viewer's positions: worked out on the first check that needs it. */
export type Below = { positions: Position[]; units: Set<string>; staff: Set<string> | null };

/** What a staff member's scope is computed from: their positions now, and those at or above them. */
export type Viewer = { chart: OrgChart; at: Date; staffId: string; held: Position[]; atOrAbove: Set<string>; below: Map<string, Below> };

// A page of records asks about the same viewer hundreds of times against one chart: remember the
// walk up and down the tree per chart object (charts are never mutated; a change makes a new one).
const viewerCache = new WeakMap<OrgChart, Map<string, Viewer>>();

export const viewerOf = (chart: OrgChart, staffId: string, at: Date): Viewer => {
  const perChart = viewerCache.get(chart) ?? new Map<string, Viewer>();
  viewerCache.set(chart, perChart);
  const key = `${staffId}@${at.getTime()}`;
  const cached = perChart.get(key);
  if (cached) return cached;
  const held = positionsHeldBy(chart, staffId, at);
  const atOrAbove = new Set(held.flatMap((p) => [p.id, ...superiorsOf(chart, p.id).map((s) => s.id)]));
  const viewer = { chart, at, staffId, held, atOrAbove, below: new Map<string, Below>() };
  if (perChart.size > 1_000) perChart.clear();
  perChart.set(key, viewer);
  return viewer;
};

/** Positions strictly below `position` that are not also at or above one of the viewer's own, and their units. */
export const belowOf = (viewer: Viewer, position: Position): Below => {
  const known = viewer.below.get(position.id);
  if (known) return known;
  const positions = subordinatesOf(viewer.chart, position.id).filter((p) => !viewer.atOrAbove.has(p.id));
  const below = { positions, units: new Set(positions.map((p) => p.unitId)), staff: null };
  viewer.below.set(position.id, below);
  return below;
};

export const positionsBelow = (viewer: Viewer, position: Position): Position[] => belowOf(viewer, position).positions;

/**
 * Staff strictly below: holding a position under `position`, and none at or above any of the
 * viewer's positions, so acting in a lower post never puts a superior in someone's scope.
 */
export const staffBelow = (viewer: Viewer, position: Position): Set<string> => {
  const below = belowOf(viewer, position);
  if (below.staff) return below.staff;
  const { chart, at } = viewer;
  const above = new Set(chart.assignments.filter((a) => isCurrent(a, at) && viewer.atOrAbove.has(a.positionId)).map((a) => a.staffId));
  const holders = below.positions.flatMap((p) => currentHolders(chart, p.id, at).map((a) => a.staffId));
  below.staff = new Set(holders.filter((id) => id !== viewer.staffId && !above.has(id)));
  return below.staff;
};

/** A grant of `own_queue` or wider reaches its position's unit; `subordinates` also the units below. */
export const reachesOwnQueue = (scope: GrantScope): boolean => scope === 'own_queue' || scope === 'subordinates';
