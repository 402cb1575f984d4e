import type { TicketEvent } from '@kefu/domain/tickets';
import type { Queryable } from '../engine/database.js';

// Bounds one statement's size; the demo's ~1,800 events take four.
const CHUNK = 500;

/**
 * Stores many timeline events with one statement per chunk: the demo seed's bulk path. Through
 * PGlite each statement costs milliseconds, so one insert per event would dominate start-up.
 * The rows are the ones `appendTicketEvent` would write, passed as one JSON text parameter
 * (the same on both engines).
 */
export async function insertTicketEvents(tx: Queryable, events: readonly Omit<TicketEvent, 'id'>[]): Promise<void> {
  for (let start = 0; start < events.length; start += CHUNK) {
    const rows = events.slice(start, start + CHUNK).map((e) => ({
      site_id: e.siteId,
      ticket_id: e.ticketId,
      at: e.at.toISOString(),
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      type: e.type,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      data: e.data,
      visible_to_requester: e.visibleToRequester,
    }));
    await tx.query(
      `INSERT INTO ticket_events
         (site_id, ticket_id, at, actor_kind, actor_id, type, from_status, to_status, data, visible_to_requester)
       SELECT site_id, ticket_id, at, actor_kind, actor_id, type, from_status, to_status, data, visible_to_requester
       FROM jsonb_to_recordset($1::text::jsonb) AS e(
         site_id uuid, ticket_id uuid, at timestamptz, actor_kind text, actor_id uuid, type text,
         from_status text, to_status text, data jsonb, visible_to_requester boolean)`,
      [JSON.stringify(rows)],
    );
  }
}
