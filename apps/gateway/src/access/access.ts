import type { Visibility } from '@kefu/domain/org';
import { can, visibility, type Action } from '@kefu/domain/permissions';
import type { Queryable } from '@kefu/db/engine';
import type { Access, GatewayContext, Viewer } from '../context.js';
import type { OrgChartCache } from './org-chart-cache.js';

const settled = new WeakMap<Promise<Access>, Access>();

/** The viewer's permissions for one request: the domain decides, the gateway only asks. */
export function loadAccess(q: Queryable, viewer: Viewer, orgCharts: OrgChartCache, now: Date): Promise<Access> {
  const loading = resolveAccess(q, viewer, orgCharts, now);
  loading.then((access) => settled.set(loading, access), () => {});
  return loading;
}

/**
 * The request's access if it has already loaded, else undefined. Record checks run once per
 * object a response holds; answering them without a promise keeps every field of a page
 * synchronous once the first check has loaded the access.
 */
export const loadedAccess = (ctx: Pick<GatewayContext, 'access'>): Access | undefined => settled.get(ctx.access());

async function resolveAccess(q: Queryable, viewer: Viewer, orgCharts: OrgChartCache, now: Date): Promise<Access> {
  const { principal } = viewer;
  const chart = principal.kind === 'anonymous' ? null : await orgCharts.get(q, principal.siteId);
  if (!chart) {
    return { chart: null, can: () => false, visibility: () => ({ kind: 'none' }) };
  }
  // A request may list and count the same queue: each action's filter is computed once.
  const filters = new Map<Action, Visibility>();
  return {
    chart,
    can: (action, resource) => can(principal, action, resource, chart, now),
    visibility: (action) => {
      const known = filters.get(action);
      if (known) return known;
      const filter = visibility(principal, action, chart, now);
      filters.set(action, filter);
      return filter;
    },
  };
}
