import { DEFAULT_MESSAGE_ESCALATION_MINUTES, type Message, type MessageFields } from '@kefu/domain/messages';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { MESSAGE_COLUMNS, messageMapper, type MessageRow } from './message.mapper.js';

export async function insertMessage(q: Queryable, siteId: string, message: MessageFields, taken: { byId: string; at: Date }): Promise<Message> {
  const [row] = await q.query<MessageRow>(
    `INSERT INTO messages (site_id, from_name, from_phone, for_staff_id, for_unit_id, text, urgency, taken_by_id, taken_at)
     VALUES ($1::uuid, $2, $3, $4::uuid, $5::uuid, $6, $7, $8::uuid, $9::timestamptz) RETURNING ${MESSAGE_COLUMNS}`,
    [siteId, message.fromName, message.fromPhone, message.forStaffId, message.forUnitId, message.text, message.urgency, taken.byId, taken.at],
  );
  return messageMapper.toDomain(row!);
}

/** One message of the site; `forUpdate` holds its row until the transaction ends. */
export async function findMessageById(q: Queryable, siteId: string, id: string, forUpdate = false): Promise<Message | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE site_id = $1::uuid AND id = $2::uuid${forUpdate ? ' FOR UPDATE' : ''}`, [siteId, id]);
  return row ? messageMapper.toDomain(row) : null;
}

export async function markMessageAcknowledged(q: Queryable, siteId: string, id: string, by: { staffId: string; at: Date }): Promise<Message | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<MessageRow>(
    `UPDATE messages SET acknowledged_at = $3::timestamptz, acknowledged_by_id = $4::uuid WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${MESSAGE_COLUMNS}`,
    [siteId, id, by.at, by.staffId],
  );
  return row ? messageMapper.toDomain(row) : null;
}

/**
 * Which messages a list holds: an inbox (for these staff or units), what these staff took, or
 * the unacknowledged ones taken by these staff (or anyone, for `takenBy: 'anyone'`) before a time.
 */
export type MessageBox =
  | { kind: 'inbox'; staffIds: readonly string[]; unitIds: readonly string[] }
  | { kind: 'taken'; staffId: string }
  | { kind: 'escalated'; takenBy: readonly string[] | 'anyone'; normalBefore: Date; urgentBefore: Date };

export type MessagePage = { rows: Message[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

const encodeMessageCursor = (message: Message): string => encodeCursor([message.takenAt.toISOString(), message.id]);
function decodeMessageCursor(value: string): [string, string] {
  const [at, id] = decodeCursor(value, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return [at, id];
}

/** A box's messages, newest first, keyset-paged on (taken_at, id). */
export async function listMessages(q: Queryable, siteId: string, box: MessageBox, options: { first: number; after?: string | null }): Promise<MessagePage> {
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['site_id = $1::uuid'];
  if (box.kind === 'inbox') {
    const staffIds = box.staffIds.filter(isUuid);
    const unitIds = box.unitIds.filter(isUuid);
    clauses.push(`(for_staff_id = ANY(${bind(staffIds)}::uuid[]) OR for_unit_id = ANY(${bind(unitIds)}::uuid[]))`);
  } else if (box.kind === 'taken') {
    clauses.push(`taken_by_id = ${bind(isUuid(box.staffId) ? box.staffId : null)}::uuid`);
  } else {
    clauses.push('acknowledged_at IS NULL');
    clauses.push(`((urgency = 'normal' AND taken_at <= ${bind(box.normalBefore)}::timestamptz) OR (urgency = 'urgent' AND taken_at <= ${bind(box.urgentBefore)}::timestamptz))`);
    if (box.takenBy !== 'anyone') clauses.push(`taken_by_id = ANY(${bind(box.takenBy.filter(isUuid))}::uuid[])`);
  }
  if (options.after) {
    const [at, id] = decodeMessageCursor(options.after);
    clauses.push(`(taken_at, id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  const rows = await q.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE ${clauses.join(' AND ')} ORDER BY taken_at DESC, id DESC LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first).map(messageMapper.toDomain);
  const cursors = page.map(encodeMessageCursor);
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** The site's escalation time in minutes; the product's default when the site set none. */
export async function findMessageEscalation(q: Queryable, siteId: string): Promise<number> {
  const [row] = await q.query<{ escalation_minutes: number }>('SELECT escalation_minutes FROM message_settings WHERE site_id = $1::uuid', [siteId]);
  return row?.escalation_minutes ?? DEFAULT_MESSAGE_ESCALATION_MINUTES;
}

export async function saveMessageEscalation(q: Queryable, siteId: string, minutes: number): Promise<number> {
  const [row] = await q.query<{ escalation_minutes: number }>(
    `INSERT INTO message_settings (site_id, escalation_minutes) VALUES ($1::uuid, $2::int)
     ON CONFLICT (site_id) DO UPDATE SET escalation_minutes = EXCLUDED.escalation_minutes, updated_at = now()
     RETURNING escalation_minutes`,
    [siteId, minutes],
  );
  return row!.escalation_minutes;
}

/**
 * Messages of every site still unacknowledged whose overdue notice has not gone out and whose
 * site's escalation time (half of it when urgent) has passed, oldest first, a page at a time
 * (the escalation sweep). The domain's `isEscalated` has the last word; this only narrows.
 */
export async function findOverdueMessagesToNotify(
  q: Queryable,
  now: Date,
  { first, after }: { first: number; after?: { at: Date; id: string } },
): Promise<Message[]> {
  const rows = await q.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS.split(', ')
      .map((c) => `m.${c}`)
      .join(', ')}
     FROM messages m LEFT JOIN message_settings s ON s.site_id = m.site_id
     WHERE m.overdue_notified_at IS NULL AND m.acknowledged_at IS NULL
       AND m.taken_at + interval '1 minute' * (coalesce(s.escalation_minutes, $2::int)::float8 * CASE m.urgency WHEN 'urgent' THEN 0.5 ELSE 1 END) <= $1
       AND ($3::timestamptz IS NULL OR (m.taken_at, m.id) > ($3::timestamptz, $4::uuid))
     ORDER BY m.taken_at, m.id LIMIT $5::int`,
    [now, DEFAULT_MESSAGE_ESCALATION_MINUTES, after?.at ?? null, after?.id ?? null, first],
  );
  return rows.map(messageMapper.toDomain);
}

/**
 * Claims a message's overdue notice inside the caller's transaction: the message when this call
 * set the mark, null when it was claimed already or acknowledged meanwhile (each notice once,
 * however many sweepers run).
 */
export async function claimMessageOverdueNotice(tx: Queryable, siteId: string, id: string, at: Date): Promise<Message | null> {
  const [row] = await tx.query<MessageRow>(
    `UPDATE messages SET overdue_notified_at = $3
     WHERE site_id = $1::uuid AND id = $2::uuid AND overdue_notified_at IS NULL AND acknowledged_at IS NULL
     RETURNING ${MESSAGE_COLUMNS}`,
    [siteId, id, at],
  );
  return row ? messageMapper.toDomain(row) : null;
}
