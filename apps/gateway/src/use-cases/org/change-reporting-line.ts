import { replaceReportingLines } from '@kefu/db/org';
import { changeReportingLine as changeInChart, diffFields, type Position } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/** Sets the positions a position reports to (直接上级); the domain refuses a cycle. */
export async function changeReportingLine(uc: UseCaseContext, positionId: string, reportsTo: string[]): Promise<Position> {
  await requireOnPosition(uc, 'org.reportingLine.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const changed = changeInChart(chart, positionId, reportsTo);
    await replaceReportingLines(tx, siteId, positionId, reportsTo);
    const before = chart.positions.find((p) => p.id === positionId)!;
    const after = changed.positions.find((p) => p.id === positionId)!;
    await record('reportingLine.change', { positionId }, diffFields({ reportsTo: before.reportsTo }, { reportsTo: after.reportsTo }, ['reportsTo']));
    return after;
  });
}
