import { ValidationError } from '@kefu/domain/shared';
import { isUuid } from './is-uuid.js';

/** Where a page of the staff list ended: the (name, id) of its last row. */
export type StaffCursor = { name: string; id: string };

/** Opaque to clients: they only hand it back as `after`. */
export const staffCursor = {
  encode: (cursor: StaffCursor): string => Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url'),
  decode: (value: string): StaffCursor => {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && isUuid(parsed[1])) {
        return { name: parsed[0], id: parsed[1] };
      }
    } catch {
      // Falls through to the validation error: a cursor the client altered or made up.
    }
    throw new ValidationError([{ field: 'after', rule: 'invalid_format' }]);
  },
};
