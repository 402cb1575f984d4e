import { InputChecker } from '@kefu/domain/shared';
import type { Ticket } from '@kefu/domain/tickets';
import type { UseCaseContext } from '../shared/use-case-context.js';

type References = Pick<Ticket, 'requesterId' | 'requesterKind' | 'unitId' | 'assigneeId'>;

/**
 * The records a ticket points at must be the viewer's site's: anything else is a bad input.
 * Only references that are new (all of them at intake, a new assignee later) are looked up.
 */
export async function checkReferences(uc: UseCaseContext, ticket: References, before?: References): Promise<void> {
  const { chart } = await uc.access();
  const check = new InputChecker();
  if (ticket.requesterId !== before?.requesterId) {
    const requester = await uc.loaders.requesters.load(ticket.requesterId);
    if (!requester || requester.kind !== ticket.requesterKind) check.add({ field: 'requesterId', rule: 'invalid_choice' });
  }
  if (ticket.unitId && ticket.unitId !== before?.unitId && !chart?.units.some((u) => u.id === ticket.unitId)) {
    check.add({ field: 'unitId', rule: 'invalid_choice' });
  }
  if (ticket.assigneeId && ticket.assigneeId !== before?.assigneeId && !(await uc.loaders.staff.load(ticket.assigneeId))?.active) {
    check.add({ field: 'assigneeId', rule: 'invalid_choice' });
  }
  check.check();
}
