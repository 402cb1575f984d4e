import type { ReceptionCategory, ReceptionChannel, ReceptionEntry, ReceptionOutcome } from '@kefu/domain/reception';

export type ReceptionEntryRow = {
  id: string;
  site_id: string;
  channel: ReceptionChannel;
  category: ReceptionCategory;
  requester_id: string | null;
  summary: string;
  arrived_at: Date | string;
  received_at: Date | string | null;
  received_by_id: string | null;
  outcome: ReceptionOutcome | null;
  ticket_id: string | null;
  registered_by_id: string;
  registered_at: Date | string;
};

export const RECEPTION_ENTRY_COLUMNS =
  'id, site_id, channel, category, requester_id, summary, arrived_at, received_at, received_by_id, outcome, ticket_id, registered_by_id, registered_at';

const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export const receptionEntryMapper = {
  toDomain: (row: ReceptionEntryRow): ReceptionEntry => ({
    id: row.id,
    siteId: row.site_id,
    channel: row.channel,
    category: row.category,
    requesterId: row.requester_id,
    summary: row.summary,
    arrivedAt: instant(row.arrived_at),
    receivedAt: row.received_at === null ? null : instant(row.received_at),
    receivedById: row.received_by_id,
    outcome: row.outcome,
    ticketId: row.ticket_id,
    registeredById: row.registered_by_id,
    registeredAt: instant(row.registered_at),
  }),
};
