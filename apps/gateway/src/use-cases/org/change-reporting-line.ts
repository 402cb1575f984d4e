import { replaceReportingLines } from '@kefu/db/org';
import { changeReportingLine as changeInChart, type Position } from '@kefu/domain/org';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/** Sets the positions a position reports to (直接上级); the domain refuses a cycle. */
export async function changeReportingLine(uc: UseCaseContext, positionId: string, reportsTo: string[]): Promise<Position> {
  await requireOnPosition(uc, 'org.reportingLine.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId) => {
    const changed = changeInChart(chart, positionId, reportsTo);
    await replaceReportingLines(tx, siteId, positionId, reportsTo);
    return changed.positions.find((p) => p.id === positionId)!;
  });
}
