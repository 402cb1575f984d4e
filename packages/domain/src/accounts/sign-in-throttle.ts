// The product's own rule (the seed documents say nothing about sign-in): per OWASP's
// Authentication Cheat Sheet, lockouts keyed on a username or an address alone let anyone lock
// out others, so failures are counted per (username, address) pair and the wider counts only slow down.

const SECOND = 1000;

export const SIGN_IN_THROTTLE = {
  /** Failures older than this are forgotten. */
  windowMinutes: 15,
  /** A pair's failures after which each next try of that pair waits, and is told how many it has left. */
  pairDelayAfter: 3,
  /** A pair with this many failures in the window is locked until the oldest of them is forgotten. */
  pairLockAfter: 10,
  /** The longest a pair waits between tries before its lock. */
  pairDelayCapSeconds: 60,
  /** Failures of one username from any addresses after which the addresses that failed it slow down. */
  usernameSlowDownAfter: 10,
  usernameSlowDownCapSeconds: 30,
  /** Failures from one address, any usernames, after which the usernames that failed there are refused. */
  addressLockAfter: 100,
} as const;

/** A pair's or an address's recent failures: how many, the newest, and the one that started a lock. */
export type FailureTally = {
  /** Failures within the window (an address's count may stop at its lock threshold). */
  count: number;
  latest: Date | null;
  /** The `…LockAfter`-th newest failure within the window, when there are that many. */
  lockingFailure: Date | null;
};

/** What the throttle needs to know of the window's failures around one sign-in attempt. */
export type SignInFailures = {
  /** This username from this address. */
  pair: FailureTally;
  /** This username from any address (`lockingFailure` unused). */
  username: FailureTally;
  /** Any username from this address (`latest` unused). */
  address: FailureTally;
};

/** Which rule held a refusal back. */
export type ThrottleRule = 'pair_delay' | 'pair_lock' | 'username_slow_down' | 'address_lock';

export type ThrottleDecision =
  | { verdict: 'allow' }
  | { verdict: 'refuse'; rule: ThrottleRule; retryAfterSeconds: number };

/** How far back, and which nth-newest failures, the storage has to look up for `decideSignIn`. */
export function signInFailureLookup(now: Date): { since: Date; pairLockAfter: number; addressLockAfter: number } {
  return {
    since: new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60 * SECOND),
    pairLockAfter: SIGN_IN_THROTTLE.pairLockAfter,
    addressLockAfter: SIGN_IN_THROTTLE.addressLockAfter,
  };
}

/** Seconds a pair waits after its latest failure, having failed `count` times: 1, 2, 4 … from the 3rd. */
export function pairDelaySeconds(count: number): number {
  if (count < SIGN_IN_THROTTLE.pairDelayAfter) return 0;
  return Math.min(2 ** (count - SIGN_IN_THROTTLE.pairDelayAfter), SIGN_IN_THROTTLE.pairDelayCapSeconds);
}

/** Seconds every address that failed a username waits after that username's latest failure anywhere. */
export function usernameSlowDownSeconds(count: number): number {
  if (count < SIGN_IN_THROTTLE.usernameSlowDownAfter) return 0;
  return Math.min(2 ** (count - SIGN_IN_THROTTLE.usernameSlowDownAfter), SIGN_IN_THROTTLE.usernameSlowDownCapSeconds);
}

const windowEnd = (failure: Date) => failure.getTime() + SIGN_IN_THROTTLE.windowMinutes * 60 * SECOND;

/**
 * Whether an attempt may have its password checked now. Only a pair that has failed is ever
 * refused: a username tried from an address where it has not failed always gets its answer,
 * however much that username or that address failed elsewhere. The longest wait wins.
 */
export function decideSignIn(failures: SignInFailures, now: Date): ThrottleDecision {
  const { pair, username, address } = failures;
  if (pair.count === 0) return { verdict: 'allow' };
  const waits: { rule: ThrottleRule; until: number }[] = [];
  if (pair.lockingFailure) waits.push({ rule: 'pair_lock', until: windowEnd(pair.lockingFailure) });
  if (pair.latest) waits.push({ rule: 'pair_delay', until: pair.latest.getTime() + pairDelaySeconds(pair.count) * SECOND });
  if (username.latest) waits.push({ rule: 'username_slow_down', until: username.latest.getTime() + usernameSlowDownSeconds(username.count) * SECOND });
  if (address.lockingFailure) waits.push({ rule: 'address_lock', until: windowEnd(address.lockingFailure) });
  const longest = waits.reduce<{ rule: ThrottleRule; until: number } | null>((a, b) => (a && a.until >= b.until ? a : b), null);
  if (!longest || longest.until <= now.getTime()) return { verdict: 'allow' };
  return { verdict: 'refuse', rule: longest.rule, retryAfterSeconds: Math.ceil((longest.until - now.getTime()) / SECOND) };
}

/**
 * Tries a pair has left before its lock once it has failed `count` times, or null while it is
 * too early to warn (before the 3rd failure).
 */
export function remainingSignInAttempts(count: number): number | null {
  if (count < SIGN_IN_THROTTLE.pairDelayAfter) return null;
  return Math.max(SIGN_IN_THROTTLE.pairLockAfter - count, 0);
}
