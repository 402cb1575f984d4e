import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE, UNIT_IDS } from '../../org/testing/org-arbitraries.js';
import type { MessageResource } from '../message-resource.js';

/** Messages for a person or a unit of generated charts, some on another site. */
export const messageArb: fc.Arbitrary<MessageResource> = fc.oneof(
  fc.record({ type: fc.constant('message' as const), siteId: fc.constantFrom(TEST_SITE, OTHER_SITE), forStaffId: staffIdArb, forUnitId: fc.constant(null) }),
  fc.record({ type: fc.constant('message' as const), siteId: fc.constantFrom(TEST_SITE, OTHER_SITE), forStaffId: fc.constant(null), forUnitId: fc.constantFrom(...UNIT_IDS) }),
);
