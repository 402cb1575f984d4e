import type { LocalizedText } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import type { Site } from '@kefu/domain/sites';
import { siteMapper, type SiteRow } from './site.mapper.js';

const SITE_COLUMNS = 'id, code, name, time_zone';

export type NewSite = { code: string; name: LocalizedText; timeZone: string };

export async function insertSite(q: Queryable, site: NewSite): Promise<Site> {
  const [row] = await q.query<SiteRow>(
    `INSERT INTO sites (code, name, time_zone) VALUES ($1, $2::jsonb, $3) RETURNING ${SITE_COLUMNS}`,
    [site.code, site.name, site.timeZone],
  );
  return siteMapper.toDomain(row!);
}

export async function findSiteByCode(q: Queryable, code: string): Promise<Site | null> {
  const [row] = await q.query<SiteRow>(`SELECT ${SITE_COLUMNS} FROM sites WHERE code = $1`, [code]);
  return row ? siteMapper.toDomain(row) : null;
}

export async function findSiteById(q: Queryable, id: string): Promise<Site | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<SiteRow>(`SELECT ${SITE_COLUMNS} FROM sites WHERE id = $1`, [id]);
  return row ? siteMapper.toDomain(row) : null;
}

/**
 * Holds the site's row until the transaction ends. Writes that must each see the other's
 * result (two org changes checked against one chart) take it first and so run one at a time.
 */
export async function lockSite(tx: Queryable, siteId: string): Promise<void> {
  await tx.query('SELECT id FROM sites WHERE id = $1 FOR UPDATE', [siteId]);
}
