import { ReportingCycleError, SelfReportingError, UnknownPositionError } from './org.errors.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';

const byId = (chart: OrgChart): Map<string, Position> => new Map(chart.positions.map((p) => [p.id, p]));

const requirePosition = (positions: Map<string, Position>, positionId: string): Position => {
  const position = positions.get(positionId);
  if (!position) throw new UnknownPositionError(positionId);
  return position;
};

/** Breadth-first walk from `start` (excluded), nearest first, in the order the edges are listed. */
const walk = (start: string, next: (id: string) => readonly string[], known: Map<string, Position>): Position[] => {
  const seen = new Set([start]);
  const found: Position[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        const position = known.get(n);
        if (seen.has(n) || !position) continue;
        seen.add(n);
        found.push(position);
        following.push(n);
      }
    }
    frontier = following;
  }
  return found;
};

const childrenIndex = (chart: OrgChart): Map<string, string[]> => {
  const children = new Map<string, string[]>();
  for (const p of chart.positions) {
    for (const up of p.reportsTo) children.set(up, [...(children.get(up) ?? []), p.id]);
  }
  return children;
};

/** Every position above `positionId`, directly or not; nearest first. */
export const superiorsOf = (chart: OrgChart, positionId: string): Position[] => {
  const positions = byId(chart);
  requirePosition(positions, positionId);
  return walk(positionId, (id) => positions.get(id)?.reportsTo ?? [], positions);
};

/** Every position below `positionId`, directly or not; nearest first. */
export const subordinatesOf = (chart: OrgChart, positionId: string): Position[] => {
  const positions = byId(chart);
  requirePosition(positions, positionId);
  const children = childrenIndex(chart);
  return walk(positionId, (id) => children.get(id) ?? [], positions);
};

/** A path of reporting lines from `from` up to `to`, or null when `to` is not above `from`. */
const pathUp = (positions: Map<string, Position>, from: string, to: string): string[] | null => {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      if (id === to) {
        const path: string[] = [];
        for (let at: string | null = id; at !== null; at = cameFrom.get(at) ?? null) path.unshift(at);
        return path;
      }
      for (const up of positions.get(id)?.reportsTo ?? []) {
        if (cameFrom.has(up)) continue;
        cameFrom.set(up, id);
        following.push(up);
      }
    }
    frontier = following;
  }
  return null;
};

/**
 * Sets the positions `positionId` reports to. Refuses anything that would let a position sit
 * above itself, because permissions and escalation both walk these lines.
 */
export const changeReportingLine = (chart: OrgChart, positionId: string, reportsTo: string[]): OrgChart => {
  const positions = byId(chart);
  requirePosition(positions, positionId);
  const targets = [...new Set(reportsTo)];
  for (const target of targets) {
    requirePosition(positions, target);
    if (target === positionId) throw new SelfReportingError(positionId);
  }
  for (const target of targets) {
    // A cycle appears exactly when the new superior already sits below the position.
    const below = pathUp(positions, target, positionId);
    if (below) throw new ReportingCycleError(positionId, [positionId, ...below]);
  }
  return { ...chart, positions: chart.positions.map((p) => (p.id === positionId ? { ...p, reportsTo: targets } : p)) };
};

/** Throws when the chart's reporting lines contain a loop (e.g. data edited outside the domain). */
export const assertAcyclic = (chart: OrgChart): void => {
  const positions = byId(chart);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const up of positions.get(id)?.reportsTo ?? []) {
      if (up === id) throw new SelfReportingError(id);
      if (!positions.has(up)) continue;
      if (state.get(up) === 'visiting') {
        const loop = stack.slice(stack.indexOf(up));
        throw new ReportingCycleError(up, [...loop, up]);
      }
      if (!state.has(up)) visit(up);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const p of chart.positions) if (!state.has(p.id)) visit(p.id);
};
