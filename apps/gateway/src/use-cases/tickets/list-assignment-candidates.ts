import { countTicketsByAssignee } from '@kefu/db/tickets';
import { permissions } from '@kefu/domain/permissions';
import { assignmentCandidates, ticketResource, WORKLOAD_STATUSES, type AssignmentCandidate, type Ticket } from '@kefu/domain/tickets';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Who the viewer may dispatch `ticket` to (派单), as the picker lists them: the domain chooses and
 * orders (assignmentCandidates); the permission core says who may work the ticket where it
 * stands. A ticket in no unit's queue is offered to everyone who works tickets at all.
 */
export async function listAssignmentCandidates(uc: UseCaseContext, ticket: Ticket): Promise<AssignmentCandidate[]> {
  const staff = asStaff(uc);
  const { siteId } = staff.principal;
  const { chart } = await staff.access();
  if (!chart) return [];
  const ids = [...new Set(chart.assignments.map((a) => a.staffId))];
  const people = await staff.loaders.staff.loadMany(ids);
  const activeStaffIds = new Set(people.flatMap((p) => (p && !(p instanceof Error) && p.active ? [p.id] : [])));
  const openTickets = await countTicketsByAssignee(staff.db, siteId, WORKLOAD_STATUSES);
  // The ticket as it stands in its queue, before it belongs to anyone.
  const unowned = ticketResource({ ...ticket, assigneeId: null, createdById: null });
  const mayWork = (staffId: string): boolean =>
    ticket.unitId === null
      ? permissions.reachOf(chart, staffId, 'ticket.start', staff.now) > 0
      : permissions.can({ kind: 'staff', siteId, staffId }, 'ticket.start', unowned, chart, staff.now);
  return assignmentCandidates(ticket, { chart, at: staff.now, activeStaffIds, openTickets, mayWork });
}
