import { escalationTarget } from '@kefu/domain/org';
import { NoEscalationTargetError, type Ticket } from '@kefu/domain/tickets';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { transitionTicket, type TicketTarget } from './transition-ticket.js';

/** 上报: sends the ticket to the next holder up the reporting line of its assignee or unit. */
export async function escalateTicket(uc: UseCaseContext, target: TicketTarget, reason: string): Promise<Ticket> {
  const { chart } = await uc.access();
  return transitionTicket(uc, target, (ticket) => {
    const to = chart ? escalationTarget(chart, ticket.assigneeId, ticket.unitId, uc.now) : null;
    if (!to) throw new NoEscalationTargetError(ticket.id);
    return { type: 'escalate', toStaffId: to.staffId, reason };
  });
}
