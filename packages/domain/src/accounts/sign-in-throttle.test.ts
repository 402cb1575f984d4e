import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideSignIn,
  pairDelaySeconds,
  remainingSignInAttempts,
  SIGN_IN_THROTTLE,
  signInFailureLookup,
  usernameSlowDownSeconds,
  type FailureTally,
  type SignInFailures,
} from './sign-in-throttle.js';

const now = new Date('2026-11-30T08:00:00.000Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const none: FailureTally = { count: 0, latest: null, lockingFailure: null };
const tally = (count: number, latestSecondsAgo: number, lockingSecondsAgo: number | null = null): FailureTally => ({
  count,
  latest: secondsAgo(latestSecondsAgo),
  lockingFailure: lockingSecondsAgo === null ? null : secondsAgo(lockingSecondsAgo),
});
const failures = (parts: Partial<SignInFailures>): SignInFailures => ({ pair: none, username: none, address: none, ...parts });

describe('sign-in throttle', () => {
  it('looks back over the window for the pair’s and the address’s locking failures', () => {
    expect(signInFailureLookup(now)).toEqual({ since: secondsAgo(15 * 60), pairLockAfter: 10, addressLockAfter: 100 });
  });

  it('lets a pair try freely for its first two failures, then doubles its wait from one second up to a cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(pairDelaySeconds)).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]);
    expect(decideSignIn(failures({ pair: tally(2, 0), username: tally(2, 0) }), now)).toEqual({ verdict: 'allow' });
    expect(decideSignIn(failures({ pair: tally(5, 1), username: tally(5, 1) }), now)).toEqual({ verdict: 'refuse', rule: 'pair_delay', retryAfterSeconds: 3 });
    expect(decideSignIn(failures({ pair: tally(5, 4), username: tally(5, 4) }), now)).toEqual({ verdict: 'allow' });
  });

  it('locks a pair at ten failures until the tenth newest leaves the window', () => {
    const locked = failures({ pair: tally(10, 30, 600), username: tally(10, 30) });
    expect(decideSignIn(locked, now)).toEqual({ verdict: 'refuse', rule: 'pair_lock', retryAfterSeconds: 300 });
  });

  it('slows a username down across the addresses that failed it, never beyond its cap', () => {
    expect([9, 10, 11, 14, 15, 40].map(usernameSlowDownSeconds)).toEqual([0, 1, 2, 16, 30, 30]);
    const spread = failures({ pair: tally(1, 600), username: tally(15, 5) });
    expect(decideSignIn(spread, now)).toEqual({ verdict: 'refuse', rule: 'username_slow_down', retryAfterSeconds: 25 });
    expect(decideSignIn({ ...spread, username: tally(15, 31) }, now)).toEqual({ verdict: 'allow' });
  });

  it('refuses a username at a flooding address only where it has failed there', () => {
    const flooding = tally(100, 1, 800);
    expect(decideSignIn(failures({ pair: tally(1, 600), username: tally(1, 600), address: flooding }), now)).toEqual({
      verdict: 'refuse',
      rule: 'address_lock',
      retryAfterSeconds: 100,
    });
    expect(decideSignIn(failures({ address: flooding }), now)).toEqual({ verdict: 'allow' });
  });

  it('answers with the longest wait when several rules hold', () => {
    const both = failures({ pair: tally(10, 1, 100), username: tally(30, 1), address: tally(100, 1, 600) });
    expect(decideSignIn(both, now)).toEqual({ verdict: 'refuse', rule: 'pair_lock', retryAfterSeconds: 800 });
  });

  it('warns from the third failure with the tries left before the lock', () => {
    expect([1, 2, 3, 4, 9, 10, 12].map(remainingSignInAttempts)).toEqual([null, null, 7, 6, 1, 0, 0]);
  });

  it('the issue’s case: merchant3’s ten failures from the office leave director at the same address alone', () => {
    const officeFailures = tally(10, 1, 60);
    expect(decideSignIn(failures({ pair: none, username: none, address: officeFailures }), now)).toEqual({ verdict: 'allow' });
    expect(decideSignIn(failures({ pair: officeFailures, username: officeFailures, address: officeFailures }), now).verdict).toBe('refuse');
  });

  const date = fc.integer({ min: 0, max: SIGN_IN_THROTTLE.windowMinutes * 60 }).map(secondsAgo);
  const anyTally = fc.record({ count: fc.nat({ max: 10_000 }), latest: fc.option(date), lockingFailure: fc.option(date) });

  it('never refuses an address where the username has not failed, whatever failed elsewhere', () => {
    fc.assert(
      fc.property(anyTally, anyTally, (username, address) => {
        expect(decideSignIn({ pair: none, username, address }, now)).toEqual({ verdict: 'allow' });
      }),
    );
  });

  it('never asks anyone to wait longer than the window', () => {
    fc.assert(
      fc.property(anyTally, anyTally, anyTally, (pair, username, address) => {
        const decision = decideSignIn({ pair, username, address }, now);
        if (decision.verdict === 'refuse') {
          expect(decision.retryAfterSeconds).toBeGreaterThan(0);
          expect(decision.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_THROTTLE.windowMinutes * 60);
        }
      }),
    );
  });
});
