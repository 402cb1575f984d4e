import { describe, expect, it } from 'vitest';
import { copyLine } from './copy-text.js';

describe('copyLine', () => {
  it('writes COPY text: tabs between values, \\N for null, escapes for the characters COPY treats specially', () => {
    const at = new Date('2026-06-01T04:00:00.000Z');
    expect(copyLine(['a\tb', null, 3, true, false, at, 'back\\slash\nnew\rline'])).toBe(
      'a\\tb\t\\N\t3\tt\tf\t2026-06-01T04:00:00.000Z\tback\\\\slash\\nnew\\rline\n',
    );
  });
});
