import { DomainError } from '../shared/domain-error.js';
import type { TicketKind, TicketStatus } from './ticket.js';

/**
 * Why a command was refused: `status` — the table does not allow it from this status;
 * `not_a_complaint` — only complaints can be judged 无效; `follow_up_owed` — a resolved
 * repair or complaint must be followed up (回访) before it is closed; `no_handler` — a ticket
 * nobody handles can only be resolved by a member of staff, who becomes its handler;
 * `not_assigned` — only a ticket someone is assigned to can be returned to the queue.
 */
export type TransitionRefusal = 'status' | 'not_a_complaint' | 'follow_up_owed' | 'no_handler' | 'not_assigned';

export class InvalidTransitionError extends DomainError {
  readonly code = 'TICKET.INVALID_TRANSITION';

  constructor(from: TicketStatus, command: string, reason: TransitionRefusal = 'status', kind?: TicketKind) {
    super(`Cannot ${command} a ticket that is ${from}`, { from, command, reason, ...(kind ? { kind } : {}) });
  }
}

/** Escalation found nobody holding a position above the ticket's current handler. */
export class NoEscalationTargetError extends DomainError {
  readonly code = 'TICKET.NO_ESCALATION_TARGET';

  constructor(ticketId: string) {
    super('There is nobody higher up the reporting line to escalate to', { ticketId });
  }
}

/**
 * An upload refused because the account already holds its quota of photos not yet sent with a
 * request; `exceeded` says which limit, the facts carry both for the message.
 */
export class PhotoQuotaExceededError extends DomainError {
  readonly code = 'TICKET.PHOTO_QUOTA_EXCEEDED';

  constructor(exceeded: 'photos' | 'bytes', limits: { maxPhotos: number; maxMb: number }, field = 'file') {
    super(`Upload quota reached (${exceeded})`, { field, exceeded, ...limits });
  }
}
