import { alsoTagged, scoped, type Grant, type GrantScope } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import type { Visibility } from '../org/visibility.js';
import { ticketFacts, type TicketResource } from './ticket-resource.js';

const WORKING_SCOPES = ['site', 'subordinates', 'own_queue'] as const;
const SUPERVISING_SCOPES = ['site', 'subordinates'] as const;

/** The tickets context's actions, in display order, with the scopes a grant of each may have. Each transition names one. */
export const TICKET_ACTIONS = {
  'ticket.create': ['any'],
  'ticket.view': [...WORKING_SCOPES, 'own'],
  'ticket.assign': SUPERVISING_SCOPES,
  'ticket.take': [...WORKING_SCOPES, 'own'],
  'ticket.reply': WORKING_SCOPES,
  'ticket.relay': WORKING_SCOPES,
  'ticket.start': WORKING_SCOPES,
  'ticket.escalate': [...SUPERVISING_SCOPES, 'own'],
  'ticket.resolve': WORKING_SCOPES,
  'ticket.markInvalid': SUPERVISING_SCOPES,
  'ticket.followUp': WORKING_SCOPES,
  'ticket.close': WORKING_SCOPES,
  'ticket.reopen': SUPERVISING_SCOPES,
  'ticket.setSubject': WORKING_SCOPES,
  // Only the requester rates; no staff grant has it.
  'ticket.rate': [],
  'ticket.policy.configure': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type TicketAction = keyof typeof TICKET_ACTIONS;

/**
 * Which tickets a viewer may see, as the ticket queue's storage filter: units are matched on
 * `unit_id`, staff on `assignee_id` or `created_by_id`, a requester on `requester_id`.
 */
export type TicketVisibility = Visibility;

/**
 * `ticket.setSubject`: whoever works a complaint records and corrects who it is about (`001_…`
 * 投诉接待 (1) "详细记录…被投诉人及被投诉部门" is the receiving clerk's duty).
 */
const CLERK_ACTIONS = ['ticket.view', 'ticket.reply', 'ticket.start', 'ticket.relay', 'ticket.resolve', 'ticket.followUp', 'ticket.close', 'ticket.setSubject'] as const;
const SUPERVISOR_ACTIONS = [...CLERK_ACTIONS, 'ticket.assign', 'ticket.take', 'ticket.escalate', 'ticket.markInvalid', 'ticket.reopen'] as const;
/**
 * A front-line clerk takes and works a ticket they registered and passes on what they cannot
 * solve: `002_…` 服务人员 投诉受理 "若自己现场不能解决的,要及时传递给相关负责人进行解决,并跟踪到底";
 * `001_…` 投诉接待 (3) "应及时联系主管". `own` is the tickets they registered or hold; escalating
 * sends one to their supervisor (escalationTarget, up the reporting line).
 */
const FRONT_LINE: Grant<TicketAction>[] = scoped('own', ['ticket.take', 'ticket.escalate']);
const CLERK = [...scoped('own_queue', CLERK_ACTIONS), ...FRONT_LINE];
const SUPERVISOR = scoped('subordinates', SUPERVISOR_ACTIONS);
/**
 * `002_…` 商户客服主管 (5) and 市场中心服务前台后台服务人员 (9): "及时收集各卖场前台受理的商户投诉和服务申请,
 * 传递到相关部门并监督解决": both follow merchant complaints wherever a desk took them down.
 */
const MERCHANT_COMPLAINTS = ['merchant_complaint'];
const POLICY = scoped('any', ['ticket.policy.configure'] as const);

/**
 * Who works tickets, per catalogue position. Clerks work their unit's queue, supervisors the
 * queues below them, the director every ticket of the site. Everyone in a position creates
 * tickets and follows their own.
 */
export const ticketPermissions: PermissionContext<TicketAction, TicketResource> = {
  name: 'tickets',
  actions: TICKET_ACTIONS,
  baseline: [
    { action: 'ticket.create', scope: 'any' },
    { action: 'ticket.view', scope: 'own' },
  ],
  grants: {
    // The site's deadlines per kind: `002_…` 客户服务部经理 9 "负责制订本商场相关的服务标准,服务管理制度、服务流程";
    // 副经理 7 "协助客服部经理负责制订本商场相关的服务标准".
    director: [...scoped('site', SUPERVISOR_ACTIONS), ...POLICY],
    deputy: [...SUPERVISOR, ...POLICY],
    merchant_supervisor: alsoTagged(MERCHANT_COMPLAINTS, SUPERVISOR),
    floor_supervisor: SUPERVISOR,
    office_clerk: alsoTagged(MERCHANT_COMPLAINTS, CLERK),
    archive_clerk: CLERK,
    hall_clerk: CLERK,
    floor_clerk: CLERK,
    /*
     * The shuttle-cart team works its own team's tickets. `002_…` 导购车辆队长: "负责导购车辆服务队伍的全面导购服务工作",
     * "负责相关车辆的检查和维护", 团队管理 with 直接下级 导购车辆导购员: the captain works the team's queue and
     * the drivers' tickets, and dispatches within the team. 导购车辆导购: "负责相关车辆的检查和维护,并及时定期向上级汇报"
     * (直接上级 导购车辆队长): a driver works the team's queue and passes up what they cannot solve.
     * Judging a complaint invalid and reopening work stay with the supervisors (the product's own rule).
     */
    cart_captain: scoped('subordinates', SUPERVISOR_ACTIONS.filter((a) => a !== 'ticket.markInvalid' && a !== 'ticket.reopen')),
    cart_driver: CLERK,
  },
  // Merchants, owners and customers submit requests, follow their own and rate them; rating
  // needs a ticket, so it is not offered at the site level.
  requesterGrants: [
    { action: 'ticket.create', onSite: true },
    { action: 'ticket.view', onSite: true },
    { action: 'ticket.rate', onSite: false },
  ],
  records: { type: 'ticket', facts: ticketFacts, view: 'ticket.view', hasSubjects: true },
};
