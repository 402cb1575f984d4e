import { DomainError } from '@kefu/domain/shared';

/** The same idempotency key came back with a different request: refuse rather than guess. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'TICKET.IDEMPOTENCY_KEY_REUSED';
  constructor(key: string) {
    super('This idempotency key was already used for a different request', { key });
  }
}

/** Nobody holds a position above the ticket's current handler. */
export class NoEscalationTargetError extends DomainError {
  readonly code = 'TICKET.NO_ESCALATION_TARGET';
  constructor(ticketId: string) {
    super('There is nobody higher up the reporting line to escalate to', { ticketId });
  }
}
