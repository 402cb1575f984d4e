import { countTicketsByStatusAndSeverity, listTicketsWithParties } from '@kefu/db/tickets';
import { computeDeadlines, type Ticket } from '@kefu/domain/tickets';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { recordIdOrNotFound } from '../common/record-id.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { loadVisibleTicket } from './ticket-access.js';
import { toQueueFilter } from './ticket-queue-filter.js';
import { DeadlinesRef, TicketRef } from './ticket.js';
import { SeverityEnum, TicketKindEnum, TicketStatusEnum } from './ticket-enums.js';

export const TicketOrderEnum = builder.enumType('TicketOrder', {
  description: 'The order of the ticket queue.',
  values: {
    DUE: { value: 'due', description: 'Soonest `dueAt` first; tickets with nothing due come last.' },
    NEWEST: { value: 'newest', description: 'Most recently received first.' },
  } as const,
});

export const TicketFilterInput = builder.inputType('TicketFilter', {
  description: 'Every set field narrows the queue; an empty list means any.',
  fields: (t) => ({
    statuses: t.field({ type: [TicketStatusEnum], description: 'In any of these statuses.' }),
    kinds: t.field({ type: [TicketKindEnum], description: 'Of any of these kinds.' }),
    severities: t.field({ type: [SeverityEnum], description: 'Of any of these severities.' }),
    overdue: t.boolean({ description: 'true: only overdue tickets; false: only those not overdue.' }),
    assigneeId: t.globalID({ for: StaffRef, description: 'Held by this member of staff (a Staff global id).' }),
    unassigned: t.boolean({ description: 'true: only tickets nobody holds; false: only held ones.' }),
    unitId: t.id({ description: 'In the queue of this unit (a Unit id).' }),
    requesterId: t.id({ description: 'Raised by this requester (a Requester id).' }),
    newToStaff: t.boolean({ description: 'true: only portal requests no member of staff has opened yet; false: only opened ones.' }),
    reopened: t.boolean({ description: 'true: only tickets sent back to work at least once (退回/不满意: a reopen, a 回访 or rating of 2 or less); false: only never reopened ones.' }),
    text: t.string({ description: 'Part of title, description or location, or a ticket number.' }),
  }),
});

builder.queryField('tickets', (t) =>
  t.connection({
    type: TicketRef,
    description: "The ticket queue the viewer may see, filtered and in cursor pages. Staff only; each sees the tickets the permission rules let them view.",
    authScopes: { staff: true },
    args: {
      filter: t.arg({ type: TicketFilterInput, description: 'Narrows the queue; none shows every ticket the viewer may see.' }),
      order: t.arg({ type: TicketOrderEnum, defaultValue: 'due', description: 'The order of the queue.' }),
    },
    resolve: async (_root, args, ctx) => {
      const { siteId, loaders } = signedInStaff(ctx);
      const filter = args.filter ?? {};
      forwardPagingOnly(args);
      const queueFilter = toQueueFilter(filter, ctx.now, new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }));
      const access = await ctx.access();
      // Requester and assignee come with the page, so the rows' relations cost no statement of their own.
      const page = await listTicketsWithParties(ctx.db, {
        siteId,
        visibility: access.visibility('ticket.view'),
        filter: queueFilter,
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
    description: 'One ticket as staff see it; NOT_FOUND when it does not exist or the viewer may not see it (requesters read theirs as MyRequest).',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The ticket’s global id; a malformed one is NOT_FOUND like a missing one.' }) },
    resolve: (_root, args, ctx) => loadVisibleTicket(ctx, recordIdOrNotFound(String(args.id), 'Ticket')),
  }),
);

type CountShape = { status: Ticket['status']; severity: Ticket['severity']; count: number };
const TicketCountRef = builder.objectRef<CountShape>('TicketCount').implement({
  description: 'How many tickets the viewer may see in one status and severity (staff only).',
  authScopes: { staff: true },
  fields: (t) => ({
    status: t.field({ type: TicketStatusEnum, description: 'The status counted.', resolve: (c) => c.status }),
    severity: t.field({ type: SeverityEnum, description: 'The severity counted.', resolve: (c) => c.severity }),
    count: t.exposeInt('count', { description: 'How many tickets have both.' }),
  }),
});

builder.queryField('ticketCounts', (t) =>
  t.field({
    type: [TicketCountRef],
    description: 'How many tickets the viewer may see, by status and severity (dashboard); pairs with no ticket are left out. Staff only.',
    authScopes: { staff: true },
    resolve: async (_root, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const access = await ctx.access();
      return (await countTicketsByStatusAndSeverity(ctx.db, siteId, access.visibility('ticket.view'))) as CountShape[];
    },
  }),
);

builder.queryField('deadlinePreview', (t) =>
  t.field({
    type: DeadlinesRef,
    description: 'The deadlines a ticket would get if registered now: shown on the intake form before saving. Needs `ticket.create`.',
    authScopes: { can: 'ticket.create' },
    args: {
      severity: t.arg({ type: SeverityEnum, required: true, description: 'The severity the ticket would have.' }),
      requestedBy: t.arg({ type: 'DateTime', description: 'The requester’s own deadline, if they gave one (minor tickets honour it).' }),
    },
    resolve: (_root, { severity, requestedBy }, ctx) => computeDeadlines({ kind: 'complaint', severity, receivedAt: ctx.now, requestedBy: requestedBy ?? null }),
  }),
);
