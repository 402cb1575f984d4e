import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { isUuid } from '../shared/is-uuid.js';

/** Where a page of the staff list ended: the (name, id) of its last row. */
export type StaffCursor = { name: string; id: string };

export const staffCursor = {
  encode: (cursor: StaffCursor): string => encodeCursor([cursor.name, cursor.id]),
  decode: (value: string): StaffCursor => {
    const [name, id] = decodeCursor(value, 2);
    if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    return { name, id };
  },
};
