import { loadOrgChart } from '@kefu/db/org';
import type { Queryable } from '@kefu/db/engine';
import type { OrgChart } from '@kefu/domain/org';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Runs an org change in one transaction, serialized per site: the site is locked and the chart
 * reloaded inside it, so two concurrent edits cannot each pass the cycle or overlap check
 * against a chart the other is changing. Afterwards every replica drops its cached chart.
 */
export async function changeOrg<T>(uc: UseCaseContext, work: (tx: Queryable, chart: OrgChart, siteId: string) => Promise<T>): Promise<T> {
  const { siteId } = asStaff(uc).principal;
  const result = await inSiteLock(uc, async (tx) => work(tx, await loadOrgChart(tx, siteId), siteId));
  uc.orgCharts.invalidate(siteId);
  uc.pubsub.publish('orgChanged', { siteId });
  uc.reloadAccess();
  return result;
}
