import type { Queryable } from '@kefu/db/engine';
import { findRequesterClash } from '@kefu/db/requesters';
import { DuplicateRequesterError, holdsUnitsActively, type RequesterFileFields } from '@kefu/domain/requesters';

/** One file per phone, one active holder per unit and kind: the existing file is named, so the form can offer it. */
export async function refuseRequesterClash(tx: Queryable, siteId: string, file: RequesterFileFields, exceptId?: string): Promise<void> {
  const clash = await findRequesterClash(tx, siteId, { kind: file.kind, phone: file.phone, units: file.units, holdsUnits: holdsUnitsActively(file), exceptId });
  if (!clash) return;
  const { existing } = clash;
  throw new DuplicateRequesterError(clash.field, clash.value, existing.id, existing.shopName ?? existing.name);
}
