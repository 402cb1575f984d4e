import type { RecordFacts } from '../org/permission-context.js';
import type { Message } from './message.js';

/** The facts of a message that the permission rules look at: its receiver. */
export type MessageResource = { type: 'message'; siteId: string; forStaffId: string | null; forUnitId: string | null };

export const messageResource = (message: Pick<Message, 'siteId' | 'forStaffId' | 'forUnitId'>): MessageResource => ({
  type: 'message',
  siteId: message.siteId,
  forStaffId: message.forStaffId,
  forUnitId: message.forUnitId,
});

/**
 * A message sits in its receiving unit's queue and belongs to the person it is for. Its taker
 * follows it through their own list (taken by me), not through these facts, so a taker never
 * acknowledges in the receiver's stead.
 */
export const messageFacts = (message: MessageResource): RecordFacts => ({
  unitId: message.forUnitId,
  staffIds: [message.forStaffId],
  requesterId: null,
});
