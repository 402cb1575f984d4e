import { DomainError } from '@kefu/domain/shared';

/** The same idempotency key came back with a different request: refuse rather than guess. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'TICKET.IDEMPOTENCY_KEY_REUSED';
  constructor(key: string) {
    super('This idempotency key was already used for a different request', { key });
  }
}
