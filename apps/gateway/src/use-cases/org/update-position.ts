import { findPositionById, updatePosition as storePosition } from '@kefu/db/org';
import { editPosition, type Position, type PositionChanges } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/** Edits a position's title, purpose or headcount. */
export async function updatePosition(uc: UseCaseContext, positionId: string, changes: PositionChanges): Promise<Position> {
  await requireOnPosition(uc, 'org.position.edit', positionId);
  return changeOrg(uc, async (tx, _chart, siteId) => {
    const found = await findPositionById(tx, siteId, positionId);
    if (!found) throw new NotFoundError('Position', positionId);
    const next = editPosition(found.position, changes);
    await storePosition(tx, siteId, next, found.version);
    return next;
  });
}
