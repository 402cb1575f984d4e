import { insertReceptionEntry } from '@kefu/db/reception';
import { checkReceptionEntry, type ReceptionEntry, type ReceptionInput } from '@kefu/domain/reception';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * 来电来访登记: registers a call, visit or letter. A contact received as it is registered is
 * received by the clerk who writes it down; a visitor still waiting has no reception yet.
 */
export async function registerReception(uc: UseCaseContext, input: ReceptionInput): Promise<ReceptionEntry> {
  const staff = asStaff(uc);
  const fields = checkReceptionEntry(input, uc.now);
  // A requester of another site answers like a missing one: a field error, nothing written.
  if (fields.requesterId !== null && !(await staff.loaders.requesters.load(fields.requesterId))) {
    throw new ValidationError([{ field: 'requesterId', rule: 'invalid_choice' }]);
  }
  const entry = await insertReceptionEntry(uc.db, staff.principal.siteId, fields, {
    registeredById: staff.principal.staffId,
    receivedById: staff.principal.staffId,
    registeredAt: uc.now,
  });
  if (entry.receivedAt === null) uc.pubsub.publish('receptionWaitingChanged', { siteId: entry.siteId });
  return entry;
}
