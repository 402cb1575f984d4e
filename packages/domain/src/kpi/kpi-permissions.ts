import type { GrantScope } from '../org/grants.js';
import { scoped } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';

/**
 * The KPI context's actions. `kpi.view` reaches the viewer's own figures (`own`), those of the
 * team below them (`subordinates`) or the whole site (`site`). Its records are the org's own:
 * people and positions, so it declares no record kind.
 */
export const KPI_ACTIONS = {
  'kpi.view': ['site', 'subordinates', 'own'],
  'kpi.target.set': ['site'],
  'kpi.report.view': ['any'],
  'kpi.report.edit': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type KpiAction = keyof typeof KPI_ACTIONS;

const TEAM = scoped('subordinates', ['kpi.view'] as const);

/**
 * Who watches which figures (seed 002). Every holder sees their own figures (the product's own
 * rule: a KPI one is measured by is one's to see).
 */
export const kpiPermissions: PermissionContext<KpiAction, never> = {
  name: 'kpi',
  actions: KPI_ACTIONS,
  baseline: [{ action: 'kpi.view', scope: 'own' }],
  grants: {
    // Seed 002, director: "配合人力资源部进行部门人员的招聘、考核"; seed 000, director: "主持员工绩效考核工作".
    // Watches the site, sets its targets and writes the monthly analysis.
    director: [...scoped('site', ['kpi.view', 'kpi.target.set'] as const), ...scoped('any', ['kpi.report.view', 'kpi.report.edit'] as const)],
    // Seed 002, deputy: "协助客服部经理…定期完成工作总结"; its KPI 所属下级的有效投诉率 reads the team below.
    deputy: [...scoped('site', ['kpi.view'] as const), ...scoped('any', ['kpi.report.view'] as const)],
    // Seed 002, supervisors: 团队管理 is their KPI; seed 001 班长: "查看BI,监管各坐席的工作状态及各项指标完成情况".
    merchant_supervisor: [...TEAM, ...scoped('any', ['kpi.report.view'] as const)],
    floor_supervisor: [...TEAM, ...scoped('any', ['kpi.report.view'] as const)],
    // Seed 002, cart captain: 团队管理 over the cart guides.
    cart_captain: TEAM,
  },
  requesterGrants: [],
  records: null,
};
