import { DomainError } from './domain-error.js';

/** The record does not exist, or the viewer may not know that it exists: both answer alike. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} not found`, { entity, id });
  }
}

/** The viewer is known but lacks the permission the operation needs. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(action: string) {
    super(`Not allowed: ${action}`, { action });
  }
}

/** No viewer: the operation needs a signed-in user. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('Sign-in required');
  }
}

/** Someone else changed the record since the client read it (optimistic concurrency). */
export class StaleVersionError extends DomainError {
  readonly code = 'CONFLICT.STALE_VERSION';
  constructor(entity: string, id: string, expected: number) {
    super(`${entity} was changed by someone else`, { entity, id, expected });
  }
}
