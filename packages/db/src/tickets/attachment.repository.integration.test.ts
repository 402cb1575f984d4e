import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import {
  attachToTicket,
  findAttachmentContent,
  findAttachmentsByTicketIds,
  insertAttachment,
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
});
