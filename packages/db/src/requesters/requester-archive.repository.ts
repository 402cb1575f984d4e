import type { FieldChange, RequesterChange, RequesterDocument, RequesterNote } from '@kefu/domain/requesters';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';

/** How many of a file's documents, notes and changes it shows: the latest, newest first. */
export const FILE_LIST_LIMIT = 50;

type DocumentRow = {
  id: string;
  site_id: string;
  requester_id: string;
  kind: RequesterDocument['kind'];
  expires_on: string | null;
  attachment_id: string;
  content_type: string;
  byte_size: number;
  file_name: string;
  added_by: string | null;
  added_at: Date;
};
const DOCUMENT_SELECT = `SELECT d.id, d.site_id, d.requester_id, d.kind, d.expires_on::text AS expires_on, d.attachment_id,
  a.content_type, a.byte_size, d.file_name, d.added_by, d.added_at
  FROM requester_documents d JOIN attachments a ON a.id = d.attachment_id`;
const toDocument = (r: DocumentRow): RequesterDocument => ({
  id: r.id,
  siteId: r.site_id,
  requesterId: r.requester_id,
  kind: r.kind,
  expiresOn: r.expires_on,
  attachmentId: r.attachment_id,
  contentType: r.content_type,
  byteSize: r.byte_size,
  fileName: r.file_name,
  addedById: r.added_by,
  addedAt: new Date(r.added_at),
});

export type NewRequesterDocument = Pick<RequesterDocument, 'requesterId' | 'kind' | 'expiresOn' | 'attachmentId' | 'fileName' | 'addedById'>;

export async function insertRequesterDocument(q: Queryable, siteId: string, doc: NewRequesterDocument): Promise<RequesterDocument> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO requester_documents (site_id, requester_id, kind, expires_on, attachment_id, file_name, added_by)
     VALUES ($1::uuid, $2::uuid, $3, $4::date, $5::uuid, $6, $7::uuid) RETURNING id`,
    [siteId, doc.requesterId, doc.kind, doc.expiresOn, doc.attachmentId, doc.fileName, doc.addedById],
  );
  return (await findRequesterDocumentByAttachment(q, siteId, doc.attachmentId, row!.id))!;
}

/** The document whose bytes are this attachment (to serve them), or null. */
export async function findRequesterDocumentByAttachment(q: Queryable, siteId: string, attachmentId: string, id?: string): Promise<RequesterDocument | null> {
  if (!isUuid(attachmentId)) return null;
  const [row] = await q.query<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.site_id = $1::uuid AND d.attachment_id = $2::uuid${id ? ' AND d.id = $3::uuid' : ''}`, id ? [siteId, attachmentId, id] : [siteId, attachmentId]);
  return row ? toDocument(row) : null;
}

export async function listRequesterDocuments(q: Queryable, siteId: string, requesterId: string): Promise<RequesterDocument[]> {
  if (!isUuid(requesterId)) return [];
  const rows = await q.query<DocumentRow>(`${DOCUMENT_SELECT} WHERE d.site_id = $1::uuid AND d.requester_id = $2::uuid ORDER BY d.added_at DESC, d.id DESC LIMIT ${FILE_LIST_LIMIT}`, [
    siteId,
    requesterId,
  ]);
  return rows.map(toDocument);
}

type NoteRow = { id: string; site_id: string; requester_id: string; body: string; author_id: string | null; created_at: Date };
const toNote = (r: NoteRow): RequesterNote => ({ id: r.id, siteId: r.site_id, requesterId: r.requester_id, body: r.body, authorId: r.author_id, createdAt: new Date(r.created_at) });

export async function insertRequesterNote(q: Queryable, siteId: string, note: Pick<RequesterNote, 'requesterId' | 'body' | 'authorId'>): Promise<RequesterNote> {
  const [row] = await q.query<NoteRow>(
    `INSERT INTO requester_notes (site_id, requester_id, body, author_id) VALUES ($1::uuid, $2::uuid, $3, $4::uuid)
     RETURNING id, site_id, requester_id, body, author_id, created_at`,
    [siteId, note.requesterId, note.body, note.authorId],
  );
  return toNote(row!);
}

export async function listRequesterNotes(q: Queryable, siteId: string, requesterId: string): Promise<RequesterNote[]> {
  if (!isUuid(requesterId)) return [];
  const rows = await q.query<NoteRow>(
    `SELECT id, site_id, requester_id, body, author_id, created_at FROM requester_notes
     WHERE site_id = $1::uuid AND requester_id = $2::uuid ORDER BY created_at DESC, id DESC LIMIT ${FILE_LIST_LIMIT}`,
    [siteId, requesterId],
  );
  return rows.map(toNote);
}

type ChangeRow = { id: string; requester_id: string; action: RequesterChange['action']; actor_id: string | null; at: Date; fields: FieldChange[] | string };
const toChange = (r: ChangeRow): RequesterChange => ({
  id: r.id,
  requesterId: r.requester_id,
  action: r.action,
  actorId: r.actor_id,
  at: new Date(r.at),
  // jsonb: parsed by postgres.js, text from PGlite.
  fields: typeof r.fields === 'string' ? (JSON.parse(r.fields) as FieldChange[]) : r.fields,
});

