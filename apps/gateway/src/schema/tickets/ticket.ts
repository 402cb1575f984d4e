import { availableCommands, isOverdue, nextDeadline, requiredAction, slaState, ticketResource, type SlaDeadlines, type Ticket } from '@kefu/domain/tickets';
import type { Unit } from '@kefu/domain/org';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { UnitRef } from '../org/unit.js';
import { RequesterRef } from './requester.js';
import { staffMaySee } from './ticket-access.js';
import {
  ChannelEnum,
  PeerDepartmentEnum,
  RepairCategoryEnum,
  SeverityEnum,
  SlaStateEnum,
  TicketCommandEnum,
  TicketKindEnum,
  TicketStatusEnum,
} from './ticket-enums.js';
import { TicketEventRef } from './ticket-event.js';

export const TicketRef = builder.objectRef<Ticket>('Ticket');

const DeadlinesRef = builder.objectRef<SlaDeadlines>('Deadlines').implement({
  description: 'SLA deadlines computed from intake time and severity.',
  authScopes: { staff: true },
  fields: (t) => ({
    handoverBy: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.handoverBy }),
    replyBy: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.replyBy }),
    resolveBy: t.field({ type: 'DateTime', resolve: (d) => d.resolveBy }),
  }),
});
export { DeadlinesRef };

builder.node(TicketRef, {
  description: 'A complaint, repair or request as the department works it (staff only).',
  // Staff within the domain's scope; requesters use MyRequest, never this type.
  authScopes: (ticket, ctx) => staffMaySee(ctx, ticket),
  id: { resolve: (ticket) => ticket.id },
  loadMany: async (ids, ctx) => {
    if (ctx.viewer.principal.kind !== 'staff' || !ctx.loaders) return ids.map(() => null);
    const tickets = await ctx.loaders.tickets.loadMany(ids);
    const access = await ctx.access();
    return tickets.map((t) => (t && !(t instanceof Error) && access.can('ticket.view', ticketResource(t)) ? t : null));
  },
  fields: (t) => ({
    number: t.exposeInt('number'),
    kind: t.field({ type: TicketKindEnum, resolve: (x) => x.kind }),
    channel: t.field({ type: ChannelEnum, resolve: (x) => x.channel }),
    severity: t.field({ type: SeverityEnum, resolve: (x) => x.severity }),
    status: t.field({ type: TicketStatusEnum, resolve: (x) => x.status }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    location: t.exposeString('location', { nullable: true }),
    preferredContactTime: t.exposeString('preferredContactTime', { nullable: true }),
    requester: t.field({
      type: RequesterRef,
      resolve: async (x, _args, ctx) => {
        const requester = await signedInStaff(ctx).loaders.requesters.load(x.requesterId);
        if (!requester) throw new Error(`ticket ${x.id} has no requester`);
        return requester;
      },
    }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      resolve: async (x, _args, ctx): Promise<Unit | null> => {
        const { chart } = await ctx.access();
        return chart?.units.find((u) => u.id === x.unitId) ?? null;
      },
    }),
    assignee: t.field({
      type: StaffRef,
      nullable: true,
      resolve: (x, _args, ctx) => (x.assigneeId ? signedInStaff(ctx).loaders.staff.load(x.assigneeId) : null),
    }),
    relayedTo: t.field({ type: PeerDepartmentEnum, nullable: true, resolve: (x) => x.relayedTo }),
    repairCategory: t.field({ type: RepairCategoryEnum, nullable: true, resolve: (x) => x.repairCategory }),
    requestedBy: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.requestedBy }),
    receivedAt: t.field({ type: 'DateTime', resolve: (x) => x.receivedAt }),
    deadlines: t.field({ type: DeadlinesRef, resolve: (x) => x.deadlines }),
    followUpDueAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.followUpDueAt }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The deadline that matters in the current status.',
      resolve: (x) => nextDeadline(x),
    }),
    slaState: t.field({ type: SlaStateEnum, resolve: (x, _args, ctx) => slaState(x, ctx.now) }),
    overdue: t.boolean({ resolve: (x, _args, ctx) => isOverdue(x, ctx.now) }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.resolvedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.closedAt }),
    escalationLevel: t.exposeInt('escalationLevel'),
    satisfaction: t.exposeInt('satisfaction', { nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with a change: a stale version is refused with CONFLICT.' }),
    updatedAt: t.field({ type: 'DateTime', resolve: (x) => x.updatedAt }),
    timeline: t.field({
      type: [TicketEventRef],
      description: 'Every event, oldest first.',
      resolve: (x, _args, ctx) => signedInStaff(ctx).loaders.timelines.load(x.id),
    }),
    availableActions: t.field({
      type: [TicketCommandEnum],
      description: 'What the viewer may do to this ticket now: its state allows it and the rules permit it.',
      resolve: async (x, _args, ctx) => {
        const access = await ctx.access();
        const resource = ticketResource(x);
        return availableCommands(x).filter((type) => type !== 'rate' && access.can(requiredAction(type), resource));
      },
    }),
  }),
});
