import fc from 'fast-check';
import { OTHER_SITE, STAFF_IDS, TEST_SITE } from '../../org/testing/org-arbitraries.js';
import type { ReceptionResource } from '../reception-resource.js';

/** Reception entries on the test site and another one, registered and received by any staff. */
export const receptionArb: fc.Arbitrary<ReceptionResource> = fc.record({
  type: fc.constant('reception' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  requesterId: fc.constantFrom('r1', 'r2', null),
  registeredById: fc.constantFrom(...STAFF_IDS),
  receivedById: fc.constantFrom(...STAFF_IDS, null),
});
