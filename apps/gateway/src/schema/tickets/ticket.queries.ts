import { searchRequesters } from '@kefu/db/requesters';
import { countTicketsByStatusAndSeverity, listTicketsWithParties } from '@kefu/db/tickets';
import { computeDeadlines, type Ticket } from '@kefu/domain/tickets';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { RequesterKindEnum, RequesterRef } from './requester.js';
import { loadVisibleTicket } from './ticket-access.js';
import { DeadlinesRef, TicketRef } from './ticket.js';
import { SeverityEnum, TicketKindEnum, TicketStatusEnum } from './ticket-enums.js';

const TicketOrderEnum = builder.enumType('TicketOrder', {
  values: { DUE: { value: 'due' }, NEWEST: { value: 'newest' } } as const,
});

const TicketFilterInput = builder.inputType('TicketFilter', {
  description: 'Every set field narrows the queue; an empty list means any.',
  fields: (t) => ({
    statuses: t.field({ type: [TicketStatusEnum] }),
    kinds: t.field({ type: [TicketKindEnum] }),
    severities: t.field({ type: [SeverityEnum] }),
    overdue: t.boolean(),
    assigneeId: t.globalID({ for: StaffRef }),
    unassigned: t.boolean(),
    unitId: t.id(),
    requesterId: t.id(),
    text: t.string({ description: 'Part of title, description or location, or a ticket number.' }),
  }),
});

builder.queryField('tickets', (t) =>
  t.connection({
    type: TicketRef,
    description: "The ticket queue the viewer may see, filtered and in cursor pages.",
    authScopes: { staff: true },
    args: {
      filter: t.arg({ type: TicketFilterInput }),
      order: t.arg({ type: TicketOrderEnum, defaultValue: 'due' }),
    },
    resolve: async (_root, args, ctx) => {
      const { siteId, loaders } = signedInStaff(ctx);
      const filter = args.filter ?? {};
      forwardPagingOnly(args);
      new InputChecker()
        .integer('first', args.first, { min: 1, max: PAGE_SIZE.max })
        .text('filter.text', filter.text, { max: 100 })
        .check();
      const access = await ctx.access();
      // Requester and assignee come with the page, so the rows' relations cost no statement of their own.
      const page = await listTicketsWithParties(ctx.db, {
        siteId,
        visibility: access.ticketVisibility(),
        filter: {
          now: ctx.now,
          statuses: filter.statuses ?? undefined,
          kinds: filter.kinds ?? undefined,
          severities: filter.severities ?? undefined,
          overdue: filter.overdue ?? undefined,
          assigneeId: filter.assigneeId?.id ?? undefined,
          unassigned: filter.unassigned ?? undefined,
          unitId: filter.unitId ?? undefined,
          requesterId: filter.requesterId ?? undefined,
          text: filter.text?.trim() || undefined,
        },
        order: args.order ?? 'due',
        first: args.first ?? PAGE_SIZE.default,
        after: args.after ?? null,
      });
      loaders.primeTickets(page.rows.map((ticket, i) => ({ ticket, ...page.parties[i]! })));
      return toConnection<Ticket>(page, args.after);
    },
  }, { name: 'TicketConnection' }, { name: 'TicketEdge' }),
);

builder.queryField('ticket', (t) =>
  t.field({
    type: TicketRef,
    description: 'One ticket; NOT_FOUND when it does not exist or the viewer may not see it.',
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ for: TicketRef, required: true }) },
    resolve: (_root, { id }, ctx) => loadVisibleTicket(ctx, id.id),
  }),
);

type CountShape = { status: Ticket['status']; severity: Ticket['severity']; count: number };
const TicketCountRef = builder.objectRef<CountShape>('TicketCount').implement({
  authScopes: { staff: true },
  fields: (t) => ({
    status: t.field({ type: TicketStatusEnum, resolve: (c) => c.status }),
    severity: t.field({ type: SeverityEnum, resolve: (c) => c.severity }),
    count: t.exposeInt('count'),
  }),
});

builder.queryField('ticketCounts', (t) =>
  t.field({
    type: [TicketCountRef],
    description: 'How many tickets the viewer may see, by status and severity (dashboard).',
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const access = await ctx.access();
      return (await countTicketsByStatusAndSeverity(ctx.db, siteId, access.ticketVisibility())) as CountShape[];
    },
  }),
);

builder.queryField('requesters', (t) =>
  t.field({
    type: [RequesterRef],
    description: 'Merchant, owner or customer lookup for the intake form.',
    authScopes: { can: 'ticket.create' },
    args: { search: t.arg.string({ required: true }), kind: t.arg({ type: RequesterKindEnum }), first: t.arg.int() },
    resolve: async (_root, { search, kind, first }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      new InputChecker().text('search', search, { max: 60 }).integer('first', first, { min: 1, max: 50 }).check();
      return searchRequesters(ctx.db, siteId, { text: search.trim(), kind: kind ?? undefined, first: first ?? 10 });
    },
  }),
);

builder.queryField('deadlinePreview', (t) =>
  t.field({
    type: DeadlinesRef,
    description: 'The deadlines a ticket would get if registered now: shown on the intake form before saving.',
    authScopes: { can: 'ticket.create' },
    args: { severity: t.arg({ type: SeverityEnum, required: true }), requestedBy: t.arg({ type: 'DateTime' }) },
    resolve: (_root, { severity, requestedBy }, ctx) => computeDeadlines({ severity, receivedAt: ctx.now, requestedBy: requestedBy ?? null }),
  }),
);
