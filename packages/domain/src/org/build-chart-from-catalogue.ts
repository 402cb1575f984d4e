import type { Assignment } from './assignment.js';
import type { OrgChart } from './org-chart.js';
import { POSITION_CATALOGUE, UNIT_CATALOGUE } from './position-catalogue.js';
import type { PositionCode, UnitCode } from './position.js';

/** Who holds which catalogue position, for seeding a site or setting up a test. */
export type AssignmentSeed = {
  staffId: string;
  position: PositionCode;
  startsOn: Date;
  endsOn?: Date | null;
  acting?: boolean;
};

/** How ids are minted; storage passes its own generator, tests keep the readable defaults. */
export type ChartIds = {
  unit: (code: UnitCode) => string;
  position: (code: PositionCode) => string;
  assignment: (seed: AssignmentSeed, index: number) => string;
};

export const DEFAULT_CHART_IDS: ChartIds = {
  unit: (code) => `unit-${code}`,
  position: (code) => `pos-${code}`,
  assignment: (_seed, index) => `asg-${index + 1}`,
};

/** Instantiates the seeded catalogue as one site's org chart. Pure: the same input gives the same chart. */
export const buildChartFromCatalogue = (siteId: string, assignments: readonly AssignmentSeed[] = [], ids: Partial<ChartIds> = {}): OrgChart => {
  const id = { ...DEFAULT_CHART_IDS, ...ids };
  const unitIds = new Map(UNIT_CATALOGUE.map((u) => [u.code, id.unit(u.code)]));
  const positionIds = new Map(POSITION_CATALOGUE.map((p) => [p.code, id.position(p.code)]));
  const unitId = (code: UnitCode): string => unitIds.get(code) ?? id.unit(code);
  const positionId = (code: PositionCode): string => positionIds.get(code) ?? id.position(code);

  return {
    siteId,
    units: UNIT_CATALOGUE.map((u) => ({ id: unitId(u.code), siteId, code: u.code, name: u.name, parentId: u.parent ? unitId(u.parent) : null })),
    positions: POSITION_CATALOGUE.map(({ unit, reportsTo, ...template }) => ({
      ...template,
      id: positionId(template.code),
      siteId,
      unitId: unitId(unit),
      reportsTo: reportsTo.map(positionId),
    })),
    assignments: assignments.map(
      (seed, index): Assignment => ({
        id: id.assignment(seed, index),
        siteId,
        staffId: seed.staffId,
        positionId: positionId(seed.position),
        startsOn: seed.startsOn,
        endsOn: seed.endsOn ?? null,
        acting: seed.acting ?? false,
      }),
    ),
  };
};
