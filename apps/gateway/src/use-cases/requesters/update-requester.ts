import { findRequesterFileById, insertRequesterChange, updateRequesterFile } from '@kefu/db/requesters';
import { checkRequesterFile, fileChanges, requesterResource, type RequesterFile, type RequesterFileInput } from '@kefu/domain/requesters';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { refuseRequesterClash } from './refuse-requester-clash.js';

/** Rewrites a requester's file; a file the viewer may not read answers as missing. */
export async function updateRequester(uc: UseCaseContext, id: string, input: RequesterFileInput): Promise<RequesterFile> {
  const { principal } = asStaff(uc);
  const file = checkRequesterFile(input);
  const access = await uc.access();
  return inSiteLock(uc, async (tx, siteId) => {
    const current = await findRequesterFileById(tx, siteId, id);
    if (!current || !access.can('requester.view', requesterResource(current))) throw new NotFoundError('Requester', id);
    if (!access.can('requester.edit', requesterResource(current))) throw new ForbiddenError('requester.edit');
    await refuseRequesterClash(tx, siteId, file, current.id);
    const updated = (await updateRequesterFile(tx, siteId, current.id, file))!;
    const fields = fileChanges(current, updated);
    // History: who changed what, when; a save that changed nothing leaves no entry.
    if (fields.length > 0) await insertRequesterChange(tx, siteId, { requesterId: current.id, action: 'updated', actorId: principal.staffId, fields });
    return updated;
  });
}
