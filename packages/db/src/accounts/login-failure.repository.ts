import type { Queryable } from '../engine/database.js';

/** Who tried: the username as typed (compared case-insensitively) and the client's address, when known. */
export type LoginAttempt = { username: string; address: string | null };

export type RecentLoginFailures = { byUsername: number; byAddress: number };

const usernameKey = (username: string) => username.trim().toLowerCase();

/** Failures since `since` for this username and, separately, from this address: one statement. */
export async function countRecentLoginFailures(q: Queryable, attempt: LoginAttempt, since: Date): Promise<RecentLoginFailures> {
  const [row] = await q.query<{ by_username: number; by_address: number }>(
    `SELECT count(*) FILTER (WHERE username = $1)::int AS by_username,
            count(*) FILTER (WHERE address = $2)::int AS by_address
     FROM login_failures
     WHERE failed_at > $3::timestamptz AND (username = $1 OR address = $2)`,
    [usernameKey(attempt.username), attempt.address, since],
  );
  return { byUsername: row?.by_username ?? 0, byAddress: row?.by_address ?? 0 };
}

/** Records one failure and purges those older than a day, so the table stays small. */
export async function recordLoginFailure(q: Queryable, attempt: LoginAttempt, at: Date): Promise<void> {
  await q.query(
    `WITH purged AS (DELETE FROM login_failures WHERE failed_at < $3::timestamptz - interval '1 day')
     INSERT INTO login_failures (username, address, failed_at) VALUES ($1, $2, $3::timestamptz)`,
    [usernameKey(attempt.username), attempt.address, at],
  );
}

/** A successful sign-in forgets the username's failures; the address keeps its count. */
export async function clearLoginFailures(q: Queryable, username: string): Promise<void> {
  await q.query(`DELETE FROM login_failures WHERE username = $1`, [usernameKey(username)]);
}
