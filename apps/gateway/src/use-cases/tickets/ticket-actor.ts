import type { RequesterPrincipal, StaffPrincipal } from '@kefu/domain/shared';
import type { TicketActor } from '@kefu/domain/tickets';

/** Who the timeline names for a change: the member of staff, or the requester themself. */
export const ticketActor = (principal: StaffPrincipal | RequesterPrincipal): TicketActor =>
  principal.kind === 'staff' ? { kind: 'staff', id: principal.staffId } : { kind: 'requester', id: principal.requesterId };
