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

/** The session's password was set by someone else and must be changed before anything else. */
export class PasswordChangeRequiredError extends DomainError {
  readonly code = 'AUTH.PASSWORD_CHANGE_REQUIRED';
  constructor() {
    super('Change your password before anything else');
  }
}

/** Changing one's own password needs the current one; it was wrong. */
export class WrongCurrentPasswordError extends DomainError {
  readonly code = 'AUTH.WRONG_CURRENT_PASSWORD';
  constructor() {
    super('The current password is wrong');
  }
}

/** Sign-in names are unique across the product. */
export class UsernameTakenError extends DomainError {
  readonly code = 'ACCOUNT.USERNAME_TAKEN';
  constructor(username: string) {
    super(`The sign-in name ${username} is taken`, { username });
  }
}

/** A member of staff has one sign-in. */
export class StaffHasSignInError extends DomainError {
  readonly code = 'ACCOUNT.STAFF_HAS_SIGN_IN';
  constructor(staffId: string, username: string) {
    super('This member of staff already has a sign-in', { staffId, username });
  }
}

/** One answer for a code that is unknown, used, revoked or expired: codes cannot be probed. */
export class InvitationInvalidError extends DomainError {
  readonly code = 'ACCOUNT.INVITATION_INVALID';
  constructor() {
    super('The invitation code is not valid', { field: 'input.code' });
  }
}

/** Shoppers are not invited to the portal (domain: INVITABLE_KINDS). */
export class NotInvitableError extends DomainError {
  readonly code = 'ACCOUNT.NOT_INVITABLE';
  constructor(kind: string) {
    super('Only merchants and owners can be invited', { kind });
  }
}
