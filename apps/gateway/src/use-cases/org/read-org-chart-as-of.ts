import { loadOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * The viewer's site's chart as it stood, or will stand, on `day` (site-local YYYY-MM-DD): one
 * query over the dated rows (migration 038). A later day shows the changes scheduled up to it.
 */
export async function readOrgChartAsOf(uc: UseCaseContext, day: string): Promise<OrgChart> {
  const { siteId } = asStaff(uc).principal;
  return loadOrgChart(uc.db, siteId, day);
}
