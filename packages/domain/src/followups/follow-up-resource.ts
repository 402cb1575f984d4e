import type { RecordFacts } from '../org/permission-context.js';
import type { FollowUp } from './follow-up.js';

/** The facts of a follow-up the permission rules look at: its queue, its caller and the ticket's handler. */
export type FollowUpResource = { type: 'follow_up'; siteId: string; unitId: string | null; callerId: string | null; handlerId: string | null };

export const followUpResource = (followUp: Pick<FollowUp, 'siteId' | 'unitId' | 'callerId' | 'handlerId'>): FollowUpResource => ({
  type: 'follow_up',
  siteId: followUp.siteId,
  unitId: followUp.unitId,
  callerId: followUp.callerId,
  handlerId: followUp.handlerId,
});

/**
 * A follow-up sits in its ticket's unit queue and belongs to its caller and to the handler whose
 * work it checks, so the handler's supervisor sees it with the team's work.
 */
export const followUpFacts = (followUp: FollowUpResource): RecordFacts => ({
  unitId: followUp.unitId,
  staffIds: [followUp.callerId, followUp.handlerId],
  requesterId: null,
});
