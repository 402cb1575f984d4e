import type { Queryable } from '@kefu/db/engine';
import { findSiteById } from '@kefu/db/sites';
import { effectiveDay } from '@kefu/domain/org';
import { toSiteLocalDate } from '@kefu/domain/sites';

/** The site's today (YYYY-MM-DD in its time zone). */
export async function siteToday(q: Queryable, siteId: string, now: Date): Promise<string> {
  const site = await findSiteById(q, siteId);
  return toSiteLocalDate(now, site?.timeZone ?? 'Asia/Shanghai');
}

/**
 * The day an org change takes effect: `requested` (a LocalDate) or the site's today; refused as
 * `effectiveOn` when after today or before `lastChange` (@kefu/domain/org effectiveDay).
 */
export async function effectiveDayOf(q: Queryable, siteId: string, now: Date, requested: Date | null | undefined, lastChange: string | null): Promise<string> {
  return effectiveDay(requested ? requested.toISOString().slice(0, 10) : null, await siteToday(q, siteId, now), lastChange);
}
