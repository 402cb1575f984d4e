import type { Queryable } from '@kefu/db/engine';
import { loadOrgChart, loadScheduledOrgChanges } from '@kefu/db/org';
import { findSiteById } from '@kefu/db/sites';
import { effectiveDay, type OrgChart } from '@kefu/domain/org';
import { toSiteLocalDate } from '@kefu/domain/sites';

/** The site's today (YYYY-MM-DD in its time zone). */
export async function siteToday(q: Queryable, siteId: string, now: Date): Promise<string> {
  const site = await findSiteById(q, siteId);
  return toSiteLocalDate(now, site?.timeZone ?? 'Asia/Shanghai');
}

/**
 * The day an org change takes effect: `requested` (a LocalDate) or the site's today; refused as
 * `effectiveOn` when before `lastChange`, while a change of the same rows is scheduled, or (unless
 * `future`) after today (@kefu/domain/org effectiveDay).
 */
export async function effectiveDayOf(
  q: Queryable,
  siteId: string,
  now: Date,
  requested: Date | null | undefined,
  lastChange: string | null,
  options: { future?: boolean } = {},
): Promise<string> {
  return effectiveDay(requested ? requested.toISOString().slice(0, 10) : null, await siteToday(q, siteId, now), lastChange, options);
}

/**
 * The charts a change dated `on` must keep sound: the chart of `on` when it is after today
 * (`current` otherwise, the chart of today), then the chart of every later day on which a change
 * already scheduled elsewhere on the site begins — the chart is the same between those days, so
 * a cycle or a lost `org.edit` cannot appear on a day that is not checked.
 */
export async function chartsFrom(q: Queryable, siteId: string, today: string, on: string, current: OrgChart): Promise<OrgChart[]> {
  const start = on > today ? on : today;
  const later = [...new Set((await loadScheduledOrgChanges(q, siteId)).map((c) => c.effectiveOn).filter((d) => d > start))].sort();
  const first = on > today ? await loadOrgChart(q, siteId, on) : current;
  return [first, ...(await Promise.all(later.map((d) => loadOrgChart(q, siteId, d))))];
}
