import { can, ticketVisibility } from '@kefu/domain/org';
import type { Queryable } from '@kefu/db';
import type { Access, Viewer } from '../context.js';
import type { OrgChartCache } from './org-chart-cache.js';

/** The viewer's permissions for one request: the domain decides, the gateway only asks. */
export async function loadAccess(q: Queryable, viewer: Viewer, orgCharts: OrgChartCache, now: Date): Promise<Access> {
  const { principal } = viewer;
  const chart = principal.kind === 'anonymous' ? null : await orgCharts.get(q, principal.siteId);
  if (!chart) {
    return { chart: null, can: () => false, ticketVisibility: () => ({ kind: 'none' }) };
  }
  let visibility: ReturnType<typeof ticketVisibility> | undefined;
  return {
    chart,
    can: (action, resource) => can(principal, action, resource, chart, now),
    ticketVisibility: () => (visibility ??= ticketVisibility(principal, chart, now)),
  };
}
