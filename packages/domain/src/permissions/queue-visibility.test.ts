import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AT, chartArb, OTHER_SITE, staffIdArb, TEST_SITE } from '../org/testing/org-arbitraries.js';
import type { Principal } from '../shared/principal.js';
import { can, matches, PERMISSION_CONTEXTS, visibility } from './index.js';
import { RECORD_ARBITRARIES } from './testing/record-arbitraries.js';

const principalArb: fc.Arbitrary<Principal> = fc.oneof(
  { arbitrary: staffIdArb.map((staffId): Principal => ({ kind: 'staff', siteId: TEST_SITE, staffId })), weight: 6 },
  fc.constantFrom<Principal>(
    { kind: 'requester', siteId: TEST_SITE, requesterId: 'r1', requesterKind: 'customer' },
    { kind: 'anonymous' },
    { kind: 'staff', siteId: OTHER_SITE, staffId: 's0' },
  ),
);

const recordContexts = PERMISSION_CONTEXTS.flatMap((context) => (context.records ? [{ name: context.name, records: context.records }] : []));

describe('a queue holds exactly the records can(view) allows', () => {
  it('covers a context with records', () => {
    expect(recordContexts.map((c) => c.name)).toContain('tickets');
  });

  it.each(recordContexts)('$name', ({ records }) => {
    const recordArb = RECORD_ARBITRARIES[records.type];
    expect(recordArb, `no generator for ${records.type} records in permissions/testing/record-arbitraries.ts`).toBeDefined();
    fc.assert(
      fc.property(fc.boolean().chain((tree) => chartArb({ tree })), principalArb, fc.array(recordArb!, { minLength: 1, maxLength: 8 }), (chart, principal, rows) => {
        const filter = visibility(principal, records.view, chart, AT);
        // Storage runs the filter within the viewer's site.
        const site = principal.kind === 'anonymous' ? null : principal.siteId;
        for (const row of rows) {
          const inQueue = row.siteId === site && matches(filter, row);
          expect(inQueue).toBe(can(principal, records.view, row, chart, AT));
        }
      }),
      { numRuns: 300 },
    );
  });
});
