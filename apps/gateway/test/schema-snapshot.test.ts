import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printGatewaySchema } from '../src/schema/print-gateway-schema.js';

const CHECKED_IN = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The first line where the two differ, to point at the change without a 700-line diff. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: checked in ${JSON.stringify(a[at])}, printed ${JSON.stringify(b[at])}`;
}

describe('schema.graphql', () => {
  it('is what the code prints, byte for byte', () => {
    const printed = printGatewaySchema();
    const current = readFileSync(CHECKED_IN, 'utf8');
    // Compared as strings: a trailing newline or a CRLF is a difference too.
    expect(
      current === printed,
      `schema.graphql is out of date: run \`pnpm --filter @kefu/gateway schema:print\` and commit it (${firstDifference(current, printed)})`,
    ).toBe(true);
  });
});
