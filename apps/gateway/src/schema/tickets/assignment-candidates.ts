import type { Position } from '@kefu/domain/org';
import { ticketResource, type AssignmentCandidate } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';
import { useCaseContext } from '../common/use-case-context.js';
import { PositionRef } from '../org/position.js';
import { StaffRef } from '../org/staff.js';
import { listAssignmentCandidates } from '../../use-cases/tickets/list-assignment-candidates.js';
import { TicketRef } from './ticket.js';

const AssignmentCandidateRef = builder.objectRef<AssignmentCandidate>('AssignmentCandidate').implement({
  description: 'A member of staff a ticket may be dispatched to (派单), with what the picker shows (staff only).',
  authScopes: { staff: true },
  fields: (t) => ({
    staff: t.field({
      type: StaffRef,
      description: 'The member of staff: active, holding a position now, and allowed to work the ticket.',
      resolve: async (c, _args, ctx) => {
        const staff = await signedInStaff(ctx).loaders.staff.load(c.staffId);
        if (!staff) throw new Error(`candidate ${c.staffId} has no staff record`);
        return staff;
      },
    }),
    position: t.field({ type: PositionRef, description: 'The position they would work it in: one of the ticket’s unit when they hold one.', resolve: (c): Position => c.position }),
    inTicketUnit: t.exposeBoolean('inTicketUnit', {
      description: 'They hold a position of the ticket’s unit (listed first): its queue’s, or for a ticket in no queue the unit of whoever holds it, else of whoever registered it.',
    }),
    openTickets: t.exposeInt('openTickets', { description: 'Tickets they hold that are still open (受理, 派单, 传达, 处理中): their workload.' }),
  }),
});

builder.objectField(TicketRef, 'assignmentCandidates', (t) =>
  t.field({
    type: [AssignmentCandidateRef],
    description:
      'Who the ticket may be dispatched to: active staff who may work it, the ticket’s unit first, then the least loaded; never its current assignee. Needs `ticket.assign` over the ticket.',
    authScopes: async (ticket, _args, ctx) => (await ctx.access()).can('ticket.assign', ticketResource(ticket)),
    resolve: (ticket, _args, ctx) => listAssignmentCandidates(useCaseContext(ctx), ticket),
  }),
);
