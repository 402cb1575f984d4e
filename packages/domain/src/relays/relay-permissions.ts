import type { GrantScope } from '../org/grants.js';
import { scoped } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { relayFacts, type RelayResource } from './relay-resource.js';

/**
 * The relays context's actions. `own` reaches the relays a viewer made and those sent to a
 * department the viewer is a member of (its inbox); `any` every relay of the site.
 */
export const RELAY_ACTIONS = {
  'relay.view': ['any', 'own'],
  'relay.create': ['any'],
  'relay.respond': ['any', 'own'],
  'department.view': ['any'],
  'department.manage': ['any'],
  'inbound.view': ['any'],
  'inbound.register': ['any'],
  'inbound.acknowledge': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type RelayAction = keyof typeof RELAY_ACTIONS;

// Seed 002, hall clerk: "对其他部门传达的信息及时受理反馈" — the desk acknowledges what others pass on.
const INBOUND = scoped('any', ['inbound.acknowledge'] as const);
const DESK = [...scoped('any', ['relay.view', 'relay.create'] as const), ...INBOUND];
const OVERSEE = [...scoped('any', ['relay.view', 'relay.create', 'relay.respond'] as const), ...INBOUND];
const MANAGE = [...OVERSEE, ...scoped('any', ['department.manage'] as const)];

/**
 * Who relays, answers and keeps the departments (seed 002). Every position holder sees the
 * departments and answers relays of their own department or their own making: a department's
 * staff account holds a position of its own, and the relaying clerk records an answer taken by
 * phone.
 */
export const relayPermissions: PermissionContext<RelayAction, RelayResource> = {
  name: 'relays',
  actions: RELAY_ACTIONS,
  baseline: [
    { action: 'department.view', scope: 'any' },
    { action: 'relay.view', scope: 'own' },
    { action: 'relay.respond', scope: 'own' },
    // Inbound information is the site's news: everyone reads it, and anyone who hears it — a
    // clerk on the phone, a department's own staff account — registers it (product rule).
    { action: 'inbound.view', scope: 'any' },
    { action: 'inbound.register', scope: 'any' },
  ],
  grants: {
    // Seed 002, director: "协调客服部与公司其他各部门之间的工作衔接和配合关系".
    director: MANAGE,
    deputy: MANAGE,
    // Seed 002, merchant supervisor: "及时收集各卖场前台受理的商户投诉和服务申请,传递到相关部门并监督解决".
    merchant_supervisor: MANAGE,
    // Seed 002, floor supervisor: "负责对客户服务中心与其他各部门之间的工作协调".
    floor_supervisor: OVERSEE,
    // Seed 002, office clerk: "受理传达工作,并及时反馈给上级领导及其他相关部门".
    office_clerk: DESK,
    // Seed 002, hall clerk: "信息传达到物流部…信息传达到技术部"; "对其他部门传达的信息及时受理反馈".
    hall_clerk: DESK,
    floor_clerk: DESK,
    // Seed 002, archive clerk's KPI includes 信息传递准确率.
    archive_clerk: DESK,
    cart_captain: [],
    cart_driver: [],
  },
  // Requesters reach relays only as plain words on their own ticket's timeline (product rule).
  requesterGrants: [],
  records: { type: 'relay', facts: relayFacts, view: 'relay.view' },
};
