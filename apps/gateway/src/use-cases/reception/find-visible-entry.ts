import { findReceptionEntryById } from '@kefu/db/reception';
import type { Queryable } from '@kefu/db/engine';
import { receptionResource, type ReceptionEntry } from '@kefu/domain/reception';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';

/**
 * The entry, held for the rest of the transaction, when the viewer may see it and register on
 * the log; one they may not see answers exactly like a missing one.
 */
export async function findEntryToWork(uc: UseCaseContext, tx: Queryable, id: string): Promise<ReceptionEntry> {
  const access = await uc.access();
  const entry = await findReceptionEntryById(tx, uc.principal.siteId, id, true);
  if (!entry || !access.can('reception.view', receptionResource(entry))) throw new NotFoundError('ReceptionEntry', id);
  if (!access.can('reception.register', receptionResource(entry))) throw new ForbiddenError('reception.register');
  return entry;
}
