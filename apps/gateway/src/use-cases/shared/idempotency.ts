import { createHash } from 'node:crypto';
import { claimIdempotencyKey, completeIdempotencyKey, type IdempotencyClaim } from '@kefu/db/tickets';
import type { Queryable } from '@kefu/db/engine';
import { InputChecker } from '@kefu/domain/shared';
import { IdempotencyKeyReusedError } from './idempotency.errors.js';

const IDEMPOTENCY_KEY = { min: 8, max: 100 } as const;

/** The client's key for one submit: long enough not to collide by chance, short enough to store. */
export const checkIdempotencyKey = (key: string) =>
  new InputChecker().text('idempotencyKey', key, { required: true, min: IDEMPOTENCY_KEY.min, max: IDEMPOTENCY_KEY.max }).check();

/** What a key is bound to: the same key with another request is refused, not replayed. */
export const requestHash = (request: unknown): string => createHash('sha256').update(JSON.stringify(request)).digest('hex');

/**
 * Runs `first` once per account and key, inside the caller's transaction, and records the id of
 * what it created (today always a ticket). A retry (double tap, network retry) gets `replay` of
 * that id; the key with another request throws IdempotencyKeyReusedError.
 */
export async function oncePerKey<T>(
  tx: Queryable,
  claim: IdempotencyClaim,
  run: { first(): Promise<{ value: T; recordId: string }>; replay(recordId: string): Promise<T> },
): Promise<{ value: T; isNew: boolean }> {
  const claimed = await claimIdempotencyKey(tx, claim);
  if (claimed.state === 'mismatch') throw new IdempotencyKeyReusedError(claim.key);
  if (claimed.state === 'replay') return { value: await run.replay(claimed.ticketId), isNew: false };
  const { value, recordId } = await run.first();
  await completeIdempotencyKey(tx, claim.accountId, claim.key, recordId);
  return { value, isNew: true };
}
