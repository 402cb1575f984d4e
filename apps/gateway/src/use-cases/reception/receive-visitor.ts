import { markReceptionReceived } from '@kefu/db/reception';
import { checkReceive, type ReceptionEntry } from '@kefu/domain/reception';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { findEntryToWork } from './find-visible-entry.js';

/** A waiting visitor is received by the viewer, now or at the time they give. */
export async function receiveVisitor(uc: UseCaseContext, id: string, receivedAt: Date | null): Promise<ReceptionEntry> {
  const staff = asStaff(uc);
  const at = receivedAt ?? uc.now;
  const received = await uc.db.transaction(async (tx) => {
    const current = await findEntryToWork(uc, tx, id);
    checkReceive(current, at, uc.now);
    return (await markReceptionReceived(tx, current.siteId, current.id, at, staff.principal.staffId))!;
  });
  // After the commit, so the hall's views refetch a list without the visitor.
  uc.pubsub.publish('receptionWaitingChanged', { siteId: received.siteId });
  return received;
}
