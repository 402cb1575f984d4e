import type { AccountEventKind, Account } from '@kefu/domain/accounts';
import { NotFoundError } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { isUuid } from '../shared/is-uuid.js';
import { ACCOUNT_COLUMNS, accountMapper, type AccountRow } from './account.mapper.js';

/** True when some account, of any site, already signs in with this name. */
export async function usernameTaken(q: Queryable, username: string): Promise<boolean> {
  const rows = await q.query(`SELECT 1 FROM accounts WHERE username = $1`, [username]);
  return rows.length > 0;
}

/** The sign-ins of a member of staff, oldest first. */
export async function findAccountsOfStaff(q: Queryable, siteId: string, staffId: string): Promise<Account[]> {
  if (!isUuid(staffId)) return [];
  const rows = await q.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE site_id = $1::uuid AND staff_id = $2::uuid ORDER BY created_at, id`,
    [siteId, staffId],
  );
  return rows.map(accountMapper.toDomain);
}

/** The account of the site with this id, locked until the transaction ends; null when there is none. */
export async function lockAccount(tx: Queryable, siteId: string, accountId: string): Promise<(Account & { passwordHash: string }) | null> {
  if (!isUuid(accountId)) return null;
  const [row] = await tx.query<AccountRow & { password_hash: string }>(
    `SELECT ${ACCOUNT_COLUMNS}, password_hash FROM accounts WHERE site_id = $1::uuid AND id = $2::uuid FOR UPDATE`,
    [siteId, accountId],
  );
  return row ? { ...accountMapper.toDomain(row), passwordHash: row.password_hash } : null;
}

/** Sets a new password hash; `mustChange` when someone other than the owner chose it. */
export async function setPasswordHash(tx: Queryable, accountId: string, passwordHash: string, mustChange: boolean): Promise<Account> {
  const [row] = await tx.query<AccountRow>(
    `UPDATE accounts SET password_hash = $2, must_change_password = $3::boolean WHERE id = $1::uuid RETURNING ${ACCOUNT_COLUMNS}`,
    [accountId, passwordHash, mustChange],
  );
  if (!row) throw new NotFoundError('Account', accountId);
  return accountMapper.toDomain(row);
}

export async function setAccountDisabled(tx: Queryable, accountId: string, disabled: boolean): Promise<Account> {
  const [row] = await tx.query<AccountRow>(`UPDATE accounts SET disabled = $2::boolean WHERE id = $1::uuid RETURNING ${ACCOUNT_COLUMNS}`, [
    accountId,
    disabled,
  ]);
  if (!row) throw new NotFoundError('Account', accountId);
  return accountMapper.toDomain(row);
}

/** A session as its owner sees it; `id` is the stored digest, never the cookie's token. */
export type SessionSummary = { id: string; createdAt: Date; expiresAt: Date };

/** The account's sessions that are neither expired at `now` nor revoked, newest first. */
export async function listActiveSessions(q: Queryable, accountId: string, now: Date): Promise<SessionSummary[]> {
  const rows = await q.query<{ id: string; created_at: Date | string; expires_at: Date | string }>(
    `SELECT id, created_at, expires_at FROM sessions
     WHERE account_id = $1::uuid AND revoked_at IS NULL AND expires_at > $2::timestamptz
     ORDER BY created_at DESC, id LIMIT 100`,
    [accountId, now],
  );
  return rows.map((r) => ({ id: r.id, createdAt: new Date(r.created_at), expiresAt: new Date(r.expires_at) }));
}

/** Ends one session of the account; false when the account has no such open session. */
export async function revokeSessionOf(q: Queryable, accountId: string, sessionId: string): Promise<boolean> {
  const rows = await q.query(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1::uuid AND id = $2 AND revoked_at IS NULL RETURNING id`, [
    accountId,
    sessionId,
  ]);
  return rows.length > 0;
}

/** Ends every session of the account but `keepSessionId`; answers how many ended. */
export async function revokeOtherSessions(q: Queryable, accountId: string, keepSessionId: string | null): Promise<number> {
  const rows = await q.query(
    `UPDATE sessions SET revoked_at = now() WHERE account_id = $1::uuid AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2) RETURNING id`,
    [accountId, keepSessionId],
  );
  return rows.length;
}

export type AccountEvent = {
  id: string;
  /** Null for an invitation, which is logged before its sign-in exists. */
  accountId: string | null;
  username: string | null;
  /** The requester an invitation was made for; the requester a requester's sign-in belongs to. */
  requesterId: string | null;
  requesterName: string | null;
  actorAccountId: string | null;
  actorUsername: string | null;
  kind: AccountEventKind;
  at: Date;
  details: Record<string, unknown>;
};

export async function insertAccountEvent(
  q: Queryable,
  event: {
    siteId: string;
    accountId: string | null;
    requesterId?: string | null;
    actorAccountId: string | null;
    kind: AccountEventKind;
    at: Date;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO account_events (site_id, account_id, requester_id, actor_account_id, kind, at, details)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6::timestamptz, $7::jsonb)`,
    [event.siteId, event.accountId, event.requesterId ?? null, event.actorAccountId, event.kind, event.at, JSON.stringify(event.details ?? {})],
  );
}

export type AccountEventPage = { rows: AccountEvent[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/** The site's account events, newest first, paged by keyset on the id. */
export async function listAccountEvents(q: Queryable, siteId: string, options: { first: number; after?: string | null }): Promise<AccountEventPage> {
  const first = Math.max(0, Math.trunc(options.first));
  let after: string | null = null;
  if (options.after) {
    const [id] = decodeCursor(options.after, 1);
    if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) throw invalidCursor();
    after = id;
  }
  const rows = await q.query<{
    id: string;
    account_id: string | null;
    username: string | null;
    requester_id: string | null;
    requester_name: string | null;
    actor_account_id: string | null;
    actor_username: string | null;
    kind: AccountEventKind;
    at: Date | string;
    details: Record<string, unknown> | string;
  }>(
    `SELECT e.id::text AS id, e.account_id, a.username, COALESCE(e.requester_id, a.requester_id) AS requester_id,
            COALESCE(r.shop_name, r.name) AS requester_name, e.actor_account_id, actor.username AS actor_username, e.kind, e.at, e.details
     FROM account_events e LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN accounts actor ON actor.id = e.actor_account_id
          LEFT JOIN requesters r ON r.id = COALESCE(e.requester_id, a.requester_id)
     WHERE e.site_id = $1::uuid AND ($2::bigint IS NULL OR e.id < $2::bigint)
     ORDER BY e.id DESC LIMIT $3::int`,
    [siteId, after, first + 1],
  );
  const page = rows.slice(0, first).map(
    (r): AccountEvent => ({
      id: r.id,
      accountId: r.account_id,
      username: r.username,
      requesterId: r.requester_id,
      requesterName: r.requester_name,
      actorAccountId: r.actor_account_id,
      actorUsername: r.actor_username,
      kind: r.kind,
      at: new Date(r.at),
      // jsonb is parsed by postgres.js and text from PGlite.
      details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : r.details,
    }),
  );
  const cursors = page.map((e) => encodeCursor([e.id]));
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}
