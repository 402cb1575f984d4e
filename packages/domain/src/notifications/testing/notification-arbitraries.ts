import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE } from '../../org/testing/org-arbitraries.js';
import type { NotificationResource } from '../notification-resource.js';

/** Notifications addressed to the staff of generated charts, some on another site. */
export const notificationArb: fc.Arbitrary<NotificationResource> = fc.record({
  type: fc.constant('notification' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  recipientId: staffIdArb,
});
