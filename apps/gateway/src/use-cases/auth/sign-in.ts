import { clearLoginFailures, createSession, findAccountForLogin, findRecentLoginFailures, recordLoginFailure, verifyPassword } from '@kefu/db/accounts';
import type { Database } from '@kefu/db/engine';
import { decideSignIn, remainingSignInAttempts, signInFailureLookup } from '@kefu/domain/accounts';
import { InputChecker } from '@kefu/domain/shared';
import type { Logger } from '../../logging/logger.js';
import { InvalidCredentialsError, LoginThrottledError } from './auth.errors.js';

// Verifying against a throwaway hash when the username is unknown keeps the answer's timing alike.
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Sign-in comes before any viewer: only the database, the clock and the log. */
export type SignInContext = { db: Database; now: Date; logger: Logger; requestId: string; sessionTtlMs: number };

export type Credentials = { username: string; password: string; address: string | null };

/**
 * Checks the credentials under the domain's sign-in throttle and opens a session; the caller
 * sets its cookie. The failures live in the database, so every replica sees the same ones.
 */
export async function signIn(sc: SignInContext, { username, password, address }: Credentials): Promise<{ token: string; expiresAt: Date }> {
  new InputChecker()
    .text('username', username, { required: true, max: 64 })
    .text('password', password, { required: true, max: 200 })
    .check();
  const attempt = { username, address };
  const failures = await findRecentLoginFailures(sc.db, attempt, signInFailureLookup(sc.now));
  const decision = decideSignIn(failures, sc.now);
  // One line per decision, allowed or not, so a lockout or an attack can be read back from the log.
  const logged = {
    requestId: sc.requestId,
    username: username.trim().toLowerCase(),
    address,
    pairFailures: failures.pair.count,
    usernameFailures: failures.username.count,
    addressFailures: failures.address.count,
  };
  if (decision.verdict === 'refuse') {
    sc.logger.warn('sign-in throttled', { ...logged, rule: decision.rule, retryAfterSeconds: decision.retryAfterSeconds });
    throw new LoginThrottledError(decision.retryAfterSeconds);
  }
  sc.logger.info('sign-in allowed by throttle', logged);
  const found = await findAccountForLogin(sc.db, username.trim());
  const valid = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!found || !valid || found.account.disabled || !found.staffActive) {
    await recordLoginFailure(sc.db, attempt, sc.now);
    throw new InvalidCredentialsError(remainingSignInAttempts(failures.pair.count + 1));
  }
  await clearLoginFailures(sc.db, attempt);
  return createSession(sc.db, found.account.id, found.account.siteId, sc.sessionTtlMs, sc.now);
}
