import type { NewRelay, Relay, RelayAccuracyFacts, RelayStatus } from '@kefu/domain/relays';
import type { Visibility } from '@kefu/domain/org';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { RELAY_COLUMNS, relayMapper, type RelayRow } from './relay.mapper.js';

export async function insertRelay(q: Queryable, relay: NewRelay): Promise<Relay> {
  const [row] = await q.query<RelayRow>(
    `INSERT INTO relays (id, site_id, ticket_id, department_id, ask, due_at, relayed_by_id, relayed_at, status, corrects_relay_id)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6, $7::uuid, $8, $9, $10::uuid) RETURNING ${RELAY_COLUMNS}`,
    [relay.id, relay.siteId, relay.subject.ticketId, relay.departmentId, relay.ask, relay.dueAt, relay.relayedById, relay.relayedAt, relay.status, relay.correctsRelayId],
  );
  return relayMapper.toDomain(row!);
}

/** Writes an answer when the stored version is still `expectedVersion`; null when another answer came first. */
export async function updateRelayAnswer(q: Queryable, relay: Relay, expectedVersion: number): Promise<Relay | null> {
  const [row] = await q.query<RelayRow>(
    `UPDATE relays SET status = $3, accepted_at = $4, returned_at = $5, return_reason = $6, return_note = $7, replied_at = $8, reply = $9,
            responded_by_id = $10::uuid, by_phone = $11, version = $12
     WHERE site_id = $1::uuid AND id = $2::uuid AND version = $13 RETURNING ${RELAY_COLUMNS}`,
    [
      relay.siteId,
      relay.id,
      relay.status,
      relay.acceptedAt,
      relay.returnedAt,
      relay.returnReason,
      relay.returnNote,
      relay.repliedAt,
      relay.reply,
      relay.respondedById,
      relay.byPhone,
      relay.version,
      expectedVersion,
    ],
  );
  return row ? relayMapper.toDomain(row) : null;
}

