import { clearLoginFailures, countRecentLoginFailures, createSession, findAccountForLogin, recordLoginFailure, verifyPassword } from '@kefu/db/accounts';
import type { Database } from '@kefu/db/engine';
import { InputChecker } from '@kefu/domain/shared';
import type { Logger } from '../../logging/logger.js';
import { InvalidCredentialsError, LoginThrottledError } from './auth.errors.js';

// Verifying against a throwaway hash when the username is unknown keeps the answer's timing alike.
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Sign-in is refused once a username, or an address, has this many failures within the window.
 * The counters live in the database, so every replica sees the same ones.
 */
export const LOGIN_THROTTLE = { maxFailures: 10, windowMinutes: 15 } as const;

/** Sign-in comes before any viewer: only the database, the clock and the log. */
export type SignInContext = { db: Database; now: Date; logger: Logger; requestId: string; sessionTtlMs: number };

export type Credentials = { username: string; password: string; address: string | null };

/** Checks the credentials under the throttle and opens a session; the caller sets its cookie. */
export async function signIn(sc: SignInContext, { username, password, address }: Credentials): Promise<{ token: string; expiresAt: Date }> {
  new InputChecker()
    .text('username', username, { required: true, max: 64 })
    .text('password', password, { required: true, max: 200 })
    .check();
  const attempt = { username, address };
  const since = new Date(sc.now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const failures = await countRecentLoginFailures(sc.db, attempt, since);
  if (failures.byUsername >= LOGIN_THROTTLE.maxFailures || failures.byAddress >= LOGIN_THROTTLE.maxFailures) {
    sc.logger.warn('sign-in throttled', { requestId: sc.requestId, username: username.trim(), address, ...failures });
    throw new LoginThrottledError(LOGIN_THROTTLE.windowMinutes);
  }
  const found = await findAccountForLogin(sc.db, username.trim());
  const valid = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!found || !valid || found.account.disabled) {
    await recordLoginFailure(sc.db, attempt, sc.now);
    throw new InvalidCredentialsError();
  }
  await clearLoginFailures(sc.db, username);
  return createSession(sc.db, found.account.id, found.account.siteId, sc.sessionTtlMs, sc.now);
}
