import { findPositionById, updatePosition as storePosition } from '@kefu/db/org';
import { editPosition, positionChanges, type Position, type PositionChanges } from '@kefu/domain/org';
import { NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Edits any part of a position's job description. With `expectedVersion` (the version the editor
 * read), a change someone else saved in between is refused as CONFLICT rather than overwritten.
 */
export async function updatePosition(uc: UseCaseContext, positionId: string, changes: PositionChanges, expectedVersion: number | null = null): Promise<Position> {
  await requireOnPosition(uc, 'org.position.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const found = await findPositionById(tx, siteId, positionId);
    if (!found) throw new NotFoundError('Position', positionId);
    if (expectedVersion !== null && expectedVersion !== found.version) throw new StaleVersionError('Position', positionId, expectedVersion);
    const next = editPosition(found.position, changes, chart);
    await storePosition(tx, siteId, next, found.version);
    await record('position.edit', { positionId }, positionChanges(found.position, next));
    return next;
  });
}
