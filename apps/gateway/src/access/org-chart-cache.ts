import type { Queryable } from '@kefu/db/engine';
import { loadCurrentOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import { fromSiteLocalDateTime, toSiteLocalDate } from '@kefu/domain/sites';
import type { KefuPubSub } from '../pubsub/pubsub.js';

/**
 * Every permission decision needs the site's org chart; loading it per request would cost
 * several statements each time. Charts are cached per site and per site-local day (a change
 * scheduled for a later day comes into force at that day's midnight in the site's time zone, so
 * a chart is never served after its day), dropped when an org mutation publishes `orgChanged`
 * (on every replica, through the pub/sub seam), and reloaded after `maxAgeMs` at the latest as a
 * safety net. `clock` is the wall clock (injectable for tests).
 */
export type OrgChartCache = {
  get(q: Queryable, siteId: string): Promise<OrgChart>;
  invalidate(siteId: string): void;
  stop(): void;
};

/** `endsAt`: the instant the chart's site day ends (the next midnight on the site's clock); null while it loads. */
type Entry = { chart: Promise<OrgChart>; loadedAt: number; endsAt: number | null };

/** The instant `day` (YYYY-MM-DD) ends on the site's clock: the next day's midnight there. */
const endOfSiteDay = (day: string, timeZone: string): number | null => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return fromSiteLocalDateTime(`${next}T00:00`, timeZone)?.getTime() ?? null;
};

export function createOrgChartCache(pubsub: KefuPubSub, maxAgeMs = 30_000, clock: () => Date = () => new Date()): OrgChartCache {
  const entries = new Map<string, Entry>();
  /** The last time zone seen per site: it names the day to load before the chart is read. */
  const zones = new Map<string, string>();
  const invalidate = (siteId: string) => void entries.delete(siteId);

  const subscription = pubsub.subscribe('orgChanged');
  void (async () => {
    for await (const { siteId } of subscription) invalidate(siteId);
  })();

  return {
    get(q, siteId) {
      const now = clock().getTime();
      const entry = entries.get(siteId);
      // A comparison per request: the site's clock is read only when a chart is loaded.
      if (entry && now - entry.loadedAt < maxAgeMs && (entry.endsAt === null || now < entry.endsAt)) return entry.chart;
      const zone = zones.get(siteId);
      const today = zone === undefined ? null : toSiteLocalDate(new Date(now), zone);
      const next: Entry = { chart: Promise.resolve(null as unknown as OrgChart), loadedAt: now, endsAt: null };
      next.chart = loadCurrentOrgChart(q, siteId, today).then(({ chart, day, timeZone }) => {
        zones.set(siteId, timeZone);
        next.endsAt = endOfSiteDay(day, timeZone);
        return chart;
      });
      entries.set(siteId, next);
      next.chart.catch(() => {
        if (entries.get(siteId) === next) entries.delete(siteId);
      });
      return next.chart;
    },
    invalidate,
    stop() {
      void subscription.return?.();
    },
  };
}
