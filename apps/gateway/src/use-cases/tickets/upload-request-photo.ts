import { createHash } from 'node:crypto';
import { findUnattachedUsage, insertAttachment, lockUploadQuota } from '@kefu/db/tickets';
import type { Attachment } from '@kefu/domain/tickets';
import { InputChecker } from '@kefu/domain/shared';
import { checkPhoto, checkPhotoQuota, PHOTO_LIMITS, PHOTO_MAX_MB, photoQuotaWindowStart } from '@kefu/domain/tickets';
import { asRequester, type UseCaseContext } from '../shared/use-case-context.js';

/** An uploaded file: its size is known before a byte of it is read. */
export type UploadedFile = Pick<Blob, 'size' | 'arrayBuffer'>;

/**
 * Stores one photo for a request about to be submitted; the submit attaches it by id. The
 * account's quota of photos not yet attached is checked and taken under its own lock, so
 * uploads sent at once cannot both pass the last slot.
 */
export async function uploadRequestPhoto(uc: UseCaseContext, file: UploadedFile): Promise<Attachment> {
  const { principal } = asRequester(uc);
  if (file.size > PHOTO_LIMITS.maxBytes) {
    new InputChecker().add({ field: 'file', rule: 'file_too_large', limit: PHOTO_MAX_MB }).check();
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = checkPhoto(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return uc.db.transaction(async (tx) => {
    await lockUploadQuota(tx, uc.accountId);
    checkPhotoQuota(await findUnattachedUsage(tx, uc.accountId, photoQuotaWindowStart(uc.now)), bytes.length);
    return insertAttachment(tx, { siteId: principal.siteId, uploaderAccountId: uc.accountId, contentType, sha256, bytes });
  });
}
