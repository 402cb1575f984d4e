import type { Queryable } from '@kefu/db/engine';
import { loadCurrentOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import { toSiteLocalDate } from '@kefu/domain/sites';
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

type Entry = { chart: Promise<OrgChart>; loadedAt: number; day: string | null; timeZone: string | null };

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
      const now = clock();
      const zone = zones.get(siteId);
      const today = zone === undefined ? null : toSiteLocalDate(now, zone);
      const entry = entries.get(siteId);
      if (entry && now.getTime() - entry.loadedAt < maxAgeMs && (entry.day === null || entry.day === today)) return entry.chart;
      const next: Entry = { chart: Promise.resolve(null as unknown as OrgChart), loadedAt: now.getTime(), day: today, timeZone: zone ?? null };
      const loading = loadCurrentOrgChart(q, siteId, today);
      next.chart = loading.then(({ chart, day, timeZone }) => {
        zones.set(siteId, timeZone);
        next.day = day;
        next.timeZone = timeZone;
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
