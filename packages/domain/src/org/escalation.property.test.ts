import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentHolders, positionsHeldBy } from './assignments.js';
import { escalationTarget } from './escalation.js';
import type { OrgChart } from './org-chart.js';
import { AT, chartArb, staffIdArb } from './testing/org-arbitraries.js';

/** How many reporting lines separate each superior from the nearest of `starts` (breadth first). */
const distancesUp = (chart: OrgChart, starts: string[]): Map<string, number> => {
  const positions = new Map(chart.positions.map((p) => [p.id, p]));
  const distance = new Map<string, number>();
  let frontier = starts;
  const seen = new Set(starts);
  for (let level = 1; frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const up of positions.get(id)?.reportsTo ?? []) {
        if (seen.has(up) || !positions.has(up)) continue;
        seen.add(up);
        distance.set(up, level);
        next.push(up);
      }
    }
    frontier = next;
  }
  return distance;
};

/** A seat is taken when someone other than the one escalating holds it now, regular or acting. */
const takenBySomeoneElse = (chart: OrgChart, positionId: string, from: string): boolean =>
  currentHolders(chart, positionId, AT).some((a) => a.staffId !== from);

describe('escalationTarget over any org chart (上报 up the reporting line)', () => {
  const cases = fc.tuple(fc.oneof(chartArb({ tree: true }), chartArb({ tree: false })), staffIdArb);

  it('goes to a current holder (acting holders included) of a superior, never to the one escalating', () => {
    fc.assert(
      fc.property(cases, ([chart, from]) => {
        const held = positionsHeldBy(chart, from, AT).map((p) => p.id);
        fc.pre(held.length > 0);
        const target = escalationTarget(chart, from, null, AT);
        if (!target) return;
        expect(target.staffId).not.toBe(from);
        expect(currentHolders(chart, target.positionId, AT).map((a) => a.staffId)).toContain(target.staffId);
        expect(distancesUp(chart, held).has(target.positionId)).toBe(true);
      }),
    );
  });

  it('skips only vacant seats: every nearer superior is vacant, and no target means every superior is', () => {
    fc.assert(
      fc.property(cases, ([chart, from]) => {
        const held = positionsHeldBy(chart, from, AT).map((p) => p.id);
        fc.pre(held.length > 0);
        const distance = distancesUp(chart, held);
        const target = escalationTarget(chart, from, null, AT);
        const taken = [...distance.keys()].filter((id) => takenBySomeoneElse(chart, id, from));
        if (!target) {
          expect(taken).toEqual([]);
          return;
        }
        const reached = distance.get(target.positionId)!;
        for (const id of taken) expect(distance.get(id)!).toBeGreaterThanOrEqual(reached);
      }),
    );
  });
});
