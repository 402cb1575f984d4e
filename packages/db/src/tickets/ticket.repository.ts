import { NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { TICKET_TRANSITIONS, type Ticket, type TicketEvent } from '@kefu/domain/tickets';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { ticketEventMapper, type TicketEventRow } from './ticket-event.mapper.js';
import { TICKET_WRITE_COLUMNS, ticketMapper, type TicketRow } from './ticket.mapper.js';
import { PARTY_COLUMNS, PARTY_JOINS, ticketWithPartiesFromRow, type TicketWithParties, type TicketWithPartiesRow } from './ticket-parties.js';

const TICKET_NUMBER_COUNTER = 'ticket';

// Open: still being worked, so it may still be dispatched to someone else (the domain's assign transition).
const OPEN_TICKET_STATUSES = TICKET_TRANSITIONS.assign.from;

const columnList = TICKET_WRITE_COLUMNS.join(', ');
// $1 is site_id in both statements; the write columns follow from $2.
const valueList = TICKET_WRITE_COLUMNS.map((_, i) => `$${i + 2}`).join(', ');
const setList = TICKET_WRITE_COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ');
const afterWrite = TICKET_WRITE_COLUMNS.length + 2;

// One statement: the counter bump and the insert commit or roll back together, and the
// counter row lock serializes numbering per site until the caller's transaction ends.
const INSERT_TICKET = `
WITH next AS (
  INSERT INTO site_counters (site_id, name, value) VALUES ($1, '${TICKET_NUMBER_COUNTER}', 1)
  ON CONFLICT (site_id, name) DO UPDATE SET value = site_counters.value + 1
  RETURNING value
)
INSERT INTO tickets (site_id, number, ${columnList}, first_seen_by_staff_at)
SELECT $1, next.value, ${valueList}, $${afterWrite} FROM next
RETURNING *`;

// The first look by staff is written once: a command never clears or moves it (markTicketSeenByStaff).
const UPDATE_TICKET = `
UPDATE tickets SET ${setList}, first_seen_by_staff_at = COALESCE(first_seen_by_staff_at, $${afterWrite + 2})
WHERE id = $${afterWrite} AND site_id = $1 AND version = $${afterWrite + 1}
RETURNING *`;

/** Stores a new ticket, numbering it with the site's next ticket number. */
export async function insertTicket(tx: Queryable, ticket: Omit<Ticket, 'id' | 'number'>): Promise<Ticket> {
  const [row] = await tx.query<TicketRow>(INSERT_TICKET, [ticket.siteId, ...ticketMapper.toParams(ticket), ticket.firstSeenByStaffAt]);
  if (!row) throw new Error('insert into tickets returned no row');
  return ticketMapper.toDomain(row);
}

/**
 * Writes `ticket` (already carrying version expectedVersion + 1) if the stored row still has
 * `expectedVersion`. Throws StaleVersionError when someone else won, NotFoundError when the
 * ticket is not in the site.
 */
export async function updateTicket(tx: Queryable, ticket: Ticket, expectedVersion: number): Promise<Ticket> {
  if (ticket.version !== expectedVersion + 1) {
    throw new Error(`updateTicket: version ${ticket.version} must be expectedVersion + 1 (${expectedVersion + 1})`);
  }
  if (!isUuid(ticket.id)) throw new NotFoundError('Ticket', ticket.id);
  const [row] = await tx.query<TicketRow>(UPDATE_TICKET, [
    ticket.siteId,
    ...ticketMapper.toParams(ticket),
    ticket.id,
    expectedVersion,
    ticket.firstSeenByStaffAt,
  ]);
  if (row) return ticketMapper.toDomain(row);
  const exists = await tx.query('SELECT 1 FROM tickets WHERE id = $1 AND site_id = $2', [ticket.id, ticket.siteId]);
  if (exists.length === 0) throw new NotFoundError('Ticket', ticket.id);
  throw new StaleVersionError('Ticket', ticket.id, expectedVersion);
}

/**
 * Records the first time a member of staff opened the ticket. Idempotent and cheap: one
 * statement that writes only while the column is empty, outside the ticket's version, so it
 * never conflicts with a command. Returns whether this call was the first look.
 */
export async function markTicketSeenByStaff(q: Queryable, siteId: string, id: string, at: Date): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await q.query(
    'UPDATE tickets SET first_seen_by_staff_at = $3 WHERE site_id = $1 AND id = $2 AND first_seen_by_staff_at IS NULL RETURNING id',
    [siteId, id, at],
  );
  return rows.length > 0;
}

