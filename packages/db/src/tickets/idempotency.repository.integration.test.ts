import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { claimIdempotencyKey, completeIdempotencyKey, purgeIdempotencyKeys, type IdempotencyClaimResult } from './idempotency.repository.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { insertTicket } from './ticket.repository.js';

/** Concurrency needs real connections (PGlite has one): such tests exist only on the server engine. */
const onServer = (engine: string) => (engine === 'postgres' ? it : () => undefined);

describe.each(enginesUnderTest())('idempotency keys (%s)', (engine) => {
  let db: TestDatabase;
  let f: TicketFixture;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    f = await createTicketFixture(db);
  });
  afterAll(() => db.drop());

  /** What a submit does: claim, create and complete in one transaction, or replay. */
  const submit = (key: string, requestHash: string) =>
    db.transaction(async (tx): Promise<IdempotencyClaimResult & { created?: string }> => {
      const claim = await claimIdempotencyKey(tx, { accountId: f.accountId, siteId: f.siteId, key, requestHash });
      if (claim.state !== 'new') return claim;
      const ticket = await insertTicket(tx, newTicket(f));
      await completeIdempotencyKey(tx, f.accountId, key, ticket.id);
      return { ...claim, created: ticket.id };
    });

  const ticketCount = async () =>
    (await db.query<{ n: number }>('SELECT count(*) AS n FROM tickets WHERE site_id = $1', [f.siteId]))[0]?.n;

  it('replays a completed key, and refuses the key for a different request', async () => {
    const first = await submit('k-1', 'hash-a');
    expect(first.state).toBe('new');
    expect(await submit('k-1', 'hash-a')).toEqual({ state: 'replay', ticketId: first.created });
    expect(await submit('k-1', 'hash-b')).toEqual({ state: 'mismatch' });
  });

  it('frees a key whose claiming transaction rolled back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await claimIdempotencyKey(tx, { accountId: f.accountId, siteId: f.siteId, key: 'k-rollback', requestHash: 'h' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await submit('k-rollback', 'h')).state).toBe('new');
  });

  it('purges only keys older than 24 hours', async () => {
    await submit('k-old', 'h');
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'k-old'`);
    await submit('k-recent', 'h');
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '23 hours' WHERE key = 'k-recent'`);
    // Asking for more than the retention allows still keeps the last 24 hours.
    expect(await purgeIdempotencyKeys(db, new Date(Date.now() + 60_000))).toBe(1);
    const keys = await db.query<{ key: string }>('SELECT key FROM idempotency_keys WHERE key IN ($1, $2)', ['k-old', 'k-recent']);
    expect(keys.map((k) => k.key)).toEqual(['k-recent']);
  });

  onServer(engine)('creates exactly one ticket for 30 concurrent submits with one key', async () => {
    const before = await ticketCount();
    const results = await Promise.all(Array.from({ length: 30 }, () => submit('k-race', 'same')));
    const created = results.filter((r) => r.state === 'new');
    expect(created).toHaveLength(1);
    expect(results.filter((r) => r.state === 'replay')).toEqual(
      Array.from({ length: 29 }, () => ({ state: 'replay', ticketId: created[0]?.created })),
    );
    expect(await ticketCount()).toBe((before ?? 0) + 1);
  });
});
