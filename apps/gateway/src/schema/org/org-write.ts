import type { Queryable } from '@kefu/db/engine';
import { loadOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import { loadAccess } from '../../access/access.js';
import type { GatewayContext } from '../../context.js';
import { signedInStaff } from '../common/request-scope.js';

/**
 * Runs an org change in one transaction, serialized per site: the site row is locked and the
 * chart reloaded inside it, so two concurrent edits cannot each pass the cycle or overlap check
 * against a chart the other is changing. Afterwards every replica drops its cached chart.
 */
export async function writeOrg<T>(ctx: GatewayContext, work: (tx: Queryable, chart: OrgChart, siteId: string) => Promise<T>): Promise<T> {
  const { siteId } = signedInStaff(ctx);
  const result = await ctx.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM sites WHERE id = $1 FOR UPDATE', [siteId]);
    return work(tx, await loadOrgChart(tx, siteId), siteId);
  });
  ctx.services.orgCharts.invalidate(siteId);
  ctx.services.pubsub.publish('orgChanged', { siteId });
  // The rest of this request (the mutation's payload) reads the new chart.
  const access = loadAccess(ctx.db, ctx.viewer, ctx.services.orgCharts, ctx.now);
  ctx.access = () => access;
  return result;
}
