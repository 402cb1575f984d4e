import {
  availableCommands,
  isOverdue,
  requesterOutcome,
  requesterView,
  type RequesterFollowUp,
  type Ticket,
  type TicketEvent,
} from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedInRequester } from '../common/request-scope.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { departmentNameOf, TicketEventTypeEnum } from './ticket-event.js';
import { FollowUpChannelEnum, PeerDepartmentEnum, SeverityEnum, TicketKindEnum, TicketStatusEnum } from './ticket-enums.js';

/** The requester's own ticket, or nothing: foreign ids answer as if they did not exist. */
export const ownsTicket = (ctx: GatewayContext, ticket: Ticket): boolean => {
  const { principal } = ctx.viewer;
  return principal.kind === 'requester' && principal.siteId === ticket.siteId && principal.requesterId === ticket.requesterId;
};

/** A timeline entry in requester-safe words: no internal notes, no staff names. */
const RequestEventRef = builder.objectRef<TicketEvent>('RequestEvent').implement({
  description: 'One entry of a requester’s own timeline, in requester-safe words: no internal notes, no staff names (requesters only).',
  authScopes: { requester: true },
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => e.at }),
    type: t.field({ type: TicketEventTypeEnum, description: 'What happened.', resolve: (e) => e.type }),
    toStatus: t.field({ type: TicketStatusEnum, nullable: true, description: 'The request’s status after the event.', resolve: (e) => e.toStatus }),
    department: t.field({
      type: PeerDepartmentEnum,
      nullable: true,
      description: 'Relays: the department the request was handed to (传达); null for other events.',
      resolve: (e) => (typeof e.data.department === 'string' ? (e.data.department as never) : null),
    }),
    departmentName: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Relays and the department’s answers: the name of the department the request was handed to (工程维修部); null for other events.',
      resolve: (e) => departmentNameOf(e.data),
    }),
    reply: t.string({
      nullable: true,
      description: 'The department’s answers: its result, in the words reported to the requester; null for other events.',
      resolve: (e) => (e.type === 'relay_replied' && typeof e.data.reply === 'string' ? e.data.reply : null),
    }),
    stars: t.int({ nullable: true, description: 'Ratings and follow-ups: the stars or satisfaction given, 1–5; null for other events.', resolve: (e) => (typeof e.data.stars === 'number' ? e.data.stars : null) }),
    comment: t.string({
      nullable: true,
      description: 'Ratings: the requester’s own comment; replies: the department’s answer (明确答复); null for other events.',
      resolve: (e) => {
        const words = e.type === 'replied' ? e.data.message : e.data.comment;
        return typeof words === 'string' ? words : null;
      },
    }),
    reopened: t.boolean({ description: 'The request went back to the department with this event.', resolve: (e) => e.data.reopened === true }),
    supervisorNotified: t.boolean({
      description: "A low rating sent the request back: it is in the queue of the handler's supervisor (their queue reaches their team's tickets).",
      resolve: (e) => e.data.notified === 'supervisor',
    }),
  }),
});

/** What the follow-up (回访) concluded; the caller's notes stay with staff. */
const RequestFollowUpRef = builder.objectRef<RequesterFollowUp>('RequestFollowUp').implement({
  description: 'What the department’s follow-up call or visit (回访) on a result concluded, in requester-safe facts: no staff notes (requesters only).',
  authScopes: { requester: true },
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the follow-up was made.', resolve: (f) => f.at }),
    satisfaction: t.exposeInt('satisfaction', { description: 'The satisfaction recorded, 1–5.' }),
    channel: t.field({ type: FollowUpChannelEnum, description: 'By phone or on site.', resolve: (f) => f.channel as never }),
    reopened: t.exposeBoolean('reopened', { description: 'The result did not satisfy, so the request went back to work.' }),
  }),
});

/** The requester-safe outcome, read once per request from the timeline the loader already holds. */
const outcomeOf = async (ticket: Ticket, ctx: GatewayContext) => requesterOutcome(await signedInRequester(ctx).loaders.requesterTimelines.load(ticket.id));

export const MyRequestRef = builder.objectRef<Ticket>('MyRequest');

builder.node(MyRequestRef, {
  description: "A merchant's or owner's own request, as the portal shows it: no staff-only fields. Only its requester may read it.",
  authScopes: (ticket, ctx) => ownsTicket(ctx, ticket),
  id: { resolve: (ticket) => ticket.id },
  loadMany: async (ids, ctx) => {
    if (ctx.viewer.principal.kind !== 'requester' || !ctx.loaders) return ids.map(() => null);
    const tickets = await ctx.loaders.tickets.loadMany(ids);
    return tickets.map((t) => (t && !(t instanceof Error) && ownsTicket(ctx, t) ? t : null));
  },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The number to quote to the department, unique within the site (shown as KF-000123).' }),
    kind: t.field({ type: TicketKindEnum, description: 'What the request is about.', resolve: (x) => x.kind }),
    status: t.field({ type: TicketStatusEnum, description: 'Where it is in its life cycle.', resolve: (x) => x.status }),
    severity: t.field({ type: SeverityEnum, description: 'How seriously the department treats it: from the kind when submitted in the portal, else as staff triaged it; staff may re-triage it.', resolve: (x) => x.severity }),
    title: t.exposeString('title', { description: 'A one-line summary.' }),
    description: t.exposeString('description', { description: 'What the requester wrote.' }),
    location: t.exposeString('location', { nullable: true, description: 'Shop unit or place in the mall.' }),
    preferredContactTime: t.exposeString('preferredContactTime', { nullable: true, description: 'When the requester prefers to be called back, in their words.' }),
    receivedAt: t.field({ type: 'DateTime', description: 'When the department received it (受理).', resolve: (x) => x.receivedAt }),
    promisedBy: t.field({
      type: 'DateTime',
      description: 'When the department promised an answer: the reply deadline, else the resolution deadline.',
      resolve: (x) => x.deadlines.replyBy ?? x.deadlines.resolveBy,
    }),
    overdue: t.boolean({ description: 'The department is late on the deadline that matters now.', resolve: (x, _args, ctx) => isOverdue(x, ctx.now) }),
    relayedTo: t.field({ type: PeerDepartmentEnum, nullable: true, description: 'The department it was handed to (传达), while it is there.', resolve: (x) => x.relayedTo }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the department reported the result (反馈).', resolve: (x) => x.resolvedAt }),
    resolution: t.string({
      nullable: true,
      description: 'How the department resolved it, in the words reported to the requester (反馈); null until resolved and again once reopened.',
      resolve: async (x, _args, ctx) => (await outcomeOf(x, ctx)).resolution,
    }),
    followUp: t.field({
      type: RequestFollowUpRef,
      nullable: true,
      description: 'What the follow-up (回访) on the current result concluded; null until one is made.',
      resolve: async (x, _args, ctx) => (await outcomeOf(x, ctx)).followUp,
    }),
    closedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was closed or judged not valid.', resolve: (x) => x.closedAt }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (x) => x.updatedAt }),
    version: t.exposeInt('version', { description: 'Send it back with rateRequest: a stale version is refused with CONFLICT.' }),
    canRate: t.boolean({
      description: 'The requester may rate the outcome now.',
      resolve: (x) => availableCommands(x).includes('rate'),
    }),
    timeline: t.field({
      type: [RequestEventRef],
      description: 'What happened so far, oldest first, without internal events and notes.',
      resolve: async (x, _args, ctx) => {
        const events = await signedInRequester(ctx).loaders.requesterTimelines.load(x.id);
        return events.map((e) => requesterView(e)).filter((e): e is TicketEvent => e !== null);
      },
    }),
  }),
});
