import type { Queryable } from '@kefu/db/engine';
import { loadOrgChart } from '@kefu/db/org';
import type { OrgChart } from '@kefu/domain/org';
import type { KefuPubSub } from '../pubsub/pubsub.js';

/**
 * Every permission decision needs the site's org chart; loading it per request would cost
 * several statements each time. Charts are cached per site, dropped when an org mutation
 * publishes `orgChanged` (on every replica, through the pub/sub seam), and reloaded after
 * `maxAgeMs` at the latest as a safety net.
 */
export type OrgChartCache = {
  get(q: Queryable, siteId: string): Promise<OrgChart>;
  invalidate(siteId: string): void;
  stop(): void;
};

export function createOrgChartCache(pubsub: KefuPubSub, maxAgeMs = 30_000): OrgChartCache {
  const entries = new Map<string, { chart: Promise<OrgChart>; loadedAt: number }>();
  const invalidate = (siteId: string) => void entries.delete(siteId);

  const subscription = pubsub.subscribe('orgChanged');
  void (async () => {
    for await (const { siteId } of subscription) invalidate(siteId);
  })();

  return {
    get(q, siteId) {
      const entry = entries.get(siteId);
      if (entry && Date.now() - entry.loadedAt < maxAgeMs) return entry.chart;
      const chart = loadOrgChart(q, siteId);
      entries.set(siteId, { chart, loadedAt: Date.now() });
      chart.catch(() => entries.delete(siteId));
      return chart;
    },
    invalidate,
    stop() {
      void subscription.return?.();
    },
  };
}
