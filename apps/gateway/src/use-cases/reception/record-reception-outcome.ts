import { setReceptionOutcome } from '@kefu/db/reception';
import { checkOutcome, type ReceptionEntry } from '@kefu/domain/reception';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { findEntryToWork } from './find-visible-entry.js';

/** How a received contact ended: answered on the spot, relayed, or a message taken. */
export function recordReceptionOutcome(uc: UseCaseContext, id: string, outcome: string): Promise<ReceptionEntry> {
  asStaff(uc);
  return uc.db.transaction(async (tx) => {
    const current = await findEntryToWork(uc, tx, id);
    return (await setReceptionOutcome(tx, current.siteId, current.id, checkOutcome(current, outcome)))!;
  });
}
