import { findRequesterClash, findRequesterFileById, insertRequesterChange, updateOwnContact } from '@kefu/db/requesters';
import { checkOwnContact, type OwnContactInput, type RequesterFile } from '@kefu/domain/requesters';
import { NotFoundError, ValidationError } from '@kefu/domain/shared';
import { inSiteLock } from '../shared/site-lock.js';
import { asRequester, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * A portal user corrects their own phone and preferred contact time; nobody else's file is
 * reachable (the file is the signed-in requester's, never an id from the client). A phone on
 * another file is refused on the field without naming that file (product rule: the portal
 * never tells one requester about another).
 */
export async function updateMyContact(uc: UseCaseContext, input: OwnContactInput): Promise<RequesterFile> {
  const { principal } = asRequester(uc);
  const contact = checkOwnContact(input);
  return inSiteLock(uc, async (tx, siteId) => {
    const current = await findRequesterFileById(tx, siteId, principal.requesterId);
    if (!current) throw new NotFoundError('Requester', principal.requesterId);
    if (contact.phone !== null && contact.phone !== current.phone) {
      const clash = await findRequesterClash(tx, siteId, { kind: current.kind, phone: contact.phone, units: [], holdsUnits: false, exceptId: current.id });
      if (clash) throw new ValidationError([{ field: 'phone', rule: 'invalid_choice' }]);
    }
    await updateOwnContact(tx, siteId, current.id, contact);
    if (current.phone !== contact.phone) {
      await insertRequesterChange(tx, siteId, { requesterId: current.id, action: 'updated', actorId: null, fields: [{ field: 'phone', from: current.phone, to: contact.phone }] });
    }
    return { ...current, phone: contact.phone };
  });
}