export async function insertRequesterChange(
  q: Queryable,
  siteId: string,
  change: Pick<RequesterChange, 'requesterId' | 'action' | 'actorId' | 'fields'>,
): Promise<void> {
  await q.query(`INSERT INTO requester_changes (site_id, requester_id, action, actor_id, fields) VALUES ($1::uuid, $2::uuid, $3, $4::uuid, $5::jsonb)`, [
    siteId,
    change.requesterId,
    change.action,
    change.actorId,
    JSON.stringify(change.fields),
  ]);
}

export async function listRequesterChanges(q: Queryable, siteId: string, requesterId: string): Promise<RequesterChange[]> {
  if (!isUuid(requesterId)) return [];
  const rows = await q.query<ChangeRow>(
    `SELECT id, requester_id, action, actor_id, at, fields FROM requester_changes
     WHERE site_id = $1::uuid AND requester_id = $2::uuid ORDER BY at DESC, id DESC LIMIT ${FILE_LIST_LIMIT}`,
    [siteId, requesterId],
  );
  return rows.map(toChange);
}

/** A contract or document that runs out: the merchant's contract itself, or one of its documents. */
export type Expiring = { requesterId: string; what: 'contract' | RequesterDocument['kind']; documentId: string | null; expiresOn: string };
export type ExpiringPage = { rows: Expiring[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/**
 * Merchants' contracts and documents that expire between `from` and `to` (inclusive, site
 * calendar days), soonest first, keyset-paged on (day, id) where id is the document's or, for a
 * contract, the merchant's. Merchants that have left are not listed.
 */
export async function listExpiring(q: Queryable, siteId: string, options: { from: string; to: string; first: number; after?: string | null }): Promise<ExpiringPage> {
  const params: unknown[] = [siteId, options.from, options.to];
  let after = '';
  if (options.after) {
    const [day, id] = decodeCursor(options.after, 2);
    if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    params.push(day, id);
    after = 'WHERE (expires_on, id) > ($4::date, $5::uuid)';
  }
  const first = Math.max(0, Math.trunc(options.first));
  params.push(first + 1);
  const rows = await q.query<{ requester_id: string; what: Expiring['what']; document_id: string | null; expires_on: string; id: string }>(
    `SELECT requester_id, what, document_id, expires_on::text AS expires_on, id FROM (
       SELECT r.id AS requester_id, 'contract' AS what, NULL::uuid AS document_id, r.contract_ends_on AS expires_on, r.id AS id
       FROM requesters r
       WHERE r.site_id = $1::uuid AND r.kind = 'merchant' AND r.status IS DISTINCT FROM 'left'
         AND r.contract_ends_on BETWEEN $2::date AND $3::date
       UNION ALL
       SELECT d.requester_id, d.kind, d.id, d.expires_on, d.id
       FROM requester_documents d JOIN requesters r ON r.id = d.requester_id
       WHERE d.site_id = $1::uuid AND r.status IS DISTINCT FROM 'left' AND d.expires_on BETWEEN $2::date AND $3::date
     ) AS expiring ${after}
     ORDER BY expires_on, id LIMIT $${params.length}::int`,
    params,
  );
  const page = rows.slice(0, first);
  const cursors = page.map((r) => encodeCursor([r.expires_on, r.id]));
  return {
    rows: page.map((r) => ({ requesterId: r.requester_id, what: r.what, documentId: r.document_id, expiresOn: r.expires_on })),
    cursors,
    hasNextPage: rows.length > page.length,
    endCursor: cursors.at(-1) ?? null,
  };
}

/** A requester's own correction of phone and contact time; null when the site has no such requester. */
export async function updateOwnContact(
  q: Queryable,
  siteId: string,
  id: string,
  contact: { phone: string | null; preferredContactTime: string | null },
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await q.query<{ id: string }>(
    `UPDATE requesters SET phone = $3, preferred_contact_time = $4, updated_at = now() WHERE site_id = $1::uuid AND id = $2::uuid RETURNING id`,
    [siteId, id, contact.phone, contact.preferredContactTime],
  );
  return rows.length > 0;
}

/** When the requester prefers to be called back, or null. */
export async function findPreferredContactTime(q: Queryable, siteId: string, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<{ t: string | null }>(`SELECT preferred_contact_time AS t FROM requesters WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return row?.t ?? null;
}

/** Which of these phones, and which units held actively per kind, the site's files already have (one statement each). */
export async function findTakenClaims(
  q: Queryable,
  siteId: string,
  claims: { phones: readonly string[]; units: readonly string[] },
): Promise<{ phones: Set<string>; units: Set<string> }> {
  const phones = claims.phones.length
    ? await q.query<{ phone: string }>(`SELECT DISTINCT phone FROM requesters WHERE site_id = $1::uuid AND phone = ANY($2::text[])`, [siteId, claims.phones])
    : [];
  const units = claims.units.length
    ? await q.query<{ key: string }>(
        `SELECT DISTINCT kind || ':' || unit AS key FROM requesters, unnest(units) AS unit
         WHERE site_id = $1::uuid AND kind <> 'customer' AND status IS DISTINCT FROM 'left' AND unit = ANY($2::text[])`,
        [siteId, claims.units],
      )
    : [];
  return { phones: new Set(phones.map((r) => r.phone)), units: new Set(units.map((r) => r.key)) };
}
