import { POSITION_CATALOGUE, UNIT_CATALOGUE, type Position, type PositionCode, type Unit, type UnitCode } from '@kefu/domain/org';
import type { Queryable } from '../engine/database.js';
import { insertPosition, insertUnit } from './org.repository.js';

export type CatalogueChart = { units: Map<UnitCode, Unit>; positions: Map<PositionCode, Position> };

/**
 * Stores the department's units and positions from the domain's catalogue for a new site, with
 * their duties, KPIs, authorities and reporting lines. Call it inside the transaction that
 * created the site. Catalogue order puts parents and superiors before those below them.
 */
export async function insertCatalogueChart(tx: Queryable, siteId: string): Promise<CatalogueChart> {
  const units = new Map<UnitCode, Unit>();
  for (const template of UNIT_CATALOGUE) {
    const parentId = template.parent ? required(units.get(template.parent), template.parent).id : null;
    units.set(template.code, await insertUnit(tx, { siteId, code: template.code, name: template.name, parentId }));
  }
  const positions = new Map<PositionCode, Position>();
  for (const { unit, reportsTo, ...template } of POSITION_CATALOGUE) {
    positions.set(
      template.code,
      await insertPosition(tx, {
        ...template,
        siteId,
        unitId: required(units.get(unit), unit).id,
        reportsTo: reportsTo.map((code) => required(positions.get(code), code).id),
      }),
    );
  }
  return { units, positions };
}

const required = <T>(value: T | undefined, code: string): T => {
  if (value === undefined) throw new Error(`position catalogue: ${code} is used before it is defined`);
  return value;
};