export async function findRelayById(q: Queryable, siteId: string, id: string): Promise<Relay | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<RelayRow>(`SELECT ${RELAY_COLUMNS} FROM relays WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return row ? relayMapper.toDomain(row) : null;
}

/** A ticket's relays, oldest first (a ticket has a handful). */
export async function findRelaysOfTicket(q: Queryable, siteId: string, ticketId: string): Promise<Relay[]> {
  if (!isUuid(ticketId)) return [];
  const rows = await q.query<RelayRow>(`SELECT ${RELAY_COLUMNS} FROM relays WHERE site_id = $1::uuid AND ticket_id = $2::uuid ORDER BY relayed_at, id`, [
    siteId,
    ticketId,
  ]);
  return rows.map(relayMapper.toDomain);
}

export type RelayPage = { rows: Relay[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };
export type RelayFilter = {
  status?: readonly RelayStatus[] | null;
  departmentId?: string | null;
  /** Only relays to departments this member of staff belongs to (a department account's inbox). */
  inboxOf?: string | null;
  /** Only relays made by this member of staff (the outbox). */
  relayedById?: string | null;
};

/**
 * Relays newest first, keyset-paged, filtered by the viewer's visibility: `scoped` reaches the
 * relays its staff made and those sent to a department they are members of — the same facts as
 * the domain's `relayFacts`.
 */
export async function listRelays(
  q: Queryable,
  siteId: string,
  visibility: Visibility,
  options: RelayFilter & { first: number; after?: string | null },
): Promise<RelayPage> {
  const empty: RelayPage = { rows: [], cursors: [], hasNextPage: false, endCursor: null };
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['r.site_id = $1::uuid'];
  switch (visibility.kind) {
    case 'none':
    case 'requester':
      return empty;
    case 'site':
      break;
    case 'scoped': {
      const staffIds = visibility.staffIds.filter(isUuid);
      if (staffIds.length === 0) return empty;
      const ids = bind(staffIds);
      clauses.push(`(r.relayed_by_id = ANY(${ids}::uuid[]) OR d.member_staff_ids && ${ids}::uuid[])`);
      break;
    }
  }
  if (options.status?.length) clauses.push(`r.status = ANY(${bind(options.status)}::text[])`);
  if (options.departmentId) {
    if (!isUuid(options.departmentId)) return empty;
    clauses.push(`r.department_id = ${bind(options.departmentId)}::uuid`);
  }
  if (options.inboxOf) {
    if (!isUuid(options.inboxOf)) return empty;
    clauses.push(`d.member_staff_ids @> ARRAY[${bind(options.inboxOf)}::uuid]`);
  }
  if (options.relayedById) {
    if (!isUuid(options.relayedById)) return empty;
    clauses.push(`r.relayed_by_id = ${bind(options.relayedById)}::uuid`);
  }
  if (options.after) {
    const [at, id] = decodeCursor(options.after, 2);
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    clauses.push(`(r.relayed_at, r.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  const columns = RELAY_COLUMNS.split(', ')
    .map((c) => `r.${c}`)
    .join(', ');
  const rows = await q.query<RelayRow>(
    `SELECT ${columns} FROM relays r JOIN departments d ON d.id = r.department_id
     WHERE ${clauses.join(' AND ')} ORDER BY r.relayed_at DESC, r.id DESC LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first).map(relayMapper.toDomain);
  const cursors = page.map((r) => encodeCursor([r.relayedAt.toISOString(), r.id]));
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/**
 * The facts of 信息传递准确率 over relays made in [from, to): relayed, returned as not ours, and
 * re-relays that corrected one. Optionally for one member of staff who relayed them.
 */
export async function countRelayAccuracy(
  q: Queryable,
  siteId: string,
  range: { from: Date; to: Date; relayedById?: string | null },
): Promise<RelayAccuracyFacts> {
  const by = range.relayedById && isUuid(range.relayedById) ? range.relayedById : null;
  const [row] = await q.query<{ relayed: string | number; misrouted: string | number; corrected: string | number }>(
    `SELECT count(*) AS relayed,
            count(*) FILTER (WHERE status = 'returned' AND return_reason = 'not_ours') AS misrouted,
            count(*) FILTER (WHERE corrects_relay_id IS NOT NULL) AS corrected
     FROM relays WHERE site_id = $1::uuid AND relayed_at >= $2 AND relayed_at < $3 AND ($4::uuid IS NULL OR relayed_by_id = $4::uuid)`,
    [siteId, range.from, range.to, by],
  );
  return { relayed: Number(row?.relayed ?? 0), misrouted: Number(row?.misrouted ?? 0), corrected: Number(row?.corrected ?? 0) };
}

/** Where the next page of overdue relays starts: after this (due_at, id). */
export type OverdueCursor = { at: Date; id: string };

/**
 * Relays of every site still unanswered (pending or accepted) past their due time whose
 * overdue notice has not gone out, oldest due first, a page at a time (the escalation sweep).
 */
export async function findOverdueRelaysToNotify(q: Queryable, now: Date, { first, after }: { first: number; after?: OverdueCursor }): Promise<Relay[]> {
  const rows = await q.query<RelayRow>(
    `SELECT ${RELAY_COLUMNS} FROM relays
     WHERE overdue_notified_at IS NULL AND status IN ('pending', 'accepted') AND due_at < $1
       AND ($2::timestamptz IS NULL OR (due_at, id) > ($2::timestamptz, $3::uuid))
     ORDER BY due_at, id LIMIT $4::int`,
    [now, after?.at ?? null, after?.id ?? null, first],
  );
  return rows.map(relayMapper.toDomain);
}

/**
 * Claims a relay's overdue notice inside the caller's transaction: the relay as it stands when
 * this call set the mark, or null when it was claimed already, answered meanwhile or not yet
 * due. A concurrent claim waits on the row and then finds the mark set, so each relay's notice
 * goes out once however many sweepers run; a rolled-back claim frees it again.
 */
export async function claimRelayOverdueNotice(tx: Queryable, siteId: string, id: string, at: Date): Promise<Relay | null> {
  const [row] = await tx.query<RelayRow>(
    `UPDATE relays SET overdue_notified_at = $3
     WHERE site_id = $1::uuid AND id = $2::uuid AND overdue_notified_at IS NULL AND status IN ('pending', 'accepted') AND due_at < $3
     RETURNING ${RELAY_COLUMNS}`,
    [siteId, id, at],
  );
  return row ? relayMapper.toDomain(row) : null;
}
