import { isDeepStrictEqual } from 'node:util';

export type Difference = { path: string; left: unknown; right: unknown };

/**
 * Where two JSON answers first part: the path (`data.tickets.edges[3].node.slaState`) and both
 * values there, or null when they are equal. A mismatch between servers is then one line that
 * names the field, not two long prefixes to compare by eye.
 */
export function firstDifference(left: unknown, right: unknown, path = '$'): Difference | null {
  if (isDeepStrictEqual(left, right)) return null;
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const found = firstDifference(left[i], right[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (isRecord(left) && isRecord(right)) {
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const found = firstDifference(left[key], right[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return { path, left, right };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
