import type { Ticket } from '@kefu/domain/tickets';
import type { UseCaseContext } from '../shared/use-case-context.js';

/** Tells the ticket's subscribers, once its change has committed, that they should refetch. */
export function publishTicketUpdated(uc: UseCaseContext, ticket: Ticket): void {
  uc.pubsub.publish('ticketUpdated', ticket.id, { ticketId: ticket.id, siteId: uc.principal.siteId, version: ticket.version });
}
