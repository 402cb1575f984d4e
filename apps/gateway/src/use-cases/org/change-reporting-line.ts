import { lastDatedChange, replaceReportingLines } from '@kefu/db/org';
import { changeReportingLine as changeInChart, diffFields, type Position } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { effectiveDayOf } from './effective-day.js';
import { changeOrg, withEffectiveDay } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Sets the positions a position reports to (直接上级) from `effectiveOn` (the site's today when
 * left out; not before the position's last dated change); the domain refuses a cycle.
 */
export async function changeReportingLine(uc: UseCaseContext, positionId: string, reportsTo: string[], effectiveOn: Date | null = null): Promise<Position> {
  await requireOnPosition(uc, 'org.reportingLine.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const changed = changeInChart(chart, positionId, reportsTo);
    const on = await effectiveDayOf(tx, siteId, uc.now, effectiveOn, await lastDatedChange(tx, siteId, positionId));
    await replaceReportingLines(tx, siteId, positionId, reportsTo, on);
    const before = chart.positions.find((p) => p.id === positionId)!;
    const after = changed.positions.find((p) => p.id === positionId)!;
    await record('reportingLine.change', { positionId }, withEffectiveDay(diffFields({ reportsTo: before.reportsTo }, { reportsTo: after.reportsTo }, ['reportsTo']), on));
    return after;
  });
}
