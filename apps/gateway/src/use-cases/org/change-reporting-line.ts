import { lastDatedChange, replaceReportingLines } from '@kefu/db/org';
import { changeReportingLine as changeInChart, diffFields, type Position } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { chartsFrom, effectiveDayOf, siteToday } from './effective-day.js';
import { changeOrg, withEffectiveDay } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Sets the positions a position reports to (直接上级) from `effectiveOn` (the site's today when
 * left out; not before the position's last dated change). A later day schedules it: the chart of
 * today is unchanged until then, and the position's lines take no other change until it applies
 * or is withdrawn (cancelScheduledOrgChange). The domain refuses a cycle on the change's day and on
 * every later day a change scheduled elsewhere begins. Returns the position as it is on that day.
 */
export async function changeReportingLine(uc: UseCaseContext, positionId: string, reportsTo: string[], effectiveOn: Date | null = null): Promise<Position> {
  await requireOnPosition(uc, 'org.reportingLine.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const on = await effectiveDayOf(tx, siteId, uc.now, effectiveOn, await lastDatedChange(tx, siteId, positionId), { future: true });
    const [base, ...later] = await chartsFrom(tx, siteId, await siteToday(tx, siteId, uc.now), on, chart);
    const changed = changeInChart(base!, positionId, reportsTo);
    for (const c of later) changeInChart(c, positionId, reportsTo);
    await replaceReportingLines(tx, siteId, positionId, reportsTo, on);
    const before = base!.positions.find((p) => p.id === positionId)!;
    const after = changed.positions.find((p) => p.id === positionId)!;
    await record('reportingLine.change', { positionId }, withEffectiveDay(diffFields({ reportsTo: before.reportsTo }, { reportsTo: after.reportsTo }, ['reportsTo']), on));
    return after;
  });
}
