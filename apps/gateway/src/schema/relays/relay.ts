import { isRelayOverdue, RELAY_STATUSES, relayResource, RETURN_REASONS, type Department, type DepartmentContact, type Relay } from '@kefu/domain/relays';
import { ticketResource } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { PeerDepartmentEnum } from '../tickets/ticket-enums.js';
import { TicketRef } from '../tickets/ticket.js';

export const RelayStatusEnum = domainEnum('RelayStatus', RELAY_STATUSES, 'Where a relay to another department stands (传达状态).', {
  pending: 'Sent, not yet taken up by the department (待受理).',
  accepted: 'The department took it up (已受理).',
  returned: 'The department sent it back (已退回).',
  replied: 'The department answered with its result (已反馈).',
});

export const ReturnReasonEnum = domainEnum('ReturnReason', RETURN_REASONS, 'Why a department sent a relay back.', {
  not_ours: 'Not this department’s matter (非本部门事项): the relay went to the wrong place; it counts against 信息传递准确率.',
  cannot_handle: 'The department’s matter, but it cannot handle it now; the note says why.',
});

const DepartmentContactRef = builder.objectRef<DepartmentContact>('DepartmentContact').implement({
  description: 'Someone to call in a department (联系人). Reached only through `Department.contacts`.',
  authScopes: { staff: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Their name, or a duty desk.' }),
    role: t.exposeString('role', { description: 'Their role (经理, 值班 …); may be empty.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone: 11-digit mobile or landline with area code.' }),
  }),
});

const sameSiteStaff = (ctx: GatewayContext, siteId: string): boolean => ctx.viewer.principal.kind === 'staff' && ctx.viewer.principal.siteId === siteId;

export const DepartmentRef = builder.objectRef<Department>('Department').implement({
  description: 'A department outside customer service that tickets are relayed to (信息传达): engineering, logistics, leasing … Staff of the site with `department.view`.',
  authScopes: async (d, ctx) => sameSiteStaff(ctx, d.siteId) && (await ctx.access()).can('department.view', { type: 'site', siteId: d.siteId }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The department’s id.' }),
    code: t.exposeString('code', { description: 'A short code, unique within the site (engineering).' }),
    name: t.field({ type: LocalizedTextRef, description: 'Its name in both languages (工程维修部); requesters read it on their timeline.', resolve: (d) => d.name }),
    peer: t.field({ type: PeerDepartmentEnum, nullable: true, description: 'The kind of peer department it is, which a ticket’s `relayedTo` shows; null for one of no listed kind (security).', resolve: (d) => d.peer }),
    contacts: t.field({ type: [DepartmentContactRef], description: 'People and desks to call.', resolve: (d) => d.contacts }),
    members: t.field({
      type: [StaffRef],
      description: 'Its staff accounts: they receive its relays in their own inbox.',
      resolve: async (d, _args, ctx) => (await signedInStaff(ctx).loaders.staff.loadMany(d.memberStaffIds)).filter((s) => s !== null && !(s instanceof Error)) as never,
    }),
    active: t.exposeBoolean('active', { description: 'False once retired: kept for old relays, offered for no new one.' }),
  }),
});

/** The department of a relay, read once per request. */
export const departmentOf = async (relay: Relay, ctx: GatewayContext): Promise<Department> => {
  const department = await signedInStaff(ctx).loaders.departments.load(relay.departmentId);
  if (!department) throw new Error(`relay ${relay.id} has no department`);
  return department;
};

const mayRespond = async (relay: Relay, ctx: GatewayContext): Promise<boolean> =>
  (await ctx.access()).can('relay.respond', relayResource(relay, await departmentOf(relay, ctx)));

export const RelayRef = builder.objectRef<Relay>('Relay').implement({
  description:
    'A ticket relayed to a department outside customer service (信息传达) and the department’s answer. Staff who may see it: the site with `relay.view`, or its maker and the department’s own staff accounts.',
  authScopes: async (relay, ctx) => sameSiteStaff(ctx, relay.siteId) && (await ctx.access()).can('relay.view', relayResource(relay, await departmentOf(relay, ctx))),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The relay’s id.' }),
    version: t.exposeInt('version', { description: 'Its version: an answer names the one the client read; a stale one is CONFLICT.' }),
    department: t.field({ type: DepartmentRef, description: 'The receiving department.', resolve: (r, _args, ctx) => departmentOf(r, ctx) }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description: 'The ticket relayed; null for a viewer who may not see the ticket itself (a department’s account reads `ticketNumber`, `ticketTitle`, `ticketLocation`).',
      resolve: async (r, _args, ctx) => {
        const ticket = await signedInStaff(ctx).loaders.tickets.load(r.subject.ticketId);
        return ticket && (await ctx.access()).can('ticket.view', ticketResource(ticket)) ? ticket : null;
      },
    }),
    ticketNumber: t.int({ description: 'The ticket’s number (KF-000123).', resolve: async (r, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(r.subject.ticketId))!.number }),
    ticketTitle: t.string({ description: 'The ticket’s one-line summary.', resolve: async (r, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(r.subject.ticketId))!.title }),
    ticketLocation: t.string({ nullable: true, description: 'Where in the mall.', resolve: async (r, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(r.subject.ticketId))!.location }),
    ask: t.exposeString('ask', { description: 'What is asked of the department.' }),
    dueAt: t.field({ type: 'DateTime', description: 'When the department’s answer is due, by the ticket’s severity (SLA policy), never after the ticket must be resolved.', resolve: (r) => r.dueAt }),
    overdue: t.boolean({ description: 'Not yet answered and past its due time.', resolve: (r, _args, ctx) => isRelayOverdue(r, ctx.now) }),
    relayedBy: t.field({ type: StaffRef, nullable: true, description: 'Who relayed it.', resolve: (r, _args, ctx) => signedInStaff(ctx).loaders.staff.load(r.relayedById) }),
    relayedByName: t.string({
      description: 'The name of who relayed it, for a department’s account that may not read the staff list.',
      resolve: async (r, _args, ctx) => (await signedInStaff(ctx).loaders.staff.load(r.relayedById))?.name ?? '',
    }),
    relayedAt: t.field({ type: 'DateTime', description: 'When it was relayed.', resolve: (r) => r.relayedAt }),
    status: t.field({ type: RelayStatusEnum, description: 'Where it stands.', resolve: (r) => r.status }),
    acceptedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the department took it up.', resolve: (r) => r.acceptedAt }),
    returnedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was sent back.', resolve: (r) => r.returnedAt }),
    returnReason: t.field({ type: ReturnReasonEnum, nullable: true, description: 'Why it was sent back.', resolve: (r) => r.returnReason }),
    returnNote: t.exposeString('returnNote', { nullable: true, description: 'The department’s words on sending it back.' }),
    repliedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the department answered.', resolve: (r) => r.repliedAt }),
    reply: t.exposeString('reply', { nullable: true, description: 'The department’s result; the requester reads it on their timeline.' }),
    respondedBy: t.field({ type: StaffRef, nullable: true, description: 'Who recorded the last answer.', resolve: (r, _args, ctx) => (r.respondedById ? signedInStaff(ctx).loaders.staff.load(r.respondedById) : null) }),
    byPhone: t.exposeBoolean('byPhone', { description: 'The answer was taken by phone and recorded by someone outside the department.' }),
    correctsRelayId: t.exposeID('correctsRelayId', { nullable: true, description: 'The relay returned as not ours that this one corrected.' }),
    viewerMayRespond: t.boolean({ description: 'The viewer may accept, return or answer it (`relay.respond`).', resolve: (r, _args, ctx) => mayRespond(r, ctx) }),
  }),
});
