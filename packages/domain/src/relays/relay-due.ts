import { computeDeadlines, MALL_TIME_ZONE } from '../tickets/sla.js';
import type { Severity } from '../tickets/ticket.js';

export type RelayDueInput = {
  severity: Severity;
  relayedAt: Date;
  /** The ticket's own resolution deadline: the department's answer is due no later. */
  ticketResolveBy?: Date | null;
  /** A minor ticket's requester's own deadline (轻微: "或按客户要求时间"). */
  requestedBy?: Date | null;
  timeZone?: string;
};

/**
 * When the department's answer to a relay is due, by the SLA policy of `001_…` 投诉接待 (5):
 * the department answers within the window customer service itself has to give the requester a
 * clear reply, counted from the relay — major 2 days (the reply window), important 3 days and
 * minor 2 days or the requester's own deadline (the resolution windows, the policy setting no
 * separate reply for them). Seed 001: "迅速传达到相关部门…及时将处理相关信息告知投诉接待人" — so
 * the answer is never due after the ticket itself must be resolved, unless that deadline has
 * already passed (then the window alone applies, so a relay is never born overdue).
 */
export const relayDueAt = ({ severity, relayedAt, ticketResolveBy, requestedBy, timeZone = MALL_TIME_ZONE }: RelayDueInput): Date => {
  // The windows are 001's complaint policy whatever the ticket's kind: the seed sets them for the
  // department's answers to customer service (the relay's rule is the seed's, not the kind's policy).
  const policy = computeDeadlines({ kind: 'complaint', severity, receivedAt: relayedAt, requestedBy, timeZone });
  const window = policy.replyBy ?? policy.resolveBy;
  if (ticketResolveBy && ticketResolveBy.getTime() > relayedAt.getTime() && ticketResolveBy.getTime() < window.getTime()) {
    return ticketResolveBy;
  }
  return window;
};

/** A relay not yet answered (accepted counts as not yet answered) past its due time. */
export const isRelayOverdue = (relay: { status: string; dueAt: Date }, now: Date): boolean =>
  (relay.status === 'pending' || relay.status === 'accepted') && now.getTime() > relay.dueAt.getTime();
