import type { RecordFacts } from '../org/permission-context.js';

/** The facts of a requester's file that the permission rules look at. */
export type RequesterResource = { type: 'requester'; siteId: string; requesterId: string };

export const requesterResource = (requester: { id: string; siteId: string }): RequesterResource => ({
  type: 'requester',
  siteId: requester.siteId,
  requesterId: requester.id,
});

/** A file sits in no unit's queue and belongs to no member of staff: only its requester is a fact. */
export const requesterFacts = (requester: RequesterResource): RecordFacts => ({
  unitId: null,
  staffIds: [],
  requesterId: requester.requesterId,
});
