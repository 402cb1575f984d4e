import { DomainError } from '@kefu/domain/shared';

/**
 * Wrong username or password: one answer for both, so usernames cannot be probed. From the
 * pair's third failure it says how many tries are left before the pair is locked.
 */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'AUTH.INVALID_CREDENTIALS';
  constructor(remainingAttempts: number | null = null) {
    super('Invalid username or password', remainingAttempts === null ? {} : { remainingAttempts });
  }
}

/** The sign-in throttle holds this attempt back: it may be tried again after `retryAfterSeconds`. */
export class LoginThrottledError extends DomainError {
  readonly code = 'AUTH.TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds, minutes: Math.ceil(retryAfterSeconds / 60) });
  }
}