export async function findTicketById(q: Queryable, siteId: string, id: string): Promise<Ticket | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<TicketRow>('SELECT * FROM tickets WHERE id = $1 AND site_id = $2', [id, siteId]);
  return row ? ticketMapper.toDomain(row) : null;
}

/** One statement for many ids; the answer follows the input order, null where missing (DataLoader). */
export async function findTicketsByIds(q: Queryable, siteId: string, ids: readonly string[]): Promise<(Ticket | null)[]> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0) return ids.map(() => null);
  const rows = await q.query<TicketRow>('SELECT * FROM tickets WHERE site_id = $1 AND id = ANY($2::uuid[])', [
    siteId,
    wanted,
  ]);
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), ticketMapper.toDomain(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

/** `findTicketsByIds` with each ticket's requester and assignee joined in: still one statement. */
export async function findTicketsWithPartiesByIds(q: Queryable, siteId: string, ids: readonly string[]): Promise<(TicketWithParties | null)[]> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0) return ids.map(() => null);
  const rows = await q.query<TicketWithPartiesRow>(
    `SELECT p.*, ${PARTY_COLUMNS} FROM tickets p ${PARTY_JOINS} WHERE p.site_id = $1 AND p.id = ANY($2::uuid[])`,
    [siteId, wanted],
  );
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), ticketWithPartiesFromRow(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

export async function appendTicketEvent(tx: Queryable, event: Omit<TicketEvent, 'id'>): Promise<TicketEvent> {
  const [row] = await tx.query<TicketEventRow>(
    `INSERT INTO ticket_events
       (site_id, ticket_id, at, actor_kind, actor_id, type, from_status, to_status, data, visible_to_requester)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
     RETURNING *`,
    ticketEventMapper.toParams(event),
  );
  if (!row) throw new Error('insert into ticket_events returned no row');
  return ticketEventMapper.toDomain(row);
}

/**
 * The timelines of many tickets in one statement: one array per input id, in input order,
 * each ordered by (at, id). `requesterSafeOnly` leaves out internal events.
 */
export async function findEventsByTicketIds(
  q: Queryable,
  siteId: string,
  ticketIds: readonly string[],
  { requesterSafeOnly }: { requesterSafeOnly: boolean },
): Promise<TicketEvent[][]> {
  const wanted = [...new Set(ticketIds.filter(isUuid))];
  if (wanted.length === 0) return ticketIds.map(() => []);
  const rows = await q.query<TicketEventRow>(
    `SELECT * FROM ticket_events
     WHERE site_id = $1 AND ticket_id = ANY($2::uuid[]) AND (visible_to_requester OR NOT $3::boolean)
     ORDER BY ticket_id, at, id`,
    [siteId, wanted, requesterSafeOnly],
  );
  const byTicket = new Map<string, TicketEvent[]>();
  for (const row of rows) {
    const key = row.ticket_id.toLowerCase();
    const list = byTicket.get(key) ?? [];
    list.push(ticketEventMapper.toDomain(row));
    byTicket.set(key, list);
  }
  return ticketIds.map((id) => byTicket.get(id.toLowerCase()) ?? []);
}

/** Tickets a member of staff still works (their open tickets), oldest first, at most `limit`. */
export async function listOpenTicketsOfAssignee(q: Queryable, siteId: string, staffId: string, limit: number): Promise<Ticket[]> {
  if (!isUuid(staffId)) return [];
  const rows = await q.query<TicketRow>(
    `SELECT * FROM tickets WHERE site_id = $1 AND assignee_id = $2::uuid AND status = ANY($3::text[]) ORDER BY received_at, id LIMIT $4::int`,
    [siteId, staffId, [...OPEN_TICKET_STATUSES], limit],
  );
  return rows.map((row) => ticketMapper.toDomain(row));
}
