import type fc from 'fast-check';
import { messageArb } from '../../messages/testing/message-arbitraries.js';
import { receptionArb } from '../../reception/testing/reception-arbitraries.js';
import { relayArb } from '../../relays/testing/relay-arbitraries.js';
import { requesterArb } from '../../requesters/testing/requester-arbitraries.js';
import { ticketArb } from '../../tickets/testing/ticket-arbitraries.js';
import { followUpArb } from '../../followups/testing/follow-up-arbitraries.js';
import { notificationArb } from '../../notifications/testing/notification-arbitraries.js';
import type { ContextRecord } from '../index.js';

/**
 * Registration point (tests): a generator of records per record type, over the units and staff
 * of `chartArb`. The queue property fails for a registered context that has none.
 */
export const RECORD_ARBITRARIES: Readonly<Record<string, fc.Arbitrary<ContextRecord>>> = {
  ticket: ticketArb,
  requester: requesterArb,
  reception: receptionArb,
  message: messageArb,
  notification: notificationArb,
  relay: relayArb,
  follow_up: followUpArb,
};
