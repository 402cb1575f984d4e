import type { RecordFacts } from '../org/permission-context.js';
import type { ReceptionEntry } from './reception-entry.js';

/** The facts of a reception entry that the permission rules look at. */
export type ReceptionResource = {
  type: 'reception';
  siteId: string;
  requesterId: string | null;
  registeredById: string | null;
  receivedById: string | null;
};

export const receptionResource = (entry: Pick<ReceptionEntry, 'siteId' | 'requesterId' | 'registeredById' | 'receivedById'>): ReceptionResource => ({
  type: 'reception',
  siteId: entry.siteId,
  requesterId: entry.requesterId,
  registeredById: entry.registeredById,
  receivedById: entry.receivedById,
});

/** An entry sits in no unit's queue; it belongs to the clerk who registered and the one who received it. */
export const receptionFacts = (entry: ReceptionResource): RecordFacts => ({
  unitId: null,
  staffIds: [entry.registeredById, entry.receivedById],
  requesterId: entry.requesterId,
});
