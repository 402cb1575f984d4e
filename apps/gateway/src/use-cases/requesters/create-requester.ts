import { insertRequesterChange, insertRequesterFile } from '@kefu/db/requesters';
import { checkRequesterFile, fileChanges, type RequesterFile, type RequesterFileInput } from '@kefu/domain/requesters';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { refuseRequesterClash } from './refuse-requester-clash.js';

/**
 * Registers a merchant, owner or customer. The site lock makes the duplicate check and the
 * insert one step: two clerks typing the same phone at once get one file and one CONFLICT.
 */
export function createRequester(uc: UseCaseContext, input: RequesterFileInput): Promise<RequesterFile> {
  const { principal } = asStaff(uc);
  const file = checkRequesterFile(input);
  return inSiteLock(uc, async (tx, siteId) => {
    await refuseRequesterClash(tx, siteId, file);
    const written = await insertRequesterFile(tx, siteId, file);
    await insertRequesterChange(tx, siteId, { requesterId: written.id, action: 'created', actorId: principal.staffId, fields: fileChanges(null, written) });
    return written;
  });
}
