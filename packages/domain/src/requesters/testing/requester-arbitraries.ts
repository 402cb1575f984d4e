import fc from 'fast-check';
import { OTHER_SITE, TEST_SITE } from '../../org/testing/org-arbitraries.js';
import type { RequesterResource } from '../requester-resource.js';

/** Requesters' files on the test site and another one. */
export const requesterArb: fc.Arbitrary<RequesterResource> = fc.record({
  type: fc.constant('requester' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  requesterId: fc.constantFrom('r1', 'r2'),
});
