import { lastDatedChange, storePositionGrant } from '@kefu/db/org';
import type { GrantEdit, OrgChart } from '@kefu/domain/org';
import { editGrant, grantEditChange } from '@kefu/domain/permissions';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { chartsFrom, effectiveDayOf, siteToday } from './effective-day.js';
import { changeOrg, withEffectiveDay } from './org-change.js';

/**
 * Sets one cell of the permission matrix for the viewer's site: the domain checks the guard
 * rails against the chart read under the site lock, storage keeps the site's own grant, and
 * every replica drops its cached chart (so every open app re-reads the viewer's actions).
 * The grant holds from `effectiveOn` (the site's today when left out; not before the last dated
 * change of the same cell). A later day schedules it: the guard rails are checked against today's
 * chart (what the editor holds now) and against the chart of that day and of every later day a
 * change scheduled elsewhere begins; the cell takes no other change until it applies or is
 * withdrawn. Returns the chart in force today afterwards.
 */
export async function setPositionGrant(uc: UseCaseContext, edit: GrantEdit, effectiveOn: Date | null = null): Promise<OrgChart> {
  const { principal } = asStaff(uc);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const today = await siteToday(tx, siteId, uc.now);
    const on = await effectiveDayOf(tx, siteId, uc.now, effectiveOn, await lastDatedChange(tx, siteId, edit.positionId, edit.action), { future: true });
    const grants = editGrant(principal, chart, edit, uc.now);
    const [base, ...later] = await chartsFrom(tx, siteId, today, on, chart);
    for (const c of on > today ? [base!, ...later] : later) editGrant(principal, c, edit, uc.now);
    const change = grantEditChange(base!, edit);
    await storePositionGrant(tx, siteId, { positionId: edit.positionId, action: edit.action, scope: edit.scope }, principal.staffId, on);
    await record('grant.change', { positionId: edit.positionId }, withEffectiveDay([change], on));
    return on > today ? chart : { ...chart, grants };
  });
}
