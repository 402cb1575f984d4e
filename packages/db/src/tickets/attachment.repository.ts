import type { Attachment, UnattachedPhotoUsage } from '@kefu/domain/tickets';
import type { Queryable } from '../engine/database.js';
import type { AttachmentContent } from './attachment.js';
import { isUuid } from '../shared/is-uuid.js';

type AttachmentRow = {
  id: string;
  site_id: string;
  ticket_id: string | null;
  uploader_account_id: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  created_at: Date;
};

const META_COLUMNS = 'id, site_id, ticket_id, uploader_account_id, content_type, byte_size, sha256, created_at';

const toAttachment = (row: AttachmentRow): Attachment => ({
  id: row.id,
  siteId: row.site_id,
  ticketId: row.ticket_id,
  uploaderAccountId: row.uploader_account_id,
  contentType: row.content_type,
  byteSize: row.byte_size,
  sha256: row.sha256,
  createdAt: row.created_at,
});

export type NewAttachment = {
  siteId: string;
  uploaderAccountId: string;
  contentType: string;
  sha256: string;
  bytes: Uint8Array;
};

/**
 * Key space of the per-account upload lock (the two-integer form, apart from the single-key
 * locks of migrations, seeding and setup); the account's id is hashed into the second key.
 */
const UPLOAD_QUOTA_LOCK = 4_201_520;

/**
 * Holds the uploader's quota until the transaction ends: two uploads of one account at once
 * check and insert one after the other, so they cannot both take the last free slot. An
 * advisory lock rather than `FOR UPDATE` on the account row, so sign-ins and session writes
 * that touch the account never wait behind an upload. Two accounts whose ids hash alike only
 * queue behind each other.
 */
export async function lockUploadQuota(tx: Queryable, uploaderAccountId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [UPLOAD_QUOTA_LOCK, uploaderAccountId]);
}

/** How many photos, and how many bytes, the account uploaded since `since` and has not attached. */
export async function findUnattachedUsage(q: Queryable, uploaderAccountId: string, since: Date): Promise<UnattachedPhotoUsage> {
  const [row] = await q.query<{ photos: number; bytes: string }>(
    `SELECT count(*)::int AS photos, coalesce(sum(byte_size), 0)::text AS bytes
     FROM attachments WHERE uploader_account_id = $1 AND ticket_id IS NULL AND created_at >= $2`,
    [uploaderAccountId, since],
  );
  return { photos: row?.photos ?? 0, bytes: Number(row?.bytes ?? 0) };
}

/** Stores an uploaded photo, not yet attached to any ticket. */
export async function insertAttachment(q: Queryable, attachment: NewAttachment): Promise<Attachment> {
  const [row] = await q.query<AttachmentRow>(
    `INSERT INTO attachments (site_id, uploader_account_id, content_type, byte_size, sha256, bytes)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${META_COLUMNS}`,
    [attachment.siteId, attachment.uploaderAccountId, attachment.contentType, attachment.bytes.length, attachment.sha256, attachment.bytes],
  );
  return toAttachment(row!);
}

/**
 * Attaches the uploader's own unattached photos to a ticket; photos already on that same ticket
 * count as attached (a replayed submit). Returns the ids attached: any id missing from the answer
 * is someone else's, another ticket's, or does not exist.
 */
export async function attachToTicket(
  q: Queryable,
  input: { siteId: string; uploaderAccountId: string; ticketId: string; ids: readonly string[] },
): Promise<string[]> {
  const ids = input.ids.filter(isUuid);
  if (ids.length === 0) return [];
  const rows = await q.query<{ id: string }>(
    `UPDATE attachments SET ticket_id = $3
     WHERE site_id = $1 AND uploader_account_id = $2 AND id = ANY($4::uuid[]) AND (ticket_id IS NULL OR ticket_id = $3)
     RETURNING id`,
    [input.siteId, input.uploaderAccountId, input.ticketId, ids],
  );
  return rows.map((r) => r.id);
}

/** One photo with its bytes, for serving; the caller decides whether the viewer may see it. */
export async function findAttachmentContent(q: Queryable, siteId: string, id: string): Promise<AttachmentContent | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<AttachmentRow & { bytes: Uint8Array }>(
    `SELECT ${META_COLUMNS}, bytes FROM attachments WHERE site_id = $1 AND id = $2`,
    [siteId, id],
  );
  if (!row) return null;
  // postgres.js answers a Buffer, PGlite a Uint8Array: callers see one type.
  return { ...toAttachment(row), bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
}

/** The photos of several tickets (without bytes), oldest first, grouped in the order asked. */
export async function findAttachmentsByTicketIds(q: Queryable, siteId: string, ticketIds: readonly string[]): Promise<Attachment[][]> {
  const valid = ticketIds.filter(isUuid);
  const rows = valid.length
    ? await q.query<AttachmentRow>(
        `SELECT ${META_COLUMNS} FROM attachments WHERE site_id = $1 AND ticket_id = ANY($2::uuid[]) ORDER BY created_at, id`,
        [siteId, valid],
      )
    : [];
  const byTicket = new Map<string, Attachment[]>();
  for (const row of rows) {
    const list = byTicket.get(row.ticket_id!) ?? [];
    list.push(toAttachment(row));
    byTicket.set(row.ticket_id!, list);
  }
  return ticketIds.map((id) => byTicket.get(id) ?? []);
}

/**
 * Deletes photos uploaded before `olderThan` and never attached (abandoned forms); answers how
 * many it removed. One `DELETE … WHERE` and no lock: several gateway replicas may sweep at the
 * same moment, and PostgreSQL lets each row go to one of them only (a second DELETE waits on the
 * first one's row locks, re-checks the rows and skips those already gone), so the sweeps'
 * counts add up to the photos removed. A photo attached meanwhile no longer matches
 * `ticket_id IS NULL` and is kept.
 */
export async function purgeUnattachedAttachments(q: Queryable, olderThan: Date): Promise<number> {
  const [row] = await q.query<{ count: number }>(
    `WITH gone AS (DELETE FROM attachments a WHERE ticket_id IS NULL AND created_at < $1
         AND NOT EXISTS (SELECT 1 FROM requester_documents d WHERE d.attachment_id = a.id) RETURNING 1)
     SELECT count(*)::int AS count FROM gone`,
    [olderThan],
  );
  return row?.count ?? 0;
}
