import type { Inbound, InboundFields } from '@kefu/domain/relays';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { INBOUND_COLUMNS, inboundMapper, type InboundRow } from './inbound.mapper.js';

/** Stores inbound information; null when its department is not the site's (nothing written). */
export async function insertInbound(
  q: Queryable,
  siteId: string,
  fields: InboundFields,
  by: { registeredById: string; registeredAt: Date },
): Promise<Inbound | null> {
  if (!isUuid(fields.departmentId)) return null;
  const [audience, unitPrefix, requesterId] = inboundMapper.audienceColumns(fields.audience);
  const [row] = await q.query<InboundRow>(
    `INSERT INTO inbound (site_id, department_id, kind, title, body, audience, unit_prefix, requester_id, registered_by_id, registered_at)
     SELECT $1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::uuid, $9::uuid, $10
     WHERE EXISTS (SELECT 1 FROM departments WHERE site_id = $1::uuid AND id = $2::uuid)
     RETURNING ${INBOUND_COLUMNS}`,
    [siteId, fields.departmentId, fields.kind, fields.title, fields.body, audience, unitPrefix, requesterId, by.registeredById, by.registeredAt],
  );
  return row ? inboundMapper.toDomain(row) : null;
}

export async function findInboundById(q: Queryable, siteId: string, id: string): Promise<Inbound | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<InboundRow>(`SELECT ${INBOUND_COLUMNS} FROM inbound WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return row ? inboundMapper.toDomain(row) : null;
}

/** Records the first acknowledgement; a later one leaves the stored one (the domain's rule). */
export async function markInboundAcknowledged(q: Queryable, inbound: Inbound): Promise<Inbound | null> {
  const [row] = await q.query<InboundRow>(
    `UPDATE inbound SET acknowledged_at = coalesce(acknowledged_at, $3), acknowledged_by_id = coalesce(acknowledged_by_id, $4::uuid)
     WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${INBOUND_COLUMNS}`,
    [inbound.siteId, inbound.id, inbound.acknowledgedAt, inbound.acknowledgedById],
  );
  return row ? inboundMapper.toDomain(row) : null;
}

export type InboundPage = { rows: Inbound[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

export type InboundFilter =
  /** The desk's list: everything registered on the site, optionally only what awaits acknowledgement. */
  | { kind: 'desk'; unacknowledgedOnly?: boolean | null }
  /**
   * A requester's notices: acknowledged, and for the whole site, for them, or for a unit prefix
   * one of their units starts with — the same rule as the domain's `noticeReaches`.
   */
  | { kind: 'notices'; requesterId: string };

/** Inbound information newest first, keyset-paged. */
export async function listInbound(
  q: Queryable,
  siteId: string,
  filter: InboundFilter,
  options: { first: number; after?: string | null; id?: string | null },
): Promise<InboundPage> {
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['i.site_id = $1::uuid'];
  if (filter.kind === 'desk') {
    if (filter.unacknowledgedOnly) clauses.push('i.acknowledged_at IS NULL');
  } else {
    if (!isUuid(filter.requesterId)) return { rows: [], cursors: [], hasNextPage: false, endCursor: null };
    const me = bind(filter.requesterId);
    clauses.push(
      `i.acknowledged_at IS NOT NULL`,
      `(i.audience = 'site'
        OR (i.audience = 'requester' AND i.requester_id = ${me}::uuid)
        OR (i.audience = 'units' AND EXISTS (
              SELECT 1 FROM requesters r, unnest(r.units || coalesce(r.shop_unit, '')) AS u(unit)
              WHERE r.site_id = i.site_id AND r.id = ${me}::uuid AND u.unit <> ''
                AND starts_with(upper(trim(u.unit)), i.unit_prefix))))`,
    );
  }
  if (options.id != null) {
    if (!isUuid(options.id)) return { rows: [], cursors: [], hasNextPage: false, endCursor: null };
    clauses.push(`i.id = ${bind(options.id)}::uuid`);
  }
  if (options.after) {
    const [at, id] = decodeCursor(options.after, 2);
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    clauses.push(`(i.registered_at, i.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  const columns = INBOUND_COLUMNS.split(', ')
    .map((c) => `i.${c}`)
    .join(', ');
  const rows = await q.query<InboundRow>(
    `SELECT ${columns} FROM inbound i WHERE ${clauses.join(' AND ')} ORDER BY i.registered_at DESC, i.id DESC LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first).map(inboundMapper.toDomain);
  const cursors = page.map((r) => encodeCursor([r.registeredAt.toISOString(), r.id]));
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** One notice of a requester's portal; null when it does not exist or is not meant for them (alike). */
export async function findNoticeOfRequester(q: Queryable, siteId: string, requesterId: string, id: string): Promise<Inbound | null> {
  return (await listInbound(q, siteId, { kind: 'notices', requesterId }, { first: 1, id })).rows[0] ?? null;
}
