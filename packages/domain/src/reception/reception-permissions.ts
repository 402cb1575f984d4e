import { scoped, type GrantScope } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { receptionFacts, type ReceptionResource } from './reception-resource.js';

/**
 * The reception context's actions. The log belongs to the site, not to a queue, so grants are
 * `any` (every entry of the viewer's site).
 */
export const RECEPTION_ACTIONS = {
  'reception.view': ['any'],
  'reception.register': ['any'],
  'reception.configure': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type ReceptionAction = keyof typeof RECEPTION_ACTIONS;

const READ = scoped('any', ['reception.view'] as const);
const REGISTER = scoped('any', ['reception.view', 'reception.register'] as const);
const CONFIGURE = scoped('any', ['reception.view', 'reception.configure'] as const);

/**
 * Who keeps the reception log, per catalogue position (seed 002). The front line registers;
 * supervisors and above read their site's log; the managers set the reception standard.
 */
export const receptionPermissions: PermissionContext<ReceptionAction, ReceptionResource> = {
  name: 'reception',
  actions: RECEPTION_ACTIONS,
  baseline: [],
  grants: {
    // Seed 002, director: "督导来电、来访人员的接待工作" (oversees the reception of callers and visitors).
    director: CONFIGURE,
    deputy: CONFIGURE,
    // Seed 002, merchant supervisor: "督导公司本部门前台及服务大厅服务人员对来电、来访人员的接待" (oversees it).
    merchant_supervisor: CONFIGURE,
    floor_supervisor: READ,
    // Seed 002, office clerk: "接听并转接集团电话,并及时分类登记客户信息"; "接待客户来访,负责登记与引导工作".
    office_clerk: REGISTER,
    // Seed 002, hall clerk and floor clerk: "负责接待信息的分类登记".
    hall_clerk: REGISTER,
    floor_clerk: REGISTER,
    archive_clerk: [],
    cart_captain: [],
    cart_driver: [],
  },
  // Portal users never see the front desk's log (product rule).
  requesterGrants: [],
  records: { type: 'reception', facts: receptionFacts, view: 'reception.view' },
};
