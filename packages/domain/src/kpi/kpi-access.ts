import type { OrgResource } from '../org/action.js';
import { currentHolders } from '../org/assignments.js';
import { SCOPE_REACH } from '../org/grants.js';
import type { OrgChart } from '../org/org-chart.js';
import type { Principal } from '../shared/principal.js';
import type { KpiSubject } from './kpi-rollup.js';

/** What the access rule needs of the permission core (`@kefu/domain/permissions`), passed in to keep the import one way. */
export type KpiPermissionCore = {
  can(principal: Principal, action: 'kpi.view', resource: OrgResource, chart: OrgChart, at: Date): boolean;
  reachOf(chart: OrgChart, staffId: string, action: string, at: Date): number;
};

/**
 * Whether `principal` may read a subject's KPI figures: their own always (the baseline); a
 * person or position below them with `subordinates`; their own position's team when they
 * hold it with `subordinates` or wider; the site only with `site` at the top of the tree.
 */
export const mayReadKpi = (core: KpiPermissionCore, principal: Principal, chart: OrgChart, at: Date, subject: KpiSubject): boolean => {
  if (principal.kind !== 'staff' || principal.siteId !== chart.siteId) return false;
  const reach = core.reachOf(chart, principal.staffId, 'kpi.view', at);
  if (reach === 0) return false;
  switch (subject.kind) {
    case 'site':
      return reach >= SCOPE_REACH.site;
    case 'staff':
      return subject.staffId === principal.staffId || core.can(principal, 'kpi.view', { type: 'staff', siteId: chart.siteId, staffId: subject.staffId }, chart, at);
    case 'position': {
      const holds = currentHolders(chart, subject.positionId, at).some((a) => a.staffId === principal.staffId);
      if (holds) return reach >= SCOPE_REACH.subordinates;
      return core.can(principal, 'kpi.view', { type: 'position', siteId: chart.siteId, positionId: subject.positionId }, chart, at);
    }
  }
};
