import type { Queryable } from '@kefu/db/engine';
import { describe, expect, it } from 'vitest';
import { createKefuPubSub } from '../pubsub/pubsub.js';
import { createOrgChartCache } from './org-chart-cache.js';

/**
 * A stand-in for the database that answers the chart statement with an empty chart of the day it
 * was asked for (or, without one, of the database's today), and records the days asked.
 */
const fakeDb = (dbToday: string) => {
  const days: (string | null)[] = [];
  const q: Queryable = {
    query: async <T,>(_text: string, params?: readonly unknown[]) => {
      const day = (params?.[1] as string | null) ?? null;
      days.push(day);
      return [{ units: [], positions: [], assignments: [], grants: [], day: day ?? dbToday, time_zone: 'Asia/Shanghai' }] as T[];
    },
  };
  return { q, days };
};

describe('the org chart cache', () => {
  it('serves a site’s chart for its day and reloads it for the next day at the site’s midnight', async () => {
    let now = new Date('2026-12-01T15:30:00Z'); // 23:30 in Shanghai
    const pubsub = createKefuPubSub();
    const cache = createOrgChartCache(pubsub, 30 * 60_000, () => now);
    const { q, days } = fakeDb('2026-12-01');
    await cache.get(q, 'site-a');
    await cache.get(q, 'site-a');
    expect(days).toEqual([null]);

    now = new Date('2026-12-01T16:00:30Z'); // 00:00:30 on 12-02 in Shanghai, well within maxAge
    await cache.get(q, 'site-a');
    await cache.get(q, 'site-a');
    expect(days).toEqual([null, '2026-12-02']);
    cache.stop();
  });

  it('drops a site’s chart when told, and after maxAge', async () => {
    let now = new Date('2026-12-01T02:00:00Z');
    const pubsub = createKefuPubSub();
    const cache = createOrgChartCache(pubsub, 60_000, () => now);
    const { q, days } = fakeDb('2026-12-01');
    await cache.get(q, 'site-a');
    cache.invalidate('site-a');
    await cache.get(q, 'site-a');
    now = new Date('2026-12-01T02:01:01Z');
    await cache.get(q, 'site-a');
    expect(days).toEqual([null, '2026-12-01', '2026-12-01']);
    cache.stop();
  });
});
