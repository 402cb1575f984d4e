import fc from 'fast-check';
import type { Assignment } from '../assignment.js';
import type { OrgChart } from '../org-chart.js';
import { POSITION_CODES, UNIT_CODES, type Position, type Unit } from '../position.js';

const SITE = 'site-1';
const T0 = new Date('2025-01-01T00:00:00Z');
export const AT = new Date('2025-06-01T00:00:00Z');
/** The units generated positions belong to. */
export const UNIT_IDS = ['u0', 'u1', 'u2', 'u3'];

const text = { zh: '岗位', en: 'Position' };

/** The generated units, one per unit code, so records about a unit (by code) find theirs. */
export const UNITS: Unit[] = UNIT_IDS.map((id, i) => ({ id, siteId: SITE, code: UNIT_CODES[i]!, name: text, parentId: null }));

/** A position skeleton: only what reporting lines and permissions read. */
const position = (i: number, code: string, unit: number, reportsTo: number[]): Position => ({
  id: `p${i}`,
  siteId: SITE,
  code,
  title: text,
  unitId: `u${unit}`,
  reportsTo: reportsTo.map((r) => `p${r}`),
  headcount: 1,
  purpose: text,
  duties: [],
  kpis: [],
  authorities: [],
  qualifications: { education: text, experience: text, knowledge: [], skills: [] },
  workEnvironment: [],
});

/**
 * Random acyclic reporting structures: position i reports only to positions with a smaller
 * index. `tree` gives at most one superior each; otherwise several (a DAG, like 商户客服主管).
 */
export const positionsArb = (opts: { tree: boolean; max?: number }): fc.Arbitrary<Position[]> =>
  fc.integer({ min: 1, max: opts.max ?? 9 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          code: fc.constantFrom<string>(...POSITION_CODES, 'custom_role'),
          unit: fc.integer({ min: 0, max: UNIT_IDS.length - 1 }),
          reportsTo:
            i === 0
              ? fc.constant<number[]>([])
              : fc.uniqueArray(fc.integer({ min: 0, max: i - 1 }), { maxLength: opts.tree ? 1 : 2 }),
        }),
      ),
    ).map((specs) => specs.map((s, i) => position(i, s.code, s.unit, s.reportsTo))),
  );

export const STAFF_IDS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];

/** Random charts with people holding one or two positions each, some acting, some ended. */
export const chartArb = (opts: { tree: boolean }): fc.Arbitrary<OrgChart> =>
  positionsArb(opts).chain((positions) =>
    fc
      .array(
        fc.record({
          staff: fc.constantFrom(...STAFF_IDS),
          position: fc.integer({ min: 0, max: positions.length - 1 }),
          acting: fc.boolean(),
          ended: fc.boolean(),
        }),
        { maxLength: 12 },
      )
      .map((specs) => {
        const seen = new Set<string>();
        const assignments: Assignment[] = [];
        for (const [i, s] of specs.entries()) {
          const key = `${s.staff}/${s.position}`;
          if (seen.has(key)) continue;
          seen.add(key);
          assignments.push({
            id: `a${i}`,
            siteId: SITE,
            staffId: s.staff,
            positionId: `p${s.position}`,
            startsOn: T0,
            endsOn: s.ended ? new Date('2025-03-01T00:00:00Z') : null,
            acting: s.acting,
          });
        }
        return { siteId: SITE, units: UNITS, positions, assignments };
      }),
  );

export const staffIdArb = fc.constantFrom(...STAFF_IDS);

/** The site of generated charts; records elsewhere test the cross-site rule. */
export const TEST_SITE = SITE;
export const OTHER_SITE = 'site-2';
