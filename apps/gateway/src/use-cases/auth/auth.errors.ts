import { DomainError } from '@kefu/domain/shared';

/** Wrong username or password: one answer for both, so usernames cannot be probed. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'AUTH.INVALID_CREDENTIALS';
  constructor() {
    super('Invalid username or password');
  }
}

/** Too many failed sign-ins for this username or from this address: wait before trying again. */
export class LoginThrottledError extends DomainError {
  readonly code = 'AUTH.TOO_MANY_ATTEMPTS';
  constructor(minutes: number) {
    super(`Too many failed sign-ins; try again in ${minutes} minutes`, { minutes });
  }
}
