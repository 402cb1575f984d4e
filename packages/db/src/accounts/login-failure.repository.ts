import type { SignInFailures } from '@kefu/domain/accounts';
import type { Queryable } from '../engine/database.js';

/** Who tried: the username as typed (compared case-insensitively) and the client's address, when known. */
export type LoginAttempt = { username: string; address: string | null };

/** How far back to look, and which nth-newest failure starts a pair's and an address's lock. */
export type LoginFailureLookup = { since: Date; pairLockAfter: number; addressLockAfter: number };

const usernameKey = (username: string) => username.trim().toLowerCase();

type TallyRow = {
  pair_count: number;
  pair_latest: Date | null;
  pair_locking: Date | null;
  username_count: number;
  username_latest: Date | null;
  address_count: number;
  address_locking: Date | null;
};

/**
 * The failures since `lookup.since` around one attempt, in one statement: of this username from
 * this address (an unknown address counts as one of its own), of this username from anywhere,
 * and from this address for any username — the last read no further than its lock threshold, so
 * an address that floods costs no more to count than one that does not.
 */
export async function findRecentLoginFailures(q: Queryable, attempt: LoginAttempt, lookup: LoginFailureLookup): Promise<SignInFailures> {
  const [row] = await q.query<TallyRow>(
    `WITH of_username AS (
       SELECT failed_at, address IS NOT DISTINCT FROM $2::text AS same_address
       FROM login_failures WHERE username = $1 AND failed_at > $3::timestamptz
     ), from_address AS (
       SELECT failed_at FROM login_failures
       WHERE address = $2::text AND failed_at > $3::timestamptz
       ORDER BY failed_at DESC LIMIT $5::int
     )
     SELECT
       (SELECT count(*) FROM of_username WHERE same_address)::int AS pair_count,
       (SELECT max(failed_at) FROM of_username WHERE same_address) AS pair_latest,
       (SELECT failed_at FROM of_username WHERE same_address ORDER BY failed_at DESC OFFSET $4::int - 1 LIMIT 1) AS pair_locking,
       (SELECT count(*) FROM of_username)::int AS username_count,
       (SELECT max(failed_at) FROM of_username) AS username_latest,
       (SELECT count(*) FROM from_address)::int AS address_count,
       (SELECT failed_at FROM from_address ORDER BY failed_at DESC OFFSET $5::int - 1 LIMIT 1) AS address_locking`,
    [usernameKey(attempt.username), attempt.address, lookup.since, lookup.pairLockAfter, lookup.addressLockAfter],
  );
  return {
    pair: { count: row?.pair_count ?? 0, latest: row?.pair_latest ?? null, lockingFailure: row?.pair_locking ?? null },
    username: { count: row?.username_count ?? 0, latest: row?.username_latest ?? null, lockingFailure: null },
    address: { count: row?.address_count ?? 0, latest: null, lockingFailure: row?.address_locking ?? null },
  };
}

/** Records one failure and purges those older than a day, so the table stays small. */
export async function recordLoginFailure(q: Queryable, attempt: LoginAttempt, at: Date): Promise<void> {
  await q.query(
    `WITH purged AS (DELETE FROM login_failures WHERE failed_at < $3::timestamptz - interval '1 day')
     INSERT INTO login_failures (username, address, failed_at) VALUES ($1, $2, $3::timestamptz)`,
    [usernameKey(attempt.username), attempt.address, at],
  );
}

/**
 * A successful sign-in forgets the failures of its own pair only: those of the same username
 * elsewhere may be someone else guessing, and keep slowing them down.
 */
export async function clearLoginFailures(q: Queryable, attempt: LoginAttempt): Promise<void> {
  await q.query(`DELETE FROM login_failures WHERE username = $1 AND address IS NOT DISTINCT FROM $2::text`, [usernameKey(attempt.username), attempt.address]);
}
