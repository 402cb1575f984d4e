import type { KpiGroup } from '@kefu/domain/kpi';
import type { LocalizedText } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';

/**
 * Groups of sites (集团) and their readers (migration 048). The operator sets them up, as sites
 * are: `pnpm --filter @kefu/db site-group` (set-up-site-group.ts) on a real server, the demo seed in the demo.
 * The admin app never edits them; it only reads what `listKpiGroups` returns.
 */
export type NewSiteGroup = { code: string; name: LocalizedText };

type GroupRow = { id: string; code: string; name: LocalizedText | string; site_ids: string[] | null; reader_ids: string[] | null };

// jsonb comes back parsed from postgres.js and may come back as text from PGlite.
const textOf = (name: LocalizedText | string): LocalizedText => (typeof name === 'string' ? (JSON.parse(name) as LocalizedText) : name);

export async function insertSiteGroup(q: Queryable, group: NewSiteGroup): Promise<KpiGroup> {
  const [row] = await q.query<{ id: string }>(`INSERT INTO site_groups (code, name) VALUES ($1, $2::jsonb) RETURNING id`, [group.code, group.name]);
  return { id: row!.id, code: group.code, name: group.name, siteIds: [], readerAccountIds: [] };
}

/** Puts a site in a group, or takes it out with null; a site is in one group at most. */
export async function putSiteInGroup(q: Queryable, siteId: string, groupId: string | null): Promise<void> {
  await q.query(`UPDATE sites SET group_id = $2::uuid WHERE id = $1::uuid`, [siteId, groupId]);
}

/** Lets an account read the group's figures; naming it twice changes nothing. */
export async function addSiteGroupReader(q: Queryable, groupId: string, accountId: string): Promise<void> {
  await q.query(`INSERT INTO site_group_readers (group_id, account_id) VALUES ($1::uuid, $2::uuid) ON CONFLICT DO NOTHING`, [groupId, accountId]);
}

/**
 * Every group with its member sites and readers, by code. Groups are few and set by the
 * operator; who may read which is decided by the domain (`mayReadKpiGroup`), not here.
 */
export async function listKpiGroups(q: Queryable): Promise<KpiGroup[]> {
  const rows = await q.query<GroupRow>(
    `SELECT g.id, g.code, g.name,
            ARRAY(SELECT s.id::text FROM sites s WHERE s.group_id = g.id ORDER BY s.code) AS site_ids,
            ARRAY(SELECT r.account_id::text FROM site_group_readers r WHERE r.group_id = g.id ORDER BY r.account_id) AS reader_ids
       FROM site_groups g
      ORDER BY g.code`,
  );
  return rows.map((row) => ({ id: row.id, code: row.code, name: textOf(row.name), siteIds: row.site_ids ?? [], readerAccountIds: row.reader_ids ?? [] }));
}
