import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import {
  attachToTicket,
  findAttachmentContent,
  findAttachmentsByTicketIds,
  findUnattachedUsage,
  insertAttachment,
  lockUploadQuota,
  purgeUnattachedAttachments,
} from './attachment.repository.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { insertTicket } from './ticket.repository.js';

/** Every byte value, so an engine that mangles binary (text encoding, NUL) fails the round trip. */
const PHOTO = Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(enginesUnderTest())('attachments (%s)', (engine) => {
  let db: TestDatabase;
  let f: TicketFixture;
  let other: TicketFixture;
  let secondAccount: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    f = await createTicketFixture(db);
    other = await createTicketFixture(db);
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO accounts (site_id, username, password_hash, requester_id) VALUES ($1, $2, 'x', $3) RETURNING id`,
      [f.siteId, `second-${randomUUID()}`, f.requesterIds[1]],
    );
    secondAccount = row!.id;
  });
  afterAll(() => db.drop());

  const newAccount = async () => {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO accounts (site_id, username, password_hash, requester_id) VALUES ($1, $2, 'x', $3) RETURNING id`,
      [f.siteId, `uploader-${randomUUID()}`, f.requesterIds[0]],
    );
    return row!.id;
  };
  const backdate = (ids: string[], interval: string) =>
    db.query(`UPDATE attachments SET created_at = now() - $2::interval WHERE id = ANY($1::uuid[])`, [ids, interval]);
  const abandonedCount = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM attachments WHERE ticket_id IS NULL AND created_at < now() - interval '1 day'`))[0]!.n;

  const upload = (accountId = f.accountId, siteId = f.siteId, bytes = PHOTO) =>
    insertAttachment(db, { siteId, uploaderAccountId: accountId, contentType: 'image/png', sha256: sha256(bytes), bytes });

  it('stores the bytes exactly and reads them back with their facts', async () => {
    const stored = await upload();
    expect(stored).toMatchObject({ siteId: f.siteId, ticketId: null, uploaderAccountId: f.accountId, contentType: 'image/png', byteSize: 600 });
    const content = await findAttachmentContent(db, f.siteId, stored.id);
    expect(content?.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(content!.bytes)).toEqual(Array.from(PHOTO));
    expect(content?.sha256).toBe(sha256(PHOTO));
  });

  it('answers nothing for another site, a malformed id or an unknown one', async () => {
    const stored = await upload();
    expect(await findAttachmentContent(db, other.siteId, stored.id)).toBeNull();
    expect(await findAttachmentContent(db, f.siteId, 'not-a-uuid')).toBeNull();
    expect(await findAttachmentContent(db, f.siteId, randomUUID())).toBeNull();
  });

  it("attaches only the uploader's own unattached photos, and a replay attaches them again", async () => {
    const ticket = await insertTicket(db, newTicket(f));
    const otherTicket = await insertTicket(db, newTicket(f));
    const mine = await upload();
    const theirs = await upload(secondAccount);
    const onOtherTicket = await upload();
    await attachToTicket(db, { siteId: f.siteId, uploaderAccountId: f.accountId, ticketId: otherTicket.id, ids: [onOtherTicket.id] });

    const attached = await attachToTicket(db, {
      siteId: f.siteId,
      uploaderAccountId: f.accountId,
      ticketId: ticket.id,
      ids: [mine.id, theirs.id, onOtherTicket.id, 'junk'],
    });
    expect(attached).toEqual([mine.id]);
    expect(await attachToTicket(db, { siteId: f.siteId, uploaderAccountId: f.accountId, ticketId: ticket.id, ids: [mine.id] })).toEqual([mine.id]);

    const [photos, otherPhotos, none] = await findAttachmentsByTicketIds(db, f.siteId, [ticket.id, otherTicket.id, randomUUID()]);
    expect(photos!.map((p) => p.id)).toEqual([mine.id]);
    expect(otherPhotos!.map((p) => p.id)).toEqual([onOtherTicket.id]);
    expect(none).toEqual([]);
    expect((await findAttachmentContent(db, f.siteId, theirs.id))?.ticketId).toBeNull();
  });

  it('never attaches across sites', async () => {
    const ticket = await insertTicket(db, newTicket(f));
    const elsewhere = await upload(other.accountId, other.siteId);
    expect(await attachToTicket(db, { siteId: f.siteId, uploaderAccountId: other.accountId, ticketId: ticket.id, ids: [elsewhere.id] })).toEqual([]);
  });

  it('purges abandoned uploads but keeps attached and recent ones', async () => {
    const ticket = await insertTicket(db, newTicket(f));
    const abandoned = await upload();
    const kept = await upload();
    const recent = await upload();
    await attachToTicket(db, { siteId: f.siteId, uploaderAccountId: f.accountId, ticketId: ticket.id, ids: [kept.id] });
    await db.query(`UPDATE attachments SET created_at = now() - interval '2 days' WHERE id = ANY($1::uuid[])`, [[abandoned.id, kept.id]]);
    const before = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM attachments WHERE ticket_id IS NULL AND created_at < now() - interval '1 day'`))[0]!.n;
    expect(await purgeUnattachedAttachments(db, new Date(Date.now() - 86_400_000))).toBe(before);
    expect(await findAttachmentContent(db, f.siteId, abandoned.id)).toBeNull();
    expect(await findAttachmentContent(db, f.siteId, kept.id)).not.toBeNull();
    expect(await findAttachmentContent(db, f.siteId, recent.id)).not.toBeNull();
  });

  it("sums the photos and bytes an account holds unattached since an instant, and nobody else's", async () => {
    const account = await newAccount();
    const since = new Date(Date.now() - 86_400_000);
    expect(await findUnattachedUsage(db, account, since)).toEqual({ photos: 0, bytes: 0 });
    const small = PHOTO.subarray(0, 100);
    const [a, , old, sent] = [await upload(account), await upload(account, f.siteId, small), await upload(account), await upload(account)];
    await upload(secondAccount);
    await backdate([old.id], '2 days');
    const ticket = await insertTicket(db, newTicket(f));
    await attachToTicket(db, { siteId: f.siteId, uploaderAccountId: account, ticketId: ticket.id, ids: [sent.id] });
    expect(await findUnattachedUsage(db, account, since)).toEqual({ photos: 2, bytes: a.byteSize + small.length });
  });

  it('removes each abandoned photo once when two sweeps run at once', async () => {
    const abandoned = await Promise.all([upload(), upload(), upload(), upload(secondAccount)]);
    await backdate(abandoned.map((p) => p.id), '25 hours');
    const before = await abandonedCount();
    const cutoff = new Date(Date.now() - 86_400_000);
    const [one, two] = await Promise.all([purgeUnattachedAttachments(db, cutoff), purgeUnattachedAttachments(db, cutoff)]);
    expect(one + two).toBe(before);
    expect(await abandonedCount()).toBe(0);
  });

  if (engine === 'postgres') {
    /** Until another connection of this database waits on a lock (row or advisory). */
    const untilAnotherWaits = async () => {
      const waiting = async () =>
        (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0]!.n;
      while ((await waiting()) === 0) await new Promise((resolve) => setImmediate(resolve));
    };

    it("makes a second upload of one account wait for the first one's transaction, and no other account's", async () => {
      const account = await newAccount();
      const order: string[] = [];
      let second: Promise<void> | undefined;
      await db.transaction(async (tx) => {
        await lockUploadQuota(tx, account);
        // Another account's upload goes ahead on its own connection meanwhile.
        await db.transaction((other) => lockUploadQuota(other, secondAccount));
        second = db.transaction(async (other) => {
          await lockUploadQuota(other, account);
          order.push('second');
        });
        await untilAnotherWaits();
        order.push('first');
      });
      await second;
      expect(order).toEqual(['first', 'second']);
    });

    it('lets a sweep that waits behind another one skip the photos that one removed', async () => {
      const abandoned = await Promise.all([upload(), upload()]);
      await backdate(abandoned.map((p) => p.id), '25 hours');
      const before = await abandonedCount();
      const cutoff = new Date(Date.now() - 86_400_000);
      let waiting: Promise<number> | undefined;
      const first = await db.transaction(async (tx) => {
        const removed = await purgeUnattachedAttachments(tx, cutoff);
        waiting = purgeUnattachedAttachments(db, cutoff);
        // The second sweep has reached the rows this one holds and waits for it to commit.
        await untilAnotherWaits();
        return removed;
      });
      expect(first).toBe(before);
      expect(await waiting).toBe(0);
    });
  }
});
