import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE, UNIT_IDS } from '../../org/testing/org-arbitraries.js';
import { REQUESTER_KINDS } from '../../shared/principal.js';
import type { TicketResource } from '../ticket-resource.js';
import { TICKET_KINDS } from '../ticket.js';

/** Tickets over the units and staff of generated charts, some on another site. */
export const ticketArb: fc.Arbitrary<TicketResource> = fc.record({
  type: fc.constant('ticket' as const),
  siteId: fc.constantFrom(TEST_SITE, OTHER_SITE),
  unitId: fc.option(fc.constantFrom(...UNIT_IDS), { nil: null }),
  assigneeId: fc.option(staffIdArb, { nil: null }),
  requesterId: fc.constantFrom('r1', 'r2'),
  createdById: fc.option(staffIdArb, { nil: null }),
  kind: fc.constantFrom(...TICKET_KINDS),
  requesterKind: fc.constantFrom(...REQUESTER_KINDS),
});
