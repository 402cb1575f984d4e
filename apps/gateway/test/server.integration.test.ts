import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../src/server.js';

describe('the HTTP server', () => {
  let db: TestDatabase;
  let gateway: RunningGateway;
  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    const pubsub = createKefuPubSub();
    const config = { ...readConfig({ PORT: '0', HOST: '127.0.0.1' }), seedDemo: false };
    gateway = await startGateway(db, { config, logger: silentLogger, pubsub, orgCharts: createOrgChartCache(pubsub) });
  });
  afterAll(() => db.drop());

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(`${gateway.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphQL and gives every response a request id', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const other = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says 503 once the database is gone, then stops taking requests on close', async () => {
    await db.close();
    const response = await fetch(`${gateway.url}/healthz`);
    expect(response.status).toBe(503);
    await gateway.close();
    await expect(fetch(`${gateway.url}/healthz`)).rejects.toThrow();
  });
});
