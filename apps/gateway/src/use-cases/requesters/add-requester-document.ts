import { createHash } from 'node:crypto';
import { insertRequesterChange, insertRequesterDocument } from '@kefu/db/requesters';
import { insertAttachment } from '@kefu/db/tickets';
import { checkDocument, DOCUMENT_LIMITS, requesterResource, type RequesterDocument } from '@kefu/domain/requesters';
import { ForbiddenError, InputChecker } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import type { UploadedFile } from '../tickets/upload-request-photo.js';
import { readableFile } from './read-requester-file.js';

export type DocumentUpload = { kind: string; expiresOn: string | null; file: UploadedFile & { name?: string } };

/**
 * Files a document (licence, contract, insurance card) on a requester's file: its bytes as an
 * attachment, its kind and expiry day, and an entry in the file's history, in one transaction.
 * Seed 002, archive clerk: "负责市场商户档案资料的保管及更新" — only the holder of
 * `requester.documents` may.
 */
export async function addRequesterDocument(uc: UseCaseContext, requesterId: string, upload: DocumentUpload): Promise<RequesterDocument> {
  const staff = asStaff(uc);
  const access = await staff.access();
  const { siteId, staffId } = staff.principal;
  const file = await readableFile(staff.db, access, siteId, requesterId);
  if (!access.can('requester.documents', requesterResource(file))) throw new ForbiddenError('requester.documents');
  // Refused before a byte is read.
  if (upload.file.size > DOCUMENT_LIMITS.maxBytes) new InputChecker().add({ field: 'file', rule: 'file_too_large', limit: DOCUMENT_LIMITS.maxMb }).check();
  const bytes = new Uint8Array(await upload.file.arrayBuffer());
  const doc = checkDocument({ kind: upload.kind, expiresOn: upload.expiresOn, fileName: upload.file.name ?? '', bytes });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return staff.db.transaction(async (tx) => {
    const attachment = await insertAttachment(tx, { siteId, uploaderAccountId: staff.accountId, contentType: doc.contentType, sha256, bytes });
    const written = await insertRequesterDocument(tx, siteId, {
      requesterId: file.id,
      kind: doc.kind,
      expiresOn: doc.expiresOn,
      attachmentId: attachment.id,
      fileName: doc.fileName,
      addedById: staffId,
    });
    await insertRequesterChange(tx, siteId, {
      requesterId: file.id,
      action: 'document_added',
      actorId: staffId,
      fields: [{ field: doc.kind, from: null, to: [doc.fileName, doc.expiresOn].filter(Boolean).join(' · ') }],
    });
    return written;
  });
}
