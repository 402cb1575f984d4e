import { currentHolders, positionsHeldBy } from './assignments.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';

export type EscalationTarget = { staffId: string; positionId: string };

/** Longest chain of superiors above each position: a deputy (1) sits lower than the director (0). */
const depths = (chart: OrgChart): Map<string, number> => {
  const positions = new Map(chart.positions.map((p) => [p.id, p]));
  const memo = new Map<string, number>();
  const depth = (id: string, path: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const ups = (positions.get(id)?.reportsTo ?? []).filter((up) => positions.has(up) && !path.has(up));
    const d = ups.length === 0 ? 0 : 1 + Math.max(...ups.map((up) => depth(up, new Set([...path, id]))));
    memo.set(id, d);
    return d;
  };
  for (const p of chart.positions) depth(p.id, new Set());
  return memo;
};

/**
 * Positions to try, nearest first. Among superiors equally near, the lower one comes first
 * (商户客服主管 escalates to the deputy before the director), then the order of `reportsTo`.
 */
const candidatesAbove = (chart: OrgChart, starts: Position[], includeStarts: boolean): Position[] => {
  const positions = new Map(chart.positions.map((p) => [p.id, p]));
  const depth = depths(chart);
  const seen = new Set(starts.map((p) => p.id));
  const ordered: Position[] = includeStarts ? [...starts] : [];
  let frontier = starts;
  while (frontier.length > 0) {
    const level: Position[] = [];
    for (const p of frontier) {
      for (const up of p.reportsTo) {
        const superior = positions.get(up);
        if (!superior || seen.has(up)) continue;
        seen.add(up);
        level.push(superior);
      }
    }
    // Array.prototype.sort is stable, so equal depths keep their reportsTo order.
    level.sort((a, b) => (depth.get(b.id) ?? 0) - (depth.get(a.id) ?? 0));
    ordered.push(...level);
    frontier = level;
  }
  return ordered;
};

/** The unit's head: its position with no superior inside the same unit (first in chart order). */
const unitHead = (chart: OrgChart, unitId: string): Position | null => {
  const inUnit = chart.positions.filter((p) => p.unitId === unitId);
  const ids = new Set(inUnit.map((p) => p.id));
  return inUnit.find((p) => !p.reportsTo.some((up) => ids.has(up))) ?? inUnit[0] ?? null;
};

/**
 * Who a ticket goes to when it is escalated (上报): the holder of the nearest superior position
 * that is currently held, skipping vacant ones. An unassigned ticket goes to the head of its
 * unit's queue. Null when nobody is above.
 */
export const escalationTarget = (chart: OrgChart, fromStaffId: string | null, unitId: string | null, at: Date): EscalationTarget | null => {
  const held = fromStaffId === null ? [] : positionsHeldBy(chart, fromStaffId, at);
  let candidates: Position[];
  if (held.length > 0) {
    candidates = candidatesAbove(chart, held, false);
  } else {
    const head = unitId === null ? null : unitHead(chart, unitId);
    if (!head) return null;
    candidates = candidatesAbove(chart, [head], true);
  }
  for (const position of candidates) {
    const holder = currentHolders(chart, position.id, at).find((a) => a.staffId !== fromStaffId);
    if (holder) return { staffId: holder.staffId, positionId: position.id };
  }
  return null;
};
