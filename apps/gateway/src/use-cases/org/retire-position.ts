import { findStaffByIds, lastDatedChange, loadScheduledOrgChanges, retirePosition as storeRetirement } from '@kefu/db/org';
import { positionInUse, PositionInUseError } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { effectiveDayOf } from './effective-day.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Retires a position from `effectiveOn` on (the site's today when left out; not before its last
 * dated change), when nobody holds it from that day on and nobody reports to it; otherwise says
 * who, by name and title. `expectedVersion` is the version the editor read: a position changed
 * in between is refused as CONFLICT.
 */
export async function retirePosition(uc: UseCaseContext, positionId: string, expectedVersion: number, effectiveOn: Date | null = null): Promise<void> {
  await requireOnPosition(uc, 'org.position.edit', positionId);
  await changeOrg(uc, async (tx, chart, siteId, record) => {
    if (!chart.positions.some((p) => p.id === positionId)) throw new NotFoundError('Position', positionId);
    const on = await effectiveDayOf(tx, siteId, uc.now, effectiveOn, await lastDatedChange(tx, siteId, positionId));
    // Held from the retirement day on (a back-dated one included) keeps it in use.
    const inUse = positionInUse(chart, positionId, effectiveOn ? new Date(`${on}T00:00:00Z`) : uc.now);
    // A position scheduled to report to it from a later day counts too: it would report to a retired one.
    const scheduledReportIds = (await loadScheduledOrgChanges(tx, siteId))
      .flatMap((c) => (c.kind === 'reportingLine' && c.reportsTo.includes(positionId) ? [c.positionId] : []));
    if (inUse || scheduledReportIds.length > 0) {
      const people = await findStaffByIds(tx, siteId, inUse?.holderIds ?? []);
      const holders = people.flatMap((s) => (s ? [s.name] : [])).join('、') || '—';
      const reportIds = [...new Set([...(inUse?.reportIds ?? []), ...scheduledReportIds])];
      const reports = reportIds.flatMap((id) => chart.positions.filter((p) => p.id === id).map((p) => p.title.zh)).join('、') || '—';
      throw new PositionInUseError(positionId, holders, reports);
    }
    await storeRetirement(tx, siteId, positionId, expectedVersion, on);
    await record('position.retire', { positionId }, [{ field: 'retiredOn', before: null, after: on }]);
  });
}
