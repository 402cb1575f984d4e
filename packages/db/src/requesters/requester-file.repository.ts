import type { RequesterFile, RequesterFileFields } from '@kefu/domain/requesters';
import type { RequesterKind } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { containsPattern } from '../shared/contains-pattern.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { REQUESTER_FILE_COLUMNS, requesterFileMapper, type RequesterFileRow } from './requester-file.mapper.js';

const WRITTEN = '$3, $4, $5, $6, $7::text[], $8, $9::date, $10::date, $11::jsonb, $12';

export async function insertRequesterFile(q: Queryable, siteId: string, file: RequesterFileFields): Promise<RequesterFile> {
  const [row] = await q.query<RequesterFileRow>(
    `INSERT INTO requesters (site_id, kind, name, shop_name, shop_unit, phone, units, business_category,
                             contract_starts_on, contract_ends_on, contacts, status)
     VALUES ($1::uuid, $2, ${WRITTEN}) RETURNING ${REQUESTER_FILE_COLUMNS}`,
    [siteId, file.kind, ...requesterFileMapper.toParams(file)],
  );
  return requesterFileMapper.toDomain(row!);
}

/** Rewrites a file's fields, its kind included; null when the site has no such requester. */
export async function updateRequesterFile(q: Queryable, siteId: string, id: string, file: RequesterFileFields): Promise<RequesterFile | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<RequesterFileRow>(
    `UPDATE requesters SET kind = $2, (name, shop_name, shop_unit, phone, units, business_category,
                            contract_starts_on, contract_ends_on, contacts, status) = (${WRITTEN}), updated_at = now()
     WHERE site_id = $1::uuid AND id = $13::uuid RETURNING ${REQUESTER_FILE_COLUMNS}`,
    [siteId, file.kind, ...requesterFileMapper.toParams(file), id],
  );
  return row ? requesterFileMapper.toDomain(row) : null;
}

export async function findRequesterFileById(q: Queryable, siteId: string, id: string): Promise<RequesterFile | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<RequesterFileRow>(`SELECT ${REQUESTER_FILE_COLUMNS} FROM requesters WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return row ? requesterFileMapper.toDomain(row) : null;
}

/** DataLoader-shaped: one statement, files in the order of `ids`, null where the site has none. */
export async function findRequesterFilesByIds(q: Queryable, siteId: string, ids: readonly string[]): Promise<(RequesterFile | null)[]> {
  const wanted = ids.filter(isUuid);
  const rows = wanted.length
    ? await q.query<RequesterFileRow>(`SELECT ${REQUESTER_FILE_COLUMNS} FROM requesters WHERE site_id = $1::uuid AND id = ANY($2::uuid[])`, [siteId, wanted])
    : [];
  const byId = new Map(rows.map((row) => [row.id, requesterFileMapper.toDomain(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

/** What a new or changed file must not share with another: its phone, or a unit held actively by the same kind. */
export type RequesterClaims = { kind: RequesterKind; phone: string | null; units: readonly string[]; holdsUnits: boolean; exceptId?: string };
export type RequesterClash = { field: 'phone' | 'units'; value: string; existing: RequesterFile };

/** The first other file that claims the same phone or unit, phone first; null when there is none. */
export async function findRequesterClash(q: Queryable, siteId: string, claims: RequesterClaims): Promise<RequesterClash | null> {
  const except = claims.exceptId && isUuid(claims.exceptId) ? claims.exceptId : null;
  if (claims.phone !== null) {
    const [row] = await q.query<RequesterFileRow>(
      `SELECT ${REQUESTER_FILE_COLUMNS} FROM requesters
       WHERE site_id = $1::uuid AND phone = $2 AND ($3::uuid IS NULL OR id <> $3::uuid) ORDER BY id LIMIT 1`,
      [siteId, claims.phone, except],
    );
    if (row) return { field: 'phone', value: claims.phone, existing: requesterFileMapper.toDomain(row) };
  }
  if (claims.holdsUnits && claims.units.length > 0) {
    const [row] = await q.query<RequesterFileRow>(
      `SELECT ${REQUESTER_FILE_COLUMNS} FROM requesters
       WHERE site_id = $1::uuid AND kind = $2 AND units && $3::text[] AND status IS DISTINCT FROM 'left'
         AND ($4::uuid IS NULL OR id <> $4::uuid) ORDER BY id LIMIT 1`,
      [siteId, claims.kind, claims.units, except],
    );
    if (row) {
      const existing = requesterFileMapper.toDomain(row);
      return { field: 'units', value: existing.units.find((u) => claims.units.includes(u)) ?? claims.units[0]!, existing };
    }
  }
  return null;
}

/** `cursors[i]` resumes after `rows[i]`; `endCursor` is the last of them. */
export type RequesterFilePage = { rows: RequesterFile[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };
export type RequesterFileFilter = { text?: string | null; kind?: RequesterKind | null };

const SORT_KEY = 'coalesce(shop_name, name)';
const encodeFileCursor = (row: RequesterFileRow): string => encodeCursor([row.shop_name ?? row.name, row.id]);
function decodeFileCursor(value: string): [string, string] {
  const [key, id] = decodeCursor(value, 2);
  if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return [key, id];
}

/**
 * The archive's list: by shop name (a person's name when there is no shop), keyset-paged so rows
 * added meanwhile never shift a page. `text` is found in the shop name, a unit, the name or the
 * phone, taken literally.
 */
export async function listRequesterFiles(
  q: Queryable,
  siteId: string,
  options: RequesterFileFilter & { first: number; after?: string | null },
): Promise<RequesterFilePage> {
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['site_id = $1::uuid'];
  const text = options.text?.trim();
  if (text) {
    const pattern = bind(containsPattern(text));
    clauses.push(
      `(shop_name ILIKE ${pattern} ESCAPE '\\' OR name ILIKE ${pattern} ESCAPE '\\' OR phone ILIKE ${pattern} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM unnest(units) AS unit WHERE unit ILIKE ${pattern} ESCAPE '\\'))`,
    );
  }
  if (options.kind) clauses.push(`kind = ${bind(options.kind)}`);
  if (options.after) {
    const [key, id] = decodeFileCursor(options.after);
    clauses.push(`(${SORT_KEY}, id) > (${bind(key)}::text, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  // One row beyond the page tells whether another page follows.
  const rows = await q.query<RequesterFileRow>(
    `SELECT ${REQUESTER_FILE_COLUMNS} FROM requesters WHERE ${clauses.join(' AND ')} ORDER BY ${SORT_KEY}, id LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first);
  const cursors = page.map(encodeFileCursor);
  return { rows: page.map(requesterFileMapper.toDomain), cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}
