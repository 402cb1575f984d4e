import { NotFoundError } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';

export type IdempotencyClaim = { accountId: string; siteId: string; key: string; requestHash: string };

/**
 * new: the caller owns the key and must create the ticket and complete the key in this transaction.
 * replay: an earlier request with the same body created `ticketId`. mismatch: the key was used for
 * a different request.
 */
export type IdempotencyClaimResult = { state: 'new' } | { state: 'replay'; ticketId: string } | { state: 'mismatch' };

/**
 * Claims a key inside the caller's transaction. A concurrent claim of the same key blocks on the
 * INSERT until the first transaction ends, then reads its outcome: exactly one creator.
 */
export async function claimIdempotencyKey(tx: Queryable, claim: IdempotencyClaim): Promise<IdempotencyClaimResult> {
  const { accountId, siteId, key, requestHash } = claim;
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (account_id, key, site_id, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id, key) DO NOTHING RETURNING 1`,
    [accountId, key, siteId, requestHash],
  );
  if (inserted.length > 0) return { state: 'new' };
  const [row] = await tx.query<{ request_hash: string; ticket_id: string | null }>(
    `SELECT request_hash, ticket_id FROM idempotency_keys
     WHERE account_id = $1 AND key = $2 AND site_id = $3 FOR UPDATE`,
    [accountId, key, siteId],
  );
  if (!row || row.request_hash !== requestHash) return { state: 'mismatch' };
  // Claimed and committed without a ticket: nothing was created, and the lock makes us the owner now.
  if (row.ticket_id === null) return { state: 'new' };
  return { state: 'replay', ticketId: row.ticket_id };
}

/** Records the ticket the claimed request created; the ticket must belong to the key's site. */
export async function completeIdempotencyKey(tx: Queryable, accountId: string, key: string, ticketId: string): Promise<void> {
  const updated = await tx.query(
    `UPDATE idempotency_keys k SET ticket_id = t.id
     FROM tickets t
     WHERE k.account_id = $1 AND k.key = $2 AND t.id = $3 AND t.site_id = k.site_id
     RETURNING 1`,
    [accountId, key, ticketId],
  );
  if (updated.length === 0) throw new NotFoundError('IdempotencyKey', key);
}

/**
 * Deletes keys created before `olderThan` but never one younger than 24 hours (by the database's
 * clock): a client may retry a submit for a day. A maintenance job over all sites; returns the count.
 */
export async function purgeIdempotencyKeys(q: Queryable, olderThan: Date): Promise<number> {
  const [row] = await q.query<{ count: number }>(
    `WITH gone AS (
       DELETE FROM idempotency_keys WHERE created_at < LEAST($1::timestamptz, now() - interval '24 hours') RETURNING 1
     )
     SELECT count(*)::int AS count FROM gone`,
    [olderThan],
  );
  return row?.count ?? 0;
}
