import { availableCommands, isNewToStaff, isOverdue, nextDeadline, requiredAction, slaState, ticketResource, type SlaDeadlines, type Ticket } from '@kefu/domain/tickets';
import type { Unit } from '@kefu/domain/org';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { UnitRef } from '../org/unit.js';
import { RequesterRef } from '../requesters/requester.js';
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
  description: 'SLA deadlines computed from intake time and severity (staff only).',
  authScopes: { staff: true },
  fields: (t) => ({
    handoverBy: t.field({ type: 'DateTime', nullable: true, description: 'Handed to the director (major, same day) or the supervisor (important, within 1 hour); null for minor.', resolve: (d) => d.handoverBy }),
    replyBy: t.field({ type: 'DateTime', nullable: true, description: 'A clear reply to the requester (major, within 2 days); null otherwise.', resolve: (d) => d.replyBy }),
    resolveBy: t.field({ type: 'DateTime', description: 'Resolved: within 10 days (major), 3 days (important), or 2 days or the requester’s own deadline (minor).', resolve: (d) => d.resolveBy }),
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
    number: t.exposeInt('number', { description: 'The number people quote, unique within the site (shown as KF-000123).' }),
    kind: t.field({ type: TicketKindEnum, description: 'What the ticket is about.', resolve: (x) => x.kind }),
    channel: t.field({ type: ChannelEnum, description: 'How it came in.', resolve: (x) => x.channel }),
    severity: t.field({ type: SeverityEnum, description: 'How serious it is; it sets the deadlines. May be re-triaged when assigned.', resolve: (x) => x.severity }),
    status: t.field({ type: TicketStatusEnum, description: 'Where it is in its life cycle.', resolve: (x) => x.status }),
    title: t.exposeString('title', { description: 'A one-line summary.' }),
    description: t.exposeString('description', { description: 'What the requester said: what happened, when, where, and what they ask for.' }),
    location: t.exposeString('location', { nullable: true, description: 'Shop unit or place in the mall.' }),
    preferredContactTime: t.exposeString('preferredContactTime', { nullable: true, description: 'When the requester prefers to be called back, in their words (工作日 14:00 以后).' }),
    requester: t.field({
      type: RequesterRef,
      description: 'Who raised it: a merchant, owner or customer.',
      resolve: async (x, _args, ctx) => {
        const requester = await signedInStaff(ctx).loaders.requesters.load(x.requesterId);
        if (!requester) throw new Error(`ticket ${x.id} has no requester`);
        return requester;
      },
    }),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      description: 'The unit whose queue holds the ticket: its clerks and their supervisors see it. Null when no unit’s queue does.',
      resolve: async (x, _args, ctx): Promise<Unit | null> => {
        const { chart } = await ctx.access();
        return chart?.units.find((u) => u.id === x.unitId) ?? null;
      },
    }),
    assignee: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The member of staff it was dispatched (派单) or escalated (上报) to; null while nobody holds it.',
      resolve: (x, _args, ctx) => (x.assigneeId ? signedInStaff(ctx).loaders.staff.load(x.assigneeId) : null),
    }),
    relayedTo: t.field({ type: PeerDepartmentEnum, nullable: true, description: 'The department it was handed to (传达); cleared when it is assigned again or reopened.', resolve: (x) => x.relayedTo }),
    repairCategory: t.field({ type: RepairCategoryEnum, nullable: true, description: 'Repairs only: what was repaired, which sets the follow-up due date (other when resolved without one).', resolve: (x) => x.repairCategory }),
    requestedBy: t.field({ type: 'DateTime', nullable: true, description: 'The requester’s own deadline, when they gave one; a minor ticket is due by it.', resolve: (x) => x.requestedBy }),
    receivedAt: t.field({ type: 'DateTime', description: 'When it was registered (受理); the deadlines count from here.', resolve: (x) => x.receivedAt }),
    deadlines: t.field({ type: DeadlinesRef, description: 'Its SLA deadlines by severity, recomputed when it is re-triaged or reopened.', resolve: (x) => x.deadlines }),
    followUpDueAt: t.field({ type: 'DateTime', nullable: true, description: 'When the follow-up (回访) is due: set on resolution of complaints and repairs; null when none is owed.', resolve: (x) => x.followUpDueAt }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The deadline that matters in the current status.',
      resolve: (x) => nextDeadline(x),
    }),
    slaState: t.field({ type: SlaStateEnum, description: 'How it stands against `dueAt` now.', resolve: (x, _args, ctx) => slaState(x, ctx.now) }),
    overdue: t.boolean({ description: '`dueAt` has passed (slaState OVERDUE).', resolve: (x, _args, ctx) => isOverdue(x, ctx.now) }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the result was reported (反馈); null while open, again after reopening.', resolve: (x) => x.resolvedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was closed or judged not valid; null while open.', resolve: (x) => x.closedAt }),
    newToStaff: t.boolean({
      description: 'A portal request no member of staff has opened yet (新); markTicketSeen ends it.',
      resolve: (x) => isNewToStaff(x),
    }),
    firstSeenByStaffAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a member of staff first opened it; null while new. Tickets staff register are seen as they are registered.',
      resolve: (x) => x.firstSeenByStaffAt,
    }),
    escalationLevel: t.exposeInt('escalationLevel', { description: 'How many times it went up the reporting line (上报).' }),
    reopenCount: t.exposeInt('reopenCount', { description: 'How many times it was sent back to work after a result (已退回): a reopen, a 回访 or a rating of 2 or less. Earlier rounds’ deadlines stay in the timeline.' }),
    reopenedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was last sent back to work; null if never.', resolve: (x) => x.reopenedAt }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true, description: 'Satisfaction 1–5 from the follow-up (回访) or the requester’s own rating, whichever came last.' }),
    version: t.exposeInt('version', { description: 'Send it back with a change: a stale version is refused with CONFLICT.' }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (x) => x.updatedAt }),
    timeline: t.field({
      type: [TicketEventRef],
      description: 'Every event, oldest first, internal ones included.',
      resolve: (x, _args, ctx) => signedInStaff(ctx).loaders.timelines.load(x.id),
    }),
    availableActions: t.field({
      type: [TicketCommandEnum],
      description: 'What the viewer may do to this ticket now: its state allows it and the rules permit it.',
      resolve: async (x, _args, ctx) => {
        const access = await ctx.access();
        const resource = ticketResource(x);
        // The requester rates; a return to the queue is taken only by ending an assignment.
        return availableCommands(x).filter((type) => type !== 'rate' && type !== 'returnToQueue' && access.can(requiredAction(type), resource));
      },
    }),
  }),
});
