import { findSiteById } from '@kefu/db/sites';
import { positionsHeldBy } from '@kefu/domain/org';
import { ACTIONS } from '@kefu/domain/permissions';
import { domainEnum } from '../common/domain-enum.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';
import { PositionRef } from '../org/position.js';
import { StaffRef } from '../org/staff.js';
import { RequesterRef } from '../requesters/requester.js';

type ViewerShape = { ctx: GatewayContext };

const ViewerKind = domainEnum('ViewerKind', ['staff', 'requester'] as const, 'Which side of kefu a signed-in viewer is on.', {
  staff: 'A member of the department, working in the admin app.',
  requester: 'A requester (a merchant, owner or customer), using the portal.',
});
export const ActionEnum = domainEnum('Action', ACTIONS, 'An action the permission rules decide on (see the permission matrix).', {
  'ticket.create': 'Register a ticket (受理).',
  'ticket.view': 'See a ticket.',
  'ticket.assign': 'Dispatch a ticket to a member of staff (派单).',
  'ticket.take': 'Take a ticket on oneself (接单).',
  'ticket.reply': 'Give the requester a clear answer (明确答复).',
  'ticket.relay': 'Hand a ticket to another department (传达).',
  'ticket.start': 'Start work on a ticket.',
  'ticket.escalate': 'Send a ticket up the reporting line (上报).',
  'ticket.resolve': 'Report a ticket’s result (反馈).',
  'ticket.markInvalid': 'Judge a complaint not valid (无效投诉).',
  'ticket.setSubject': 'Record or correct who a complaint is about (被投诉人及被投诉部门).',
  'ticket.followUp': 'Record a follow-up call or visit (回访).',
  'ticket.close': 'Close a ticket.',
  'ticket.reopen': 'Put a finished ticket back in the queue.',
  'ticket.rate': 'Rate the outcome of one’s own request (requesters).',
  'org.view': 'See the org chart: units, positions, holders (组织架构).',
  'org.position.edit': 'Edit a position’s title, purpose or headcount.',
  'org.reportingLine.edit': 'Change whom a position reports to (直接上级).',
  'org.assignment.edit': 'Put people in positions and end their assignments (任免).',
  'staff.view': 'See the staff directory.',
  'staff.edit': 'Add staff and sign them out everywhere.',
  'staff.appraise': 'Appraise staff below oneself (考核).',
  'org.audit.view': 'Read the audit trail of org changes (组织变更记录).',
  'requester.view': 'Read requesters’ files (来访人档案) of the site.',
  'requester.create': 'Register a merchant, owner or customer.',
  'requester.edit': 'Keep requesters’ files up to date.',
  'reception.view': 'Read the site’s reception log (来电来访登记) and the hall’s waiting view.',
  'reception.register': 'Register calls, visits and letters, receive visitors, turn contacts into tickets.',
  'reception.configure': 'Set the site’s reception standard (minutes).',
  'ticket.policy.configure': 'Set the site’s deadlines per ticket kind (complaints keep 001’s).',
  'message.take': 'Take a message for a member of staff or a unit (留言).',
  'message.view': 'Read messages for oneself, one’s units and those below.',
  'message.acknowledge': 'Acknowledge a message for oneself or one’s unit.',
  'message.configure': 'Set after how long unacknowledged messages go to supervisors.',
  'notification.view': 'Read one’s own notifications (消息提醒).',
  'relay.view': 'Read relays (信息传达) to other departments: all of the site, or one’s own and one’s department’s.',
  'relay.create': 'Relay a ticket to another department.',
  'relay.respond': 'Accept, return or answer a relay, as its department or recording its answer by phone.',
  'department.view': 'Read the departments outside customer service and their contacts.',
  'department.manage': 'Add, rename and retire departments, their contacts and staff accounts.',
  'inbound.view': 'Read the information other departments passed to customer service.',
  'inbound.register': 'Register information another department passes to customer service.',
  'inbound.acknowledge': 'Acknowledge inbound information for customer service, which publishes its notice to the portal.',
  'requester.documents': 'Keep requesters’ documents (licence, contract, insurance card) and watch their expiry.',
  'requester.import': 'Import merchants and owners from Excel.',
  'followup.view': 'See the 回访 queue: follow-ups owed by resolved repairs, in one’s queue or team.',
  'followup.call': 'Record 回访 calls: a failed attempt with its retry time, or the requester reached.',
  'followup.decide': 'Decide after the last failed attempt: close unreached, or assign the call again.',
  'requester.invite': 'Invite merchants and owners to the portal and disable their sign-ins.',
  'account.audit': 'Read the account audit log (账号审计日志).',
  'kpi.view': 'Read KPI figures (关键绩效指标): one’s own, the team below one, or the whole site.',
  'kpi.target.set': 'Set the site’s KPI targets.',
  'kpi.report.view': 'Read the monthly report (月度统计分析) and export it.',
  'kpi.report.edit': 'Write the director’s analysis in the monthly report.',
});

