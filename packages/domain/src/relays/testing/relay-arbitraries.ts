import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE } from '../../org/testing/org-arbitraries.js';
import type { RelayResource } from '../relay-resource.js';

/** Relays over the staff of generated charts, some on another site. */
export const relayArb: fc.Arbitrary<RelayResource> = fc.record({
  type: fc.constant('relay' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  relayedById: staffIdArb,
  departmentMemberIds: fc.uniqueArray(staffIdArb, { maxLength: 3 }),
});
