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
