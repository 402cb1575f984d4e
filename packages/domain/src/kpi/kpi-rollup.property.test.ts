import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { superiorsOf } from '../org/reporting-lines.js';
import { chartArb, STAFF_IDS } from '../org/testing/org-arbitraries.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import { attributedPosition } from './kpi-attribution.js';
import { rollUp, type AttributedTallies } from './kpi-rollup.js';

const DAYS = ['2025-02-10', '2025-02-28', '2025-03-01', '2025-05-31'];
const COUNT_FACTS = [...new Set(KPI_CATALOGUE.flatMap((k) => (k.formula.kind === 'count' ? [k.formula.of] : [])))];

/** Facts of people on days, each attributed to one position (or none) as storage does. */
const factsArb = fc.array(
  fc.record({ staffId: fc.constantFrom(...STAFF_IDS, null), day: fc.constantFrom(...DAYS), fact: fc.constantFrom(...COUNT_FACTS), n: fc.integer({ min: 1, max: 5 }) }),
  { maxLength: 40 },
);

describe('roll-ups along the reporting tree', () => {
  it('a supervisor’s count equals the sum over the positions of its subtree; the top’s is the site’s', () => {
    fc.assert(
      fc.property(chartArb({ tree: false }), factsArb, (chart, facts) => {
        const rows: AttributedTallies[] = facts.map((f) => ({
          staffId: f.staffId,
          positionId: f.staffId === null ? null : attributedPosition(chart.assignments, f.staffId, f.day),
          tallies: { [f.fact]: f.n },
        }));
        for (const position of chart.positions) {
          const top = position.reportsTo.length === 0;
          for (const fact of COUNT_FACTS) {
            const rolled = rollUp(chart, rows, { kind: 'position', positionId: position.id, reach: 'subtree' })[fact] ?? 0;
            // In the subtree: the position itself or one with it among its superiors.
            const inSubtree = (q: string | null) => q !== null && (q === position.id || superiorsOf(chart, q).some((s) => s.id === position.id));
            const expected = facts.filter((f, i) => f.fact === fact && (top || inSubtree(rows[i]!.positionId))).reduce((sum, f) => sum + f.n, 0);
            expect(rolled).toBe(expected);
            const perPosition = chart.positions
              .filter((q) => inSubtree(q.id))
              .reduce((sum, q) => sum + (rollUp(chart, rows, { kind: 'position', positionId: q.id, reach: 'self' })[fact] ?? 0), 0);
            if (!top) expect(rolled).toBe(perPosition);
          }
        }
      }),
    );
  });

  it('counts each fact for at most one position, so people’s figures add up to the site’s', () => {
    fc.assert(
      fc.property(chartArb({ tree: true }), factsArb, (chart, facts) => {
        const rows: AttributedTallies[] = facts.map((f) => ({
          staffId: f.staffId,
          positionId: f.staffId === null ? null : attributedPosition(chart.assignments, f.staffId, f.day),
          tallies: { [f.fact]: f.n },
        }));
        for (const fact of COUNT_FACTS) {
          const site = rollUp(chart, rows, { kind: 'site' })[fact] ?? 0;
          const people = [...STAFF_IDS].reduce((sum, s) => sum + (rollUp(chart, rows, { kind: 'staff', staffId: s })[fact] ?? 0), 0);
          const nobody = facts.filter((f) => f.staffId === null && f.fact === fact).reduce((sum, f) => sum + f.n, 0);
          expect(people + nobody).toBe(site);
        }
      }),
    );
  });
});
