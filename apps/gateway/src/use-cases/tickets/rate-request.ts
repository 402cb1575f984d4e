import type { Ticket } from '@kefu/domain/tickets';
import { asRequester, type UseCaseContext } from '../shared/use-case-context.js';
import { transitionTicket, type TicketTarget } from './transition-ticket.js';

/** The requester rates the outcome 1–5 stars; the domain sends a low rating back to the department. */
export function rateRequest(uc: UseCaseContext, target: TicketTarget, rating: { stars: number; comment?: string | null }): Promise<Ticket> {
  return transitionTicket(asRequester(uc), target, { type: 'rate', stars: rating.stars, comment: rating.comment ?? undefined });
}
