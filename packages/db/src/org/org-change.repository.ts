import type { FieldChange, OrgChange, OrgChangeKind, OrgChangeRecord } from '@kefu/domain/org';
import type { Queryable } from '../engine/database.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { isUuid } from '../shared/is-uuid.js';

type OrgChangeRow = {
  id: string;
  site_id: string;
  kind: OrgChangeKind;
  position_id: string;
  staff_id: string | null;
  actor_id: string;
  changed_at: Date | string;
  changes: FieldChange[] | string;
};

const toRecord = (row: OrgChangeRow): OrgChangeRecord => ({
  id: row.id,
  siteId: row.site_id,
  kind: row.kind,
  positionId: row.position_id,
  staffId: row.staff_id,
  actorId: row.actor_id,
  at: new Date(row.changed_at),
  changes: typeof row.changes === 'string' ? (JSON.parse(row.changes) as FieldChange[]) : row.changes,
});

/** Appends one change to the site's org trail; call it inside the change's own transaction. */
export async function insertOrgChange(tx: Queryable, siteId: string, change: OrgChange): Promise<void> {
  await tx.query(
    `INSERT INTO org_changes (site_id, kind, position_id, staff_id, actor_id, changed_at, changes)
     VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, $6::timestamptz, $7::text::jsonb)`,
    [siteId, change.kind, change.positionId, change.staffId, change.actorId, change.at, JSON.stringify(change.changes)],
  );
}

export type OrgChangePage = { rows: OrgChangeRecord[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

const changeCursor = {
  encode: (id: string) => encodeCursor([id]),
  decode: (value: string): string => {
    const [id] = decodeCursor(value, 1);
    if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) throw invalidCursor();
    return id;
  },
};

export type OrgChangeFilter = { positionId?: string; first: number; after?: string | null };

/** The site's org trail, newest first, paged by keyset on the entry's id; optionally one position's. */
export async function listOrgChanges(q: Queryable, siteId: string, options: OrgChangeFilter): Promise<OrgChangePage> {
  const empty = { rows: [], cursors: [], hasNextPage: false, endCursor: null };
  if (options.positionId !== undefined && !isUuid(options.positionId)) return empty;
  const first = Math.max(0, Math.trunc(options.first));
  const after = options.after ? changeCursor.decode(options.after) : null;
  const rows = await q.query<OrgChangeRow>(
    `SELECT id::text AS id, site_id, kind, position_id, staff_id, actor_id, changed_at, changes FROM org_changes
     WHERE site_id = $1::uuid AND ($2::uuid IS NULL OR position_id = $2::uuid) AND ($3::bigint IS NULL OR id < $3::bigint)
     ORDER BY id DESC LIMIT $4::int`,
    [siteId, options.positionId ?? null, after, first + 1],
  );
  const page = rows.slice(0, first).map(toRecord);
  const cursors = page.map((entry) => changeCursor.encode(entry.id));
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** One entry of the trail with the names it needs to be read away from the product (the export). */
export type NamedOrgChange = OrgChangeRecord & { actorName: string; staffName: string | null; positionTitle: { zh: string; en: string } };

/**
 * The newest `limit` entries of the site's trail, newest first, each with the actor's and the
 * person's name and the position's title: the org audit export reads them in one statement.
 */
export async function listNamedOrgChanges(q: Queryable, siteId: string, limit: number): Promise<NamedOrgChange[]> {
  const rows = await q.query<OrgChangeRow & { actor_name: string; staff_name: string | null; position_title: { zh: string; en: string } | string }>(
    `SELECT c.id::text AS id, c.site_id, c.kind, c.position_id, c.staff_id, c.actor_id, c.changed_at, c.changes,
            a.name AS actor_name, s.name AS staff_name, p.title AS position_title
     FROM org_changes c
     JOIN staff a ON a.id = c.actor_id
     JOIN positions p ON p.id = c.position_id
     LEFT JOIN staff s ON s.id = c.staff_id
     WHERE c.site_id = $1::uuid
     ORDER BY c.id DESC LIMIT $2::int`,
    [siteId, Math.max(0, Math.trunc(limit))],
  );
  return rows.map((row) => ({
    ...toRecord(row),
    actorName: row.actor_name,
    staffName: row.staff_name,
    positionTitle: typeof row.position_title === 'string' ? (JSON.parse(row.position_title) as { zh: string; en: string }) : row.position_title,
  }));
}
