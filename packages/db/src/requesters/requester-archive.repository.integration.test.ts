import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequesterFile, type RequesterFile } from '@kefu/domain/requesters';
import { insertSite } from '../sites/index.js';
import { insertAttachment, purgeUnattachedAttachments } from '../tickets/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import {
  findRequesterDocumentByAttachment,
  insertRequesterChange,
  insertRequesterDocument,
  insertRequesterNote,
  listExpiring,
  listRequesterChanges,
  listRequesterDocuments,
  listRequesterNotes,
} from './requester-archive.repository.js';
import { insertRequesterFile } from './requester-file.repository.js';

const PDF = new TextEncoder().encode('%PDF-1.4 contract');

describe.each(enginesUnderTest())('requester archive (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let account: string;
  let tiles: RequesterFile;
  let gone: RequesterFile;
  const merchant = (shopName: string, unit: string, contractEndsOn: string, status: 'open' | 'left' = 'open') =>
    insertRequesterFile(db, siteId, checkRequesterFile({ kind: 'merchant', shopName, units: [unit], contractEndsOn, status }));
  const upload = async () => (await insertAttachment(db, { siteId, uploaderAccountId: account, contentType: 'application/pdf', sha256: 'x', bytes: PDF })).id;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    tiles = await merchant('鑫源瓷砖', 'A1-018', '2026-12-20');
    gone = await merchant('旧店', 'A1-020', '2026-12-05', 'left');
    await merchant('远期', 'A1-021', '2027-06-30');
    const [row] = await db.query<{ id: string }>(`INSERT INTO accounts (site_id, username, password_hash, requester_id) VALUES ($1, $2, 'x', $3) RETURNING id`, [
      siteId,
      `archive-${randomUUID()}`,
      tiles.id,
    ]);
    account = row!.id;
  });
  afterAll(() => db.drop());

  it('keeps a document with its kind, expiry day and bytes, and the sweep of abandoned photos leaves it', async () => {
    const attachmentId = await upload();
    await db.query(`UPDATE attachments SET created_at = now() - interval '2 days' WHERE id = $1`, [attachmentId]);
    const doc = await insertRequesterDocument(db, siteId, { requesterId: tiles.id, kind: 'contract', expiresOn: '2026-12-10', attachmentId, fileName: '合同.pdf', addedById: null });
    expect(doc).toMatchObject({ kind: 'contract', expiresOn: '2026-12-10', contentType: 'application/pdf', byteSize: PDF.length, fileName: '合同.pdf' });
    await purgeUnattachedAttachments(db, new Date());
    expect(await listRequesterDocuments(db, siteId, tiles.id)).toHaveLength(1);
    expect(await findRequesterDocumentByAttachment(db, siteId, attachmentId)).toMatchObject({ id: doc.id });
    expect(await findRequesterDocumentByAttachment(db, otherSiteId, attachmentId)).toBeNull();
    expect(await listRequesterDocuments(db, otherSiteId, tiles.id)).toEqual([]);
  });

  it('lists contracts and documents expiring in the window, soonest first, without merchants that left, paged', async () => {
    const licence = await insertRequesterDocument(db, siteId, { requesterId: gone.id, kind: 'licence', expiresOn: '2026-12-01', attachmentId: await upload(), fileName: 'l.pdf', addedById: null });
    expect(licence.kind).toBe('licence');
    const first = await listExpiring(db, siteId, { from: '2026-11-30', to: '2026-12-30', first: 1 });
    expect(first.rows).toEqual([{ requesterId: tiles.id, what: 'contract', documentId: expect.any(String), expiresOn: '2026-12-10' }]);
    expect(first.hasNextPage).toBe(true);
    const second = await listExpiring(db, siteId, { from: '2026-11-30', to: '2026-12-30', first: 5, after: first.endCursor });
    expect(second.rows).toEqual([{ requesterId: tiles.id, what: 'contract', documentId: null, expiresOn: '2026-12-20' }]);
    expect(second.hasNextPage).toBe(false);
    expect((await listExpiring(db, otherSiteId, { from: '2026-11-30', to: '2026-12-30', first: 5 })).rows).toEqual([]);
    await expect(listExpiring(db, siteId, { from: '2026-11-30', to: '2026-12-30', first: 5, after: 'bm9wZQ' })).rejects.toThrow(/after/);
  });

  it('keeps notes and changes, newest first', async () => {
    await insertRequesterNote(db, siteId, { requesterId: tiles.id, body: '已提醒续签', authorId: null });
    await insertRequesterNote(db, siteId, { requesterId: tiles.id, body: '续签中', authorId: null });
    expect((await listRequesterNotes(db, siteId, tiles.id)).map((n) => n.body)).toEqual(['续签中', '已提醒续签']);
    await insertRequesterChange(db, siteId, { requesterId: tiles.id, action: 'updated', actorId: null, fields: [{ field: 'phone', from: null, to: '13800001111' }] });
    expect(await listRequesterChanges(db, siteId, tiles.id)).toMatchObject([{ action: 'updated', fields: [{ field: 'phone', from: null, to: '13800001111' }] }]);
    expect(await listRequesterNotes(db, otherSiteId, tiles.id)).toEqual([]);
  });
});
