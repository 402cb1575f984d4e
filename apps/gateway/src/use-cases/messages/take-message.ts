import { insertMessage } from '@kefu/db/messages';
import { checkMessage, type Message, type MessageInput } from '@kefu/domain/messages';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * 留言: the viewer takes a message for an active member of staff or a unit of the site. A
 * receiver of another site answers like a missing one: a field error, nothing written.
 */
export async function takeMessage(uc: UseCaseContext, input: MessageInput): Promise<Message> {
  const staff = asStaff(uc);
  const fields = checkMessage(input);
  if (fields.forStaffId !== null) {
    const receiver = await staff.loaders.staff.load(fields.forStaffId);
    if (!receiver?.active) throw new ValidationError([{ field: 'forStaffId', rule: 'invalid_choice' }]);
  }
  if (fields.forUnitId !== null) {
    const { chart } = await uc.access();
    if (!chart?.units.some((unit) => unit.id === fields.forUnitId)) throw new ValidationError([{ field: 'forUnitId', rule: 'invalid_choice' }]);
  }
  return insertMessage(uc.db, staff.principal.siteId, fields, { byId: staff.principal.staffId, at: uc.now });
}
