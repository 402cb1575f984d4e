import { createHash } from 'node:crypto';
import { insertAttachment } from '@kefu/db/tickets';
import type { Attachment } from '@kefu/domain/tickets';
import { InputChecker } from '@kefu/domain/shared';
import { checkPhoto, PHOTO_LIMITS, PHOTO_MAX_MB } from '@kefu/domain/tickets';
import { asRequester, type UseCaseContext } from '../shared/use-case-context.js';

/** An uploaded file: its size is known before a byte of it is read. */
export type UploadedFile = Pick<Blob, 'size' | 'arrayBuffer'>;

/** Stores one photo for a request about to be submitted; the submit attaches it by id. */
export async function uploadRequestPhoto(uc: UseCaseContext, file: UploadedFile): Promise<Attachment> {
  const { principal } = asRequester(uc);
  if (file.size > PHOTO_LIMITS.maxBytes) {
    new InputChecker().add({ field: 'file', rule: 'file_too_large', limit: PHOTO_MAX_MB }).check();
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = checkPhoto(bytes);
  return insertAttachment(uc.db, {
    siteId: principal.siteId,
    uploaderAccountId: uc.accountId,
    contentType,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  });
}
