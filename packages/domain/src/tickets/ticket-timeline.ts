import type { TicketEvent } from './ticket.js';

/**
 * What a requester may see of a timeline event: nothing when it is internal, otherwise the event
 * without the staff-only facts kept under `data.internal` (assignee, notes, reasons).
 */
export const requesterView = <E extends Pick<TicketEvent, 'data' | 'visibleToRequester'>>(event: E): E | null => {
  if (!event.visibleToRequester) return null;
  const { internal: _internal, ...data } = event.data;
  return { ...event, data };
};

/** What the follow-up call or visit (回访) concluded, in facts a requester may read. */
export type RequesterFollowUp = { at: Date; satisfaction: number; channel: string; reopened: boolean };

/** How the request stands, told to its requester: the result reported and the follow-up on it. */
export type RequesterOutcome = { resolution: string | null; resolvedAt: Date | null; followUp: RequesterFollowUp | null };

/**
 * The outcome a requester reads, from their requester-safe timeline (oldest first): the latest
 * result, and the follow-up that came after it. Reopening by staff or a low rating takes both
 * back, since the result no longer stands; a dissatisfied follow-up stays, saying the request
 * went back to work.
 */
export const requesterOutcome = (events: readonly Pick<TicketEvent, 'type' | 'at' | 'data' | 'visibleToRequester'>[]): RequesterOutcome => {
  let outcome: RequesterOutcome = { resolution: null, resolvedAt: null, followUp: null };
  for (const raw of events) {
    const event = requesterView(raw);
    if (!event) continue;
    const { data } = event;
    if (event.type === 'resolved') {
      outcome = { resolution: typeof data.resolution === 'string' ? data.resolution : null, resolvedAt: event.at, followUp: null };
    } else if (event.type === 'followed_up' && typeof data.satisfaction === 'number') {
      outcome = {
        ...outcome,
        followUp: { at: event.at, satisfaction: data.satisfaction, channel: String(data.channel), reopened: data.reopened === true },
      };
    } else if (event.type === 'reopened' || (event.type === 'rated' && data.reopened === true)) {
      outcome = { resolution: null, resolvedAt: null, followUp: null };
    }
  }
  return outcome;
};