/** The signed-in person: who they are and what they may do site-wide. */
export const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  description:
    'The signed-in person: who they are and what they may do site-wide. Only ever the viewer themself. While `mustChangePassword` holds, it names them and nothing more (no record, no positions, no actions).',
  authScopes: { account: true },
  fields: (t) => ({
    mustChangePassword: t.boolean({
      description: 'The password was set by someone else (a first password, a reset): until changeOwnPassword, every other field and operation is refused with FORBIDDEN (reason AUTH.PASSWORD_CHANGE_REQUIRED).',
      resolve: ({ ctx }) => ctx.viewer.passwordChangeRequired,
    }),
    username: t.string({ description: 'The name they signed in with.', resolve: ({ ctx }) => ctx.viewer.username ?? '' }),
    kind: t.field({
      type: ViewerKind,
      description: 'Staff or requester.',
      resolve: ({ ctx }) => (ctx.viewer.principal.kind === 'staff' ? 'staff' : 'requester'),
    }),
    staff: t.field({
      type: StaffRef,
      nullable: true,
      description: 'Their staff record; null for requesters.',
      resolve: async ({ ctx }) => {
        const { principal, loaders } = signedIn(ctx);
        if (ctx.viewer.passwordChangeRequired) return null;
        return principal.kind === 'staff' ? loaders.staff.load(principal.staffId) : null;
      },
    }),
    requester: t.field({
      type: RequesterRef,
      nullable: true,
      description: 'Their requester record; null for staff.',
      resolve: async ({ ctx }) => {
        const { principal, loaders } = signedIn(ctx);
        if (ctx.viewer.passwordChangeRequired) return null;
        return principal.kind === 'requester' ? loaders.requesters.load(principal.requesterId) : null;
      },
    }),
    positions: t.field({
      type: [PositionRef],
      description: 'The positions the viewer holds today (staff only).',
      resolve: async ({ ctx }) => {
        const { principal } = signedIn(ctx);
        if (ctx.viewer.passwordChangeRequired) return [];
        const { chart } = await ctx.access();
        if (principal.kind !== 'staff' || !chart) return [];
        const held = new Set(positionsHeldBy(chart, principal.staffId, ctx.now).map((p) => p.id));
        return chart.positions.filter((p) => held.has(p.id));
      },
    }),
    siteTimeZone: t.string({
      description:
        'The IANA time zone of the viewer’s site (e.g. Asia/Shanghai): the apps show every time on this clock and read typed times on it, whatever the device’s own zone.',
      resolve: async ({ ctx }) => {
        const { siteId } = signedIn(ctx);
        const site = await findSiteById(ctx.db, siteId);
        if (!site) throw new Error('signed in to a site that does not exist');
        return site.timeZone;
      },
    }),
    siteActions: t.field({
      type: [ActionEnum],
      description: 'Actions the viewer may take anywhere in the site, e.g. to show navigation.',
      resolve: async ({ ctx }) => {
        const { siteId } = signedIn(ctx);
        if (ctx.viewer.passwordChangeRequired) return [];
        const access = await ctx.access();
        return ACTIONS.filter((action) => access.can(action, { type: 'site', siteId }));
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in viewer, or null when nobody is signed in.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => (ctx.viewer.principal.kind === 'anonymous' ? null : { ctx }),
  }),
);
