import type { GrantScope } from '../org/grants.js';
import { scoped } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import { requesterFacts, type RequesterResource } from './requester-resource.js';

/**
 * The requesters context's actions. A file belongs to the site, not to a unit's queue, so
 * every grant is `any`: whoever holds it reaches every file of their own site.
 */
export const REQUESTER_ACTIONS = {
  'requester.view': ['any'],
  'requester.create': ['any'],
  'requester.edit': ['any'],
  'requester.documents': ['any'],
  'requester.import': ['any'],
  'requester.invite': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type RequesterAction = keyof typeof REQUESTER_ACTIONS;

const READ = scoped('any', ['requester.view'] as const);
const REGISTER = scoped('any', ['requester.view', 'requester.create'] as const);
const KEEP = scoped('any', ['requester.view', 'requester.create', 'requester.edit'] as const);
// Product rule (issue 14 §3): "an invitation created by a clerk" — every clerk who registers
// requesters may invite a merchant or owner to the portal, and revoke their sign-ins.
const INVITE = scoped('any', ['requester.invite'] as const);

/**
 * Who keeps requesters' files, per catalogue position (seed 002). Supervisors and above read
 * their site's files; the cart team works carts and has none.
 */
export const requesterPermissions: PermissionContext<RequesterAction, RequesterResource> = {
  name: 'requesters',
  actions: REQUESTER_ACTIONS,
  baseline: [],
  grants: {
    // Product rule: the department's heads and the archive clerk bring the archive in from Excel.
    director: [...READ, ...scoped('any', ['requester.import'] as const)],
    deputy: [...READ, ...scoped('any', ['requester.import'] as const)],
    merchant_supervisor: READ,
    floor_supervisor: READ,
    // Seed 002, archive clerk: "负责市场商户档案资料的保管及更新" (keeps merchant files up to date).
    // It alone keeps the documents (licence, contract, insurance card) and their expiry list.
    archive_clerk: [...KEEP, ...INVITE, ...scoped('any', ['requester.documents', 'requester.import'] as const)],
    // Seed 002, hall clerk: "录入客户信息、建立客户档案" (enters customer information, builds customer files).
    hall_clerk: [...KEEP, ...INVITE],
    // Seed 002, office clerk: "及时分类登记客户信息" (registers every caller); clerks create, the keepers edit.
    office_clerk: [...REGISTER, ...INVITE],
    floor_clerk: [...REGISTER, ...INVITE],
    cart_captain: [],
    cart_driver: [],
  },
  // Portal users reach no file through this context, not even their own (product rule).
  requesterGrants: [],
  records: { type: 'requester', facts: requesterFacts, view: 'requester.view' },
};
