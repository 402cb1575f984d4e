import type { TicketEvent, TicketEventType, TicketStatus } from '@kefu/domain/tickets';

export type TicketEventRow = {
  id: string;
  site_id: string;
  ticket_id: string;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  type: string;
  from_status: string | null;
  to_status: string | null;
  data: Record<string, unknown>;
  visible_to_requester: boolean;
};

export const ticketEventMapper = {
  toDomain(row: TicketEventRow): TicketEvent {
    return {
      id: row.id,
      siteId: row.site_id,
      ticketId: row.ticket_id,
      at: row.at,
      actorKind: row.actor_kind as TicketEvent['actorKind'],
      actorId: row.actor_id,
      type: row.type as TicketEventType,
      fromStatus: row.from_status as TicketStatus | null,
      toStatus: row.to_status as TicketStatus | null,
      data: row.data,
      visibleToRequester: row.visible_to_requester,
    };
  },

  /** Positional parameters for an insert, in column order site_id … visible_to_requester. */
  toParams(event: Omit<TicketEvent, 'id'>): unknown[] {
    return [
      event.siteId,
      event.ticketId,
      event.at,
      event.actorKind,
      event.actorId,
      event.type,
      event.fromStatus,
      event.toStatus,
      event.data,
      event.visibleToRequester,
    ];
  },
};
