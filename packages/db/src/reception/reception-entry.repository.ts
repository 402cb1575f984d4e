import type { ReceptionEntry, ReceptionFields, RecordedOutcome } from '@kefu/domain/reception';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { RECEPTION_ENTRY_COLUMNS, receptionEntryMapper, type ReceptionEntryRow } from './reception-entry.mapper.js';

/** Who wrote the entry, and who received the contact when it was received as it was registered. */
export type ReceptionAuthors = { registeredById: string; receivedById: string | null; registeredAt: Date };

export async function insertReceptionEntry(q: Queryable, siteId: string, entry: ReceptionFields, authors: ReceptionAuthors): Promise<ReceptionEntry> {
  const [row] = await q.query<ReceptionEntryRow>(
    `INSERT INTO reception_entries (site_id, channel, category, requester_id, summary, arrived_at, received_at, received_by_id, outcome,
                                    registered_by_id, registered_at)
     VALUES ($1::uuid, $2, $3, $4::uuid, $5, $6::timestamptz, $7::timestamptz, $8::uuid, $9, $10::uuid, $11::timestamptz)
     RETURNING ${RECEPTION_ENTRY_COLUMNS}`,
    [
      siteId,
      entry.channel,
      entry.category,
      entry.requesterId,
      entry.summary,
      entry.arrivedAt,
      entry.receivedAt,
      entry.receivedAt ? authors.receivedById : null,
      entry.outcome,
      authors.registeredById,
      authors.registeredAt,
    ],
  );
  return receptionEntryMapper.toDomain(row!);
}

/** One entry of the site; `forUpdate` holds its row until the transaction ends. */
export async function findReceptionEntryById(q: Queryable, siteId: string, id: string, forUpdate = false): Promise<ReceptionEntry | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<ReceptionEntryRow>(
    `SELECT ${RECEPTION_ENTRY_COLUMNS} FROM reception_entries WHERE site_id = $1::uuid AND id = $2::uuid${forUpdate ? ' FOR UPDATE' : ''}`,
    [siteId, id],
  );
  return row ? receptionEntryMapper.toDomain(row) : null;
}

export async function markReceptionReceived(q: Queryable, siteId: string, id: string, receivedAt: Date, receivedById: string): Promise<ReceptionEntry | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<ReceptionEntryRow>(
    `UPDATE reception_entries SET received_at = $3::timestamptz, received_by_id = $4::uuid
     WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${RECEPTION_ENTRY_COLUMNS}`,
    [siteId, id, receivedAt, receivedById],
  );
  return row ? receptionEntryMapper.toDomain(row) : null;
}

export async function setReceptionOutcome(q: Queryable, siteId: string, id: string, outcome: RecordedOutcome): Promise<ReceptionEntry | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<ReceptionEntryRow>(
    `UPDATE reception_entries SET outcome = $3 WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${RECEPTION_ENTRY_COLUMNS}`,
    [siteId, id, outcome],
  );
  return row ? receptionEntryMapper.toDomain(row) : null;
}

/** Links an entry to the ticket it became (outcome `ticket`), and takes the ticket's requester. */
export async function linkReceptionTicket(q: Queryable, siteId: string, id: string, ticketId: string, requesterId: string): Promise<ReceptionEntry | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<ReceptionEntryRow>(
    `UPDATE reception_entries SET outcome = 'ticket', ticket_id = $3::uuid, requester_id = $4::uuid
     WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${RECEPTION_ENTRY_COLUMNS}`,
    [siteId, id, ticketId, requesterId],
  );
  return row ? receptionEntryMapper.toDomain(row) : null;
}

/** The entry a ticket came from, if any. */
export async function findReceptionEntryByTicket(q: Queryable, siteId: string, ticketId: string): Promise<ReceptionEntry | null> {
  if (!isUuid(ticketId)) return null;
  const [row] = await q.query<ReceptionEntryRow>(`SELECT ${RECEPTION_ENTRY_COLUMNS} FROM reception_entries WHERE site_id = $1::uuid AND ticket_id = $2::uuid`, [siteId, ticketId]);
  return row ? receptionEntryMapper.toDomain(row) : null;
}

/** `cursors[i]` resumes after `rows[i]`; `endCursor` is the last of them. */
export type ReceptionEntryPage = { rows: ReceptionEntry[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

const encodeEntryCursor = (entry: ReceptionEntry): string => encodeCursor([entry.arrivedAt.toISOString(), entry.id]);
function decodeEntryCursor(value: string): [string, string] {
  const [at, id] = decodeCursor(value, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return [at, id];
}

/**
 * The log, newest arrival first; with `waiting`, only contacts not yet received, the longest
 * waiting first (the hall's waiting view). Keyset-paged on (arrived_at, id).
 */
export async function listReceptionEntries(
  q: Queryable,
  siteId: string,
  options: { waiting?: boolean; first: number; after?: string | null },
): Promise<ReceptionEntryPage> {
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['site_id = $1::uuid'];
  const order = options.waiting ? 'ASC' : 'DESC';
  if (options.waiting) clauses.push('received_at IS NULL');
  if (options.after) {
    const [at, id] = decodeEntryCursor(options.after);
    clauses.push(`(arrived_at, id) ${options.waiting ? '>' : '<'} (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  const rows = await q.query<ReceptionEntryRow>(
    `SELECT ${RECEPTION_ENTRY_COLUMNS} FROM reception_entries WHERE ${clauses.join(' AND ')}
     ORDER BY arrived_at ${order}, id ${order} LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first).map(receptionEntryMapper.toDomain);
  const cursors = page.map(encodeEntryCursor);
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}
