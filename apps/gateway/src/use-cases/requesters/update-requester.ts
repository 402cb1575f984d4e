import { findRequesterFileById, updateRequesterFile } from '@kefu/db/requesters';
import { checkRequesterFile, requesterResource, type RequesterFile, type RequesterFileInput } from '@kefu/domain/requesters';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { refuseRequesterClash } from './refuse-requester-clash.js';

/** Rewrites a requester's file; a file the viewer may not read answers as missing. */
export async function updateRequester(uc: UseCaseContext, id: string, input: RequesterFileInput): Promise<RequesterFile> {
  asStaff(uc);
  const file = checkRequesterFile(input);
  const access = await uc.access();
  return inSiteLock(uc, async (tx, siteId) => {
    const current = await findRequesterFileById(tx, siteId, id);
    if (!current || !access.can('requester.view', requesterResource(current))) throw new NotFoundError('Requester', id);
    if (!access.can('requester.edit', requesterResource(current))) throw new ForbiddenError('requester.edit');
    await refuseRequesterClash(tx, siteId, file, current.id);
    return (await updateRequesterFile(tx, siteId, current.id, file))!;
  });
}
