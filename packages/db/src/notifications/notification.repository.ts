import type { NewNotification, Notification, NotificationKind, NotificationTarget } from '@kefu/domain/notifications';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';

type NotificationRow = {
  id: string;
  site_id: string;
  recipient_id: string;
  kind: string;
  ticket_id: string | null;
  relay_id: string | null;
  message_id: string | null;
  created_at: Date;
  read_at: Date | null;
};

/** Exactly one of the three is set (the table's CHECK). */
const targetOf = (row: NotificationRow): NotificationTarget =>
  row.relay_id !== null ? { type: 'relay', id: row.relay_id } : row.message_id !== null ? { type: 'message', id: row.message_id } : { type: 'ticket', id: row.ticket_id! };

const idOf = (type: NotificationTarget['type']) => (n: NewNotification): string | null => (n.target.type === type ? n.target.id : null);

const toDomain = (row: NotificationRow): Notification => ({
  id: row.id,
  siteId: row.site_id,
  recipientId: row.recipient_id,
  kind: row.kind as NotificationKind,
  target: targetOf(row),
  createdAt: new Date(row.created_at),
  readAt: row.read_at === null ? null : new Date(row.read_at),
});

export type NotificationPage = { rows: Notification[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/** Writes notifications inside the caller's transaction (the one that changed the ticket). */
export async function insertNotifications(tx: Queryable, notifications: readonly NewNotification[]): Promise<Notification[]> {
  if (notifications.length === 0) return [];
  const rows = await tx.query<NotificationRow>(
    `INSERT INTO notifications (site_id, recipient_id, kind, ticket_id, relay_id, message_id, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::timestamptz[])
     RETURNING *`,
    [
      notifications.map((n) => n.siteId),
      notifications.map((n) => n.recipientId),
      notifications.map((n) => n.kind),
      notifications.map(idOf('ticket')),
      notifications.map(idOf('relay')),
      notifications.map(idOf('message')),
      notifications.map((n) => n.createdAt.toISOString()),
    ],
  );
  return rows.map(toDomain);
}

const encode = (n: Notification): string => encodeCursor([n.createdAt.toISOString(), n.id]);
const decode = (cursor: string): [string, string] => {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return [at, id];
};

/** One recipient's inbox, newest first, a keyset page at a time; `unreadOnly` leaves out what was read. */
export async function listNotifications(
  q: Queryable,
  siteId: string,
  recipientId: string,
  { first, after, unreadOnly = false }: { first: number; after?: string | null; unreadOnly?: boolean },
): Promise<NotificationPage> {
  const params: unknown[] = [siteId, recipientId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['site_id = $1', 'recipient_id = $2'];
  if (unreadOnly) clauses.push('read_at IS NULL');
  if (after) {
    const [at, id] = decode(after);
    clauses.push(`(created_at, id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const size = Math.max(0, Math.trunc(first));
  const rows = await q.query<NotificationRow>(
    `SELECT * FROM notifications WHERE ${clauses.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ${bind(size + 1)}::int`,
    params,
  );
  const page = rows.slice(0, size).map(toDomain);
  const cursors = page.map(encode);
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** Marks one of the recipient's notifications read (once: the first reading stands). Null when it is not theirs. */
export async function markNotificationRead(q: Queryable, siteId: string, recipientId: string, id: string, at: Date): Promise<Notification | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<NotificationRow>(
    `UPDATE notifications SET read_at = COALESCE(read_at, $4) WHERE site_id = $1 AND recipient_id = $2 AND id = $3 RETURNING *`,
    [siteId, recipientId, id, at],
  );
  return row ? toDomain(row) : null;
}

/** Marks every unread notification of the recipient read; answers how many changed. */
export async function markAllNotificationsRead(q: Queryable, siteId: string, recipientId: string, at: Date): Promise<number> {
  const rows = await q.query('UPDATE notifications SET read_at = $3 WHERE site_id = $1 AND recipient_id = $2 AND read_at IS NULL RETURNING id', [
    siteId,
    recipientId,
    at,
  ]);
  return rows.length;
}

/** One notification of the recipient, or null. */
export async function findNotification(q: Queryable, siteId: string, recipientId: string, id: string): Promise<Notification | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<NotificationRow>('SELECT * FROM notifications WHERE site_id = $1 AND recipient_id = $2 AND id = $3', [siteId, recipientId, id]);
  return row ? toDomain(row) : null;
}
