import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartArb, STAFF_IDS } from '../org/testing/org-arbitraries.js';
import { attributedPosition } from './kpi-attribution.js';
import { KPI_CATALOGUE } from './kpi-catalogue.js';
import { kpiFigure } from './kpi-figure.js';
import { rollUpGroup } from './kpi-group.js';
import { rollUp, type AttributedTallies } from './kpi-rollup.js';

const COUNT_KPIS = KPI_CATALOGUE.filter((k) => k.formula.kind === 'count' && kpiFigure(k, {}).kind === 'value');
const COUNT_FACTS = [...new Set(COUNT_KPIS.flatMap((k) => (k.formula.kind === 'count' ? [k.formula.of] : [])))];

/** One site: its chart and the facts of its people (or of nobody), attributed as storage does. */
const siteArb = fc
  .tuple(
    chartArb({ tree: true }),
    fc.array(fc.record({ staffId: fc.constantFrom(...STAFF_IDS, null), fact: fc.constantFrom(...COUNT_FACTS), n: fc.integer({ min: 1, max: 5 }) }), { maxLength: 30 }),
  )
  .map(([chart, facts]) => ({
    chart,
    rows: facts.map<AttributedTallies>((f) => ({
      staffId: f.staffId,
      positionId: f.staffId === null ? null : attributedPosition(chart.assignments, f.staffId, '2025-03-01'),
      tallies: { [f.fact]: f.n },
    })),
  }));

describe('a group’s roll-up', () => {
  it('gives a count KPI equal to the sum of its member sites’ figures', () => {
    fc.assert(
      fc.property(fc.array(siteArb, { maxLength: 5 }), (sites) => {
        const siteTallies = sites.map((s) => rollUp(s.chart, s.rows, { kind: 'site' }));
        const group = rollUpGroup(siteTallies);
        for (const kpi of COUNT_KPIS) {
          const value = (f: ReturnType<typeof kpiFigure>) => (f.kind === 'value' ? f.value : Number.NaN);
          const sumOfSites = siteTallies.reduce((sum, t) => sum + value(kpiFigure(kpi, t)), 0);
          expect(value(kpiFigure(kpi, group))).toBe(sumOfSites);
        }
      }),
    );
  });
});
