import type { RecordFacts } from '../org/permission-context.js';

/**
 * The facts of a relay that the permission rules look at: who relayed it and the staff accounts
 * of the receiving department. A relay sits in no customer-service unit's queue.
 */
export type RelayResource = { type: 'relay'; siteId: string; relayedById: string; departmentMemberIds: readonly string[] };

export const relayResource = (relay: { siteId: string; relayedById: string }, department: { memberStaffIds: readonly string[] }): RelayResource => ({
  type: 'relay',
  siteId: relay.siteId,
  relayedById: relay.relayedById,
  departmentMemberIds: department.memberStaffIds,
});

/** A relay belongs to the clerk who relayed it and to every member of the receiving department. */
export const relayFacts = (relay: RelayResource): RecordFacts => ({
  unitId: null,
  staffIds: [relay.relayedById, ...relay.departmentMemberIds],
  requesterId: null,
});
