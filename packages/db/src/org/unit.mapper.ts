import type { Unit, UnitCode } from '@kefu/domain/org';
import type { LocalizedText } from '@kefu/domain/shared';

export type UnitRow = { id: string; site_id: string; code: string; name: LocalizedText; parent_id: string | null };

export const unitMapper = {
  toDomain: (row: UnitRow): Unit => ({
    id: row.id,
    siteId: row.site_id,
    // The column is plain text so custom units stay possible; the seed writes known codes.
    code: row.code as UnitCode,
    name: row.name,
    parentId: row.parent_id,
  }),
  toRow: (unit: Unit): UnitRow => ({
    id: unit.id,
    site_id: unit.siteId,
    code: unit.code,
    name: unit.name,
    parent_id: unit.parentId,
  }),
};
