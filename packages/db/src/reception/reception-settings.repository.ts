import { DEFAULT_RECEPTION_STANDARD_MINUTES } from '@kefu/domain/reception';
import type { Queryable } from '../engine/database.js';

/** The site's reception standard in minutes; the product's default when the site set none. */
export async function findReceptionStandard(q: Queryable, siteId: string): Promise<number> {
  const [row] = await q.query<{ standard_minutes: number }>('SELECT standard_minutes FROM reception_settings WHERE site_id = $1::uuid', [siteId]);
  return row?.standard_minutes ?? DEFAULT_RECEPTION_STANDARD_MINUTES;
}

export async function saveReceptionStandard(q: Queryable, siteId: string, minutes: number): Promise<number> {
  const [row] = await q.query<{ standard_minutes: number }>(
    `INSERT INTO reception_settings (site_id, standard_minutes) VALUES ($1::uuid, $2::int)
     ON CONFLICT (site_id) DO UPDATE SET standard_minutes = EXCLUDED.standard_minutes, updated_at = now()
     RETURNING standard_minutes`,
    [siteId, minutes],
  );
  return row!.standard_minutes;
}
