import type { RequesterKind } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { containsPattern } from '../shared/contains-pattern.js';
import { isUuid } from '../shared/is-uuid.js';
import type { Requester } from '@kefu/domain/requesters';
import { requesterMapper, type RequesterRow } from './requester.mapper.js';

const REQUESTER_COLUMNS = 'id, site_id, kind, name, shop_name, shop_unit, phone';

/** A requester with only the card's fields (demo data, tests); the archive writes whole files (`insertRequesterFile`). */
export type NewRequester = Omit<Requester, 'id'>;

export async function insertRequester(q: Queryable, requester: NewRequester): Promise<Requester> {
  const r = requesterMapper.toRow({ ...requester, id: '' });
  const [row] = await q.query<RequesterRow>(
    `INSERT INTO requesters (site_id, kind, name, shop_name, shop_unit, phone, units, status)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, CASE WHEN $5::text IS NULL THEN '{}' ELSE ARRAY[$5::text] END,
             CASE WHEN $2 = 'merchant' THEN 'open' END)
     RETURNING ${REQUESTER_COLUMNS}`,
    [r.site_id, r.kind, r.name, r.shop_name, r.shop_unit, r.phone],
  );
  return requesterMapper.toDomain(row!);
}

/** DataLoader-shaped: one statement, results in the order of `ids`, null where the site has none. */
export async function findRequestersByIds(
  q: Queryable,
  siteId: string,
  ids: readonly string[],
): Promise<(Requester | null)[]> {
  const wanted = ids.filter(isUuid);
  const rows = wanted.length
    ? await q.query<RequesterRow>(
        `SELECT ${REQUESTER_COLUMNS} FROM requesters WHERE site_id = $1::uuid AND id = ANY($2::uuid[])`,
        [siteId, wanted],
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, requesterMapper.toDomain(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

export type RequesterSearch = { text: string; kind?: RequesterKind; first: number };

/**
 * The intake form's lookup: `text` anywhere in name, shop name, shop unit or phone, taken
 * literally (a typed `%` or `_` matches itself). Exact shop-unit and phone hits come first,
 * then name order.
 */
export async function searchRequesters(q: Queryable, siteId: string, search: RequesterSearch): Promise<Requester[]> {
  const text = search.text.trim();
  const rows = await q.query<RequesterRow>(
    `SELECT ${REQUESTER_COLUMNS} FROM requesters
     WHERE site_id = $1::uuid
       AND ($2::text IS NULL OR kind = $2::text)
       AND (name ILIKE $3 ESCAPE '\\' OR shop_name ILIKE $3 ESCAPE '\\'
            OR shop_unit ILIKE $3 ESCAPE '\\' OR phone ILIKE $3 ESCAPE '\\')
     ORDER BY coalesce(lower(shop_unit) = lower($4::text) OR phone = $4::text, false) DESC, name, id
     LIMIT $5::int`,
    [siteId, search.kind ?? null, containsPattern(text), text, Math.max(0, Math.trunc(search.first))],
  );
  return rows.map(requesterMapper.toDomain);
}
