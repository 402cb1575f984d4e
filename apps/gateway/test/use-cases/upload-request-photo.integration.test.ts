import { createHash } from 'node:crypto';
import { insertAttachment } from '@kefu/db/tickets';
import { enginesUnderTest } from '@kefu/db/testing';
import { PHOTO_QUOTA, PhotoQuotaExceededError } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitRequest } from '../../src/use-cases/tickets/submit-request.js';
import { uploadRequestPhoto } from '../../src/use-cases/tickets/upload-request-photo.js';
import { startUseCaseHarness } from './use-case-harness.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 200 }, (_, i) => i % 256)]);
const photoOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

describe.each(enginesUnderTest())('uploadRequestPhoto use case (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterAll(() => harness.close());

  /** Photos the account already holds unattached, stored directly: only the quota's edge is uploaded. */
  const holdUnattached = async (username: string, count: number, byteSize = PNG.length, uploadedAt = new Date()) => {
    const uc = await harness.as(username);
    const bytes = new Uint8Array(byteSize);
    bytes.set(PNG.subarray(0, Math.min(byteSize, PNG.length)));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const stored = await insertAttachment(harness.db, {
        siteId: uc.principal.siteId,
        uploaderAccountId: uc.accountId,
        contentType: 'image/png',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
      });
      ids.push(stored.id);
    }
    await harness.db.query('UPDATE attachments SET created_at = $2 WHERE id = ANY($1::uuid[])', [ids, uploadedAt]);
    return ids;
  };
  const unattachedOf = async (username: string) => {
    const uc = await harness.as(username);
    const [row] = await harness.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM attachments WHERE uploader_account_id = $1 AND ticket_id IS NULL',
      [uc.accountId],
    );
    return row!.n;
  };

  it('refuses the photo after the last one the quota holds, naming the file and both limits', async () => {
    await holdUnattached('merchant1', PHOTO_QUOTA.maxPhotos - 1);
    const last = await uploadRequestPhoto(await harness.as('merchant1'), photoOf(PNG));
    expect(last.ticketId).toBeNull();
    const refused = uploadRequestPhoto(await harness.as('merchant1'), photoOf(PNG));
    await expect(refused).rejects.toBeInstanceOf(PhotoQuotaExceededError);
    await expect(refused).rejects.toMatchObject({ facts: { field: 'file', exceeded: 'photos', maxPhotos: 30, maxMb: 60 } });
    expect(await unattachedOf('merchant1')).toBe(PHOTO_QUOTA.maxPhotos);
  });

  it('frees the quota when photos are sent with a request, and does not count uploads older than a day', async () => {
    const sent = await holdUnattached('merchant3', 4);
    await holdUnattached('merchant3', PHOTO_QUOTA.maxPhotos - 4, PNG.length, new Date(Date.now() - PHOTO_QUOTA.windowMs - 60_000));
    const merchant = await harness.as('merchant3');
    await submitRequest(merchant, { kind: 'repair', title: '地砖松动', description: '门口两块地砖松动。', photoIds: sent }, 'upload-quota-0001');
    for (let i = 0; i < PHOTO_QUOTA.maxPhotos; i++) await uploadRequestPhoto(await harness.as('merchant3'), photoOf(PNG));
    await expect(uploadRequestPhoto(await harness.as('merchant3'), photoOf(PNG))).rejects.toBeInstanceOf(PhotoQuotaExceededError);
  });

  it('lets only one of several uploads sent at once take the last free slot', async () => {
    await holdUnattached('owner1', PHOTO_QUOTA.maxPhotos - 1);
    const contexts = await Promise.all(Array.from({ length: 6 }, () => harness.as('owner1')));
    const results = await Promise.allSettled(contexts.map((uc) => uploadRequestPhoto(uc, photoOf(PNG))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(refusals).toHaveLength(5);
    for (const reason of refusals) expect(reason).toBeInstanceOf(PhotoQuotaExceededError);
    expect(await unattachedOf('owner1')).toBe(PHOTO_QUOTA.maxPhotos);
  });
});
