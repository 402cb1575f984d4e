import { lastDatedChange, loadScheduledOrgChanges, withdrawScheduledChange } from '@kefu/db/org';
import { scheduledChangeDay, type FieldChange } from '@kefu/domain/org';
import { editGrant, grantEditChange } from '@kefu/domain/permissions';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { siteToday } from './effective-day.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

/**
 * Withdraws the change scheduled for a later day of one position's reporting lines (`action`
 * null) or of its grant of `action`: from that day on, the chart stays as it is today. Allowed to
 * whoever may make the change: `org.reportingLine.edit` over the position for its lines; for a
 * grant, whoever could set the cell to the scope it has today (the matrix's guard rails, so a
 * withdrawal cannot keep a grant beyond the editor's own). Refused as `positionId`
 * nothing_scheduled when no change of those rows is pending. The trail records the withdrawal
 * under the change's own kind: the scheduled value → the value kept, and `scheduledOn` day → null.
 * Returns the day the withdrawn change would have taken effect.
 */
export async function cancelScheduledOrgChange(uc: UseCaseContext, positionId: string, action: string | null): Promise<string> {
  const { principal } = asStaff(uc);
  await requireOnPosition(uc, action === null ? 'org.reportingLine.edit' : 'org.position.edit', positionId);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const today = await siteToday(tx, siteId, uc.now);
    const day = scheduledChangeDay(today, await lastDatedChange(tx, siteId, positionId, action));
    const scheduled = day === null ? undefined : (await loadScheduledOrgChanges(tx, siteId, positionId)).find((c) =>
      action === null ? c.kind === 'reportingLine' : c.kind === 'grant' && c.action === action,
    );
    if (day === null || !scheduled) throw new ValidationError([{ field: 'positionId', rule: 'nothing_scheduled' }]);
    let changes: FieldChange[];
    if (scheduled.kind === 'reportingLine') {
      const kept = chart.positions.find((p) => p.id === positionId)?.reportsTo ?? [];
      changes = [{ field: 'reportsTo', before: scheduled.reportsTo, after: kept }];
    } else {
      const stored = chart.grants?.find((g) => g.positionId === positionId && g.action === scheduled.action);
      if (stored) editGrant(principal, chart, { positionId, action: scheduled.action, scope: stored.scope }, uc.now);
      const kept = grantEditChange(chart, { positionId, action: scheduled.action, scope: null }).before;
      changes = [{ field: scheduled.action, before: scheduled.scope, after: kept }];
    }
    await withdrawScheduledChange(tx, siteId, positionId, action, day);
    await record(action === null ? 'reportingLine.change' : 'grant.change', { positionId }, [...changes, { field: 'scheduledOn', before: day, after: null }]);
    return day;
  });
}
