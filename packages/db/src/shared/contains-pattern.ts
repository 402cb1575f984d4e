/**
 * An ILIKE pattern that matches `text` anywhere, with the user's own `%`, `_` and `\` taken
 * literally. Use it with `ILIKE $n ESCAPE '\'`.
 */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
