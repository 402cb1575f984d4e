import { insertMessage } from '@kefu/db/messages';
import { insertNotifications } from '@kefu/db/notifications';
import { checkMessage, type Message, type MessageInput } from '@kefu/domain/messages';
import { messageTakenNotifications } from '@kefu/domain/notifications';
import { ValidationError } from '@kefu/domain/shared';
import { publishNotifications } from '../notifications/notify-ticket-event.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * 留言: the viewer takes a message for an active member of staff or a unit of the site. A
 * receiver of another site answers like a missing one: a field error, nothing written. The
 * person it is for is told in the same transaction, live once it commits.
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
  const { message, told } = await uc.db.transaction(async (tx) => {
    const message = await insertMessage(tx, staff.principal.siteId, fields, { byId: staff.principal.staffId, at: uc.now });
    return { message, told: await insertNotifications(tx, messageTakenNotifications(message, uc.now)) };
  });
  publishNotifications(uc.pubsub, told);
  return message;
}
