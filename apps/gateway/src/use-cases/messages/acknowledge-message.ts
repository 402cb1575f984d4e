import { findMessageById, markMessageAcknowledged } from '@kefu/db/messages';
import { checkAcknowledge, messageResource, type Message } from '@kefu/domain/messages';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** The receiver (the person, or someone of the unit) acknowledges a message, once. */
export async function acknowledgeMessage(uc: UseCaseContext, id: string): Promise<Message> {
  const staff = asStaff(uc);
  const access = await uc.access();
  return uc.db.transaction(async (tx) => {
    const message = await findMessageById(tx, staff.principal.siteId, id, true);
    const visible = message && (access.can('message.view', messageResource(message)) || message.takenById === staff.principal.staffId);
    if (!message || !visible) throw new NotFoundError('Message', id);
    if (!access.can('message.acknowledge', messageResource(message))) throw new ForbiddenError('message.acknowledge');
    checkAcknowledge(message);
    return (await markMessageAcknowledged(tx, message.siteId, message.id, { staffId: staff.principal.staffId, at: uc.now }))!;
  });
}
