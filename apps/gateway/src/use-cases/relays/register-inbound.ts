import { insertInbound } from '@kefu/db/relays';
import { checkInbound, type Inbound, type InboundInput } from '@kefu/domain/relays';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Registers what another department passes to customer service (对其他部门传达的信息). A
 * department or requester of another site answers like a missing one: a field error, nothing written.
 */
export async function registerInbound(uc: UseCaseContext, input: InboundInput): Promise<Inbound> {
  const staff = asStaff(uc);
  const fields = checkInbound(input);
  if (fields.audience.kind === 'requester' && !(await staff.loaders.requesters.load(fields.audience.requesterId))) {
    throw new ValidationError([{ field: 'requesterId', rule: 'invalid_choice' }]);
  }
  const stored = await insertInbound(uc.db, staff.principal.siteId, fields, { registeredById: staff.principal.staffId, registeredAt: uc.now });
  if (!stored) throw new ValidationError([{ field: 'departmentId', rule: 'invalid_choice' }]);
  return stored;
}
