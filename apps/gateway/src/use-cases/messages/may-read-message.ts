import { isEscalated, messageResource, type Message } from '@kefu/domain/messages';
import type { Access } from '../../context.js';

/**
 * Who reads a message: its receiver and those over them (`message.view`), its taker, and — once
 * it has gone unacknowledged past the site's time (`escalationMinutes`) — the supervisors over
 * its taker. One rule for the message itself and for a notification that links to it.
 */
export function mayReadMessage(viewer: { siteId: string; staffId: string }, access: Access, message: Message, now: Date, escalationMinutes: number): boolean {
  if (viewer.siteId !== message.siteId) return false;
  if (message.takenById === viewer.staffId) return true;
  if (access.can('message.view', messageResource(message))) return true;
  if (!isEscalated(message, now, escalationMinutes)) return false;
  const over = access.visibility('message.view');
  return over.kind === 'site' || (over.kind === 'scoped' && over.staffIds.includes(message.takenById));
}
