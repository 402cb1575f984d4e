import { DomainError } from '@kefu/domain/shared';

/** Wrong username or password: one answer for both, so usernames cannot be probed. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'AUTH.INVALID_CREDENTIALS';
  constructor() {
    super('Invalid username or password');
  }
}
