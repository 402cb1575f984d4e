import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import type { Account } from '@kefu/domain/accounts';
import { accountMapper, type AccountRow } from './account.mapper.js';

const TOKEN_BYTES = 32;

/** Only this digest is stored: someone who reads the sessions table cannot replay a cookie. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export type NewSession = { token: string; expiresAt: Date };

/** Returns the token for the cookie; it is not stored and cannot be read back. */
export async function createSession(
  q: Queryable,
  accountId: string,
  siteId: string,
  ttlMs: number,
  now: Date,
): Promise<NewSession> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await q.query(
    `INSERT INTO sessions (id, account_id, site_id, created_at, expires_at) VALUES ($1, $2::uuid, $3::uuid, $4::timestamptz, $5::timestamptz)`,
    [sessionIdOf(token), accountId, siteId, now, expiresAt],
  );
  return { token, expiresAt };
}

export type ActiveSession = { sessionId: string; account: Account; expiresAt: Date };

/** The session behind a cookie, if it is unexpired at `now`, not revoked, its account enabled and its member of staff (if any) active. */
export async function findSessionByToken(q: Queryable, token: string, now: Date): Promise<ActiveSession | null> {
  const [row] = await q.query<AccountRow & { session_id: string; expires_at: Date }>(
    `SELECT s.id AS session_id, s.expires_at,
            a.id, a.site_id, a.username, a.staff_id, a.requester_id, a.locale, a.disabled, a.must_change_password,
            (SELECT r.kind FROM requesters r WHERE r.id = a.requester_id) AS requester_kind
     FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.id = $1 AND s.expires_at > $2::timestamptz AND s.revoked_at IS NULL AND NOT a.disabled
       AND NOT EXISTS (SELECT 1 FROM staff st WHERE st.id = a.staff_id AND NOT st.active)`,
    [sessionIdOf(token), now],
  );
  return row ? { sessionId: row.session_id, account: accountMapper.toDomain(row), expiresAt: row.expires_at } : null;
}

/** Sign-out. Revoking an unknown or already revoked token is not an error. */
export async function revokeSession(q: Queryable, token: string): Promise<void> {
  await q.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionIdOf(token)]);
}

/** Signs the account out everywhere (password change, account disabled). Returns how many it revoked. */
export async function revokeAllSessionsOf(q: Queryable, accountId: string): Promise<number> {
  const rows = await q.query(
    `UPDATE sessions SET revoked_at = now() WHERE account_id = $1::uuid AND revoked_at IS NULL RETURNING id`,
    [accountId],
  );
  return rows.length;
}

/** Signs a member of staff out everywhere, on every account of theirs in the site. Returns how many it revoked. */
export async function revokeAllSessionsOfStaff(q: Queryable, siteId: string, staffId: string): Promise<number> {
  if (!isUuid(staffId)) return 0;
  const rows = await q.query(
    `UPDATE sessions s SET revoked_at = now()
     FROM accounts a
     WHERE a.id = s.account_id AND a.site_id = $1::uuid AND a.staff_id = $2::uuid AND s.revoked_at IS NULL
     RETURNING s.id`,
    [siteId, staffId],
  );
  return rows.length;
}
