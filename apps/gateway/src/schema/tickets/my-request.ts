import { availableCommands, isOverdue, requesterView, type Ticket, type TicketEvent } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedInRequester } from '../common/request-scope.js';
import { TicketEventTypeEnum } from './ticket-event.js';
import { PeerDepartmentEnum, SeverityEnum, TicketKindEnum, TicketStatusEnum } from './ticket-enums.js';

/** The requester's own ticket, or nothing: foreign ids answer as if they did not exist. */
export const ownsTicket = (ctx: GatewayContext, ticket: Ticket): boolean => {
  const { principal } = ctx.viewer;
  return principal.kind === 'requester' && principal.siteId === ticket.siteId && principal.requesterId === ticket.requesterId;
};

/** A timeline entry in requester-safe words: no internal notes, no staff names. */
const RequestEventRef = builder.objectRef<TicketEvent>('RequestEvent').implement({
  authScopes: { requester: true },
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    type: t.field({ type: TicketEventTypeEnum, resolve: (e) => e.type }),
    toStatus: t.field({ type: TicketStatusEnum, nullable: true, resolve: (e) => e.toStatus }),
    department: t.field({
      type: PeerDepartmentEnum,
      nullable: true,
      resolve: (e) => (typeof e.data.department === 'string' ? (e.data.department as never) : null),
    }),
    stars: t.int({ nullable: true, resolve: (e) => (typeof e.data.stars === 'number' ? e.data.stars : null) }),
    comment: t.string({ nullable: true, resolve: (e) => (typeof e.data.comment === 'string' ? e.data.comment : null) }),
    reopened: t.boolean({ description: 'The request went back to the department with this event.', resolve: (e) => e.data.reopened === true }),
    supervisorNotified: t.boolean({
      description: "The department's supervisor was told about this event (a low rating).",
      resolve: (e) => e.data.notified === 'supervisor',
    }),
  }),
});

export const MyRequestRef = builder.objectRef<Ticket>('MyRequest');

builder.node(MyRequestRef, {
  description: "A merchant's or owner's own request, as the portal shows it: no staff-only fields.",
  authScopes: (ticket, ctx) => ownsTicket(ctx, ticket),
  id: { resolve: (ticket) => ticket.id },
  loadMany: async (ids, ctx) => {
    if (ctx.viewer.principal.kind !== 'requester' || !ctx.loaders) return ids.map(() => null);
    const tickets = await ctx.loaders.tickets.loadMany(ids);
    return tickets.map((t) => (t && !(t instanceof Error) && ownsTicket(ctx, t) ? t : null));
  },
  fields: (t) => ({
    number: t.exposeInt('number'),
    kind: t.field({ type: TicketKindEnum, resolve: (x) => x.kind }),
    status: t.field({ type: TicketStatusEnum, resolve: (x) => x.status }),
    severity: t.field({ type: SeverityEnum, resolve: (x) => x.severity }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    location: t.exposeString('location', { nullable: true }),
    preferredContactTime: t.exposeString('preferredContactTime', { nullable: true }),
    receivedAt: t.field({ type: 'DateTime', resolve: (x) => x.receivedAt }),
    promisedBy: t.field({
      type: 'DateTime',
      description: 'When the department promised an answer: the reply deadline, else the resolution deadline.',
      resolve: (x) => x.deadlines.replyBy ?? x.deadlines.resolveBy,
    }),
    overdue: t.boolean({ resolve: (x, _args, ctx) => isOverdue(x, ctx.now) }),
    relayedTo: t.field({ type: PeerDepartmentEnum, nullable: true, resolve: (x) => x.relayedTo }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.resolvedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.closedAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (x) => x.updatedAt }),
    version: t.exposeInt('version'),
    canRate: t.boolean({
      description: 'The requester may rate the outcome now.',
      resolve: (x) => availableCommands(x).includes('rate'),
    }),
    timeline: t.field({
      type: [RequestEventRef],
      resolve: async (x, _args, ctx) => {
        const events = await signedInRequester(ctx).loaders.requesterTimelines.load(x.id);
        return events.map((e) => requesterView(e)).filter((e): e is TicketEvent => e !== null);
      },
    }),
  }),
});
