import fc from 'fast-check';
import { OTHER_SITE, staffIdArb, TEST_SITE, UNIT_IDS } from '../../org/testing/org-arbitraries.js';
import { REQUESTER_KINDS } from '../../shared/principal.js';
import type { TicketResource } from '../ticket-resource.js';
import { UNIT_CODES } from '../../org/position.js';
import type { ComplaintSubject } from '../complaint-subject.js';
import { PEER_DEPARTMENTS, TICKET_KINDS } from '../ticket.js';

/** Subjects over the generated chart: its staff, positions (p0…p8), unit codes, other departments. */
const subjectArb: fc.Arbitrary<ComplaintSubject> = fc.oneof(
  staffIdArb.map((staffId) => ({ kind: 'staff' as const, staffId })),
  fc.integer({ min: 0, max: 8 }).map((i) => ({ kind: 'position' as const, positionId: `p${i}` })),
  fc.constantFrom(...UNIT_CODES).map((unitCode) => ({ kind: 'unit' as const, unitCode })),
  fc.constantFrom(...PEER_DEPARTMENTS).map((department) => ({ kind: 'department' as const, department })),
);

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
  subject: fc.option(subjectArb, { nil: null }),
});
