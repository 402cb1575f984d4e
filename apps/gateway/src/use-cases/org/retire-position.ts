import { findStaffByIds, retirePosition as storeRetirement } from '@kefu/db/org';
import { findSiteById, localDate } from '@kefu/db/sites';
import { positionInUse, PositionInUseError } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Retires a position from the site's today on, when nobody holds it (now or later) and nobody
 * reports to it; otherwise says who, by name and title. `expectedVersion` is the version the
 * editor read: a position changed in between is refused as CONFLICT.
 */
export async function retirePosition(uc: UseCaseContext, positionId: string, expectedVersion: number): Promise<void> {
  await requireOnPosition(uc, 'org.position.edit', positionId);
  await changeOrg(uc, async (tx, chart, siteId, record) => {
    if (!chart.positions.some((p) => p.id === positionId)) throw new NotFoundError('Position', positionId);
    const inUse = positionInUse(chart, positionId, uc.now);
    if (inUse) {
      const people = await findStaffByIds(tx, siteId, inUse.holderIds);
      const holders = people.flatMap((s) => (s ? [s.name] : [])).join('、') || '—';
      const reports = inUse.reportIds.map((id) => chart.positions.find((p) => p.id === id)!.title.zh).join('、') || '—';
      throw new PositionInUseError(positionId, holders, reports);
    }
    const site = await findSiteById(tx, siteId);
    const today = localDate(uc.now, site?.timeZone ?? 'Asia/Shanghai').toISOString().slice(0, 10);
    await storeRetirement(tx, siteId, positionId, expectedVersion, today);
    await record('position.retire', { positionId }, [{ field: 'retiredOn', before: null, after: today }]);
  });
}
