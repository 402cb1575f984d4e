import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE, UNIT_IDS } from '../../org/testing/org-arbitraries.js';
import type { FollowUpResource } from '../follow-up-resource.js';

/** Follow-ups over the units and staff of generated charts, some on another site. */
export const followUpArb: fc.Arbitrary<FollowUpResource> = fc.record({
  type: fc.constant('follow_up' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  unitId: fc.option(fc.constantFrom(...UNIT_IDS), { nil: null }),
  callerId: fc.option(staffIdArb, { nil: null }),
  handlerId: fc.option(staffIdArb, { nil: null }),
});
