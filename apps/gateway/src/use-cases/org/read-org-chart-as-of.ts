import { loadOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { siteToday } from './effective-day.js';

/**
 * The viewer's site's chart as it stood on `day` (site-local YYYY-MM-DD): one query over the
 * dated rows (migration 038). A day after the site's today has no chart yet: refused as `asOf`.
 */
export async function readOrgChartAsOf(uc: UseCaseContext, day: string): Promise<OrgChart> {
  const { siteId } = asStaff(uc).principal;
  if (day > (await siteToday(uc.db, siteId, uc.now))) throw new ValidationError([{ field: 'asOf', rule: 'after_today' }]);
  return loadOrgChart(uc.db, siteId, day);
}
