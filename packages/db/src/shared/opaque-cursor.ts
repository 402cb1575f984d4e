import { ValidationError } from '@kefu/domain/shared';

/**
 * Page cursors are opaque to clients, who only hand them back as `after`: a JSON tuple of the
 * last row's sort key and id, in base64url. Each query checks the tuple's parts itself.
 */
export const encodeCursor = (parts: readonly unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The cursor's tuple when it has `length` parts; anything a client altered or made up is a validation error. */
export function decodeCursor(value: string, length: number): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== length) throw invalidCursor();
  return parsed as unknown[];
}

export const invalidCursor = (): ValidationError => new ValidationError([{ field: 'after', rule: 'invalid_format' }]);
