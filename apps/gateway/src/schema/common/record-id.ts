import { NotFoundError } from '@kefu/domain/shared';
import { decodeGlobalID } from '@pothos/plugin-relay';

/**
 * The record id inside a global id of the expected type. A lookup by an id that is malformed or
 * of another type names no record, so it answers NOT_FOUND like a missing one: an app showing a
 * mistyped address says "not found", never a technical error.
 */
export const recordIdOrNotFound = (globalId: string, typename: string): string => {
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // Not base64 of "Type:id": the same answer as a wrong type.
  }
  throw new NotFoundError(typename, globalId);
};
