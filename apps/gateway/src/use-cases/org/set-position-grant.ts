import { storePositionGrant } from '@kefu/db/org';
import type { GrantEdit, OrgChart } from '@kefu/domain/org';
import { editGrant, grantEditChange } from '@kefu/domain/permissions';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { changeOrg } from './org-change.js';

/**
 * Sets one cell of the permission matrix for the viewer's site: the domain checks the guard
 * rails against the chart read under the site lock, storage keeps the site's own grant, and
 * every replica drops its cached chart (so every open app re-reads the viewer's actions).
 * Returns the chart as it is afterwards.
 */
export async function setPositionGrant(uc: UseCaseContext, edit: GrantEdit): Promise<OrgChart> {
  const { principal } = asStaff(uc);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const grants = editGrant(principal, chart, edit, uc.now);
    const change = grantEditChange(chart, edit);
    await storePositionGrant(tx, siteId, { positionId: edit.positionId, action: edit.action, scope: edit.scope }, principal.staffId);
    await record('grant.change', { positionId: edit.positionId }, [change]);
    return { ...chart, grants };
  });
}
