/*
 * Two gateway instances on one server PostgreSQL, each with its own connection pool, org-chart
 * cache and pub/sub over KEFU_SHARED_EVENTS=postgres (LISTEN/NOTIFY): what one replica changes,
 * the other sees. Runs where the server database is (DATABASE_URL), as in CI.
 */
import { openDatabase, type Database, type Queryable, type Row } from '@kefu/db/engine';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgChartCache, type OrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createPostgresEventTarget, type SharedEventTarget } from '../src/pubsub/postgres-event-target.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { createGatewayYoga } from '../src/yoga.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

describe('shared events configuration', () => {
  it('is off by default and refuses postgres without the server database', () => {
    expect(readConfig({}).sharedEvents).toBe('local');
    expect(readConfig({ KEFU_SHARED_EVENTS: 'postgres', DATABASE_URL: 'postgres://db/kefu' }).sharedEvents).toBe('postgres');
    expect(() => readConfig({ KEFU_SHARED_EVENTS: 'postgres' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ KEFU_SHARED_EVENTS: 'redis', DATABASE_URL: 'postgres://db/kefu' })).toThrow(/local or postgres/);
  });
});

async function startReplica(databaseUrl: string) {
  const db: Database = await openDatabase({ databaseUrl });
  const events: SharedEventTarget = await createPostgresEventTarget(databaseUrl);
  const pubsub = createKefuPubSub(events.target);
  const orgCharts: OrgChartCache = createOrgChartCache(pubsub);
  const config = { ...readConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, KEFU_SHARED_EVENTS: 'postgres' }), sessionTtlMs: 3_600_000 };
  const yoga = createGatewayYoga(db, { config, logger: silentLogger, pubsub, orgCharts });
  const request = (body: unknown, cookie?: string, init: { accept?: string; signal?: AbortSignal } = {}) =>
    yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1', ...(cookie ? { cookie } : {}), ...(init.accept ? { accept: init.accept } : {}) },
      body: JSON.stringify(body),
      ...(init.signal ? { signal: init.signal } : {}),
    });
  const gql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, cookie?: string) => {
    const response = await request({ query, variables }, cookie);
    return { ...((await response.json()) as { data?: T | null; errors?: { extensions?: Record<string, unknown> }[] }), setCookie: response.headers.get('set-cookie') };
  };
  const login = async (username: string) => {
    const result = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', { u: username, p: 'kefu-demo' });
    if (!result.setCookie) throw new Error(`login ${username} failed`);
    return result.setCookie.split(';')[0]!;
  };
  return {
    db,
    orgCharts,
    request,
    gql,
    login,
    async close() {
      orgCharts.stop();
      await events.close();
      await db.close();
    },
  };
}

type Replica = Awaited<ReturnType<typeof startReplica>>;

/** The `next` payloads of one SSE stream. */
async function* sseEvents(response: Response): AsyncGenerator<unknown> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if (lines.some((l) => l.trim() === 'event: next') && data) yield (JSON.parse(data) as { data: unknown }).data;
    }
  }
}

const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms))]);

const onServer = process.env.DATABASE_URL ? describe : () => undefined;

onServer('two gateway replicas on one server database (postgres)', () => {
  let base: TestDatabase;
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    base = await createTestDatabase('postgres');
    await seedDemoData(base, { now: new Date() });
    const [{ name }] = (await base.query<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    a = await startReplica(url.toString());
    b = await startReplica(url.toString());
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await base?.drop();
  });

  it('a portal subscriber on B sees a change made through A within 1 s', async () => {
    const merchant = await a.login('merchant1');
    const clerk = await a.login('hall_clerk');
    const submitted = await a.gql<{ submitRequest: { id: string } }>(
      'mutation { submitRequest(idempotencyKey: "replicas-1", input: { kind: REPAIR, title: "灯不亮", description: "店门口灯不亮" }) { id } }',
      {},
      merchant,
    );
    expect(submitted.errors).toBeUndefined();
    const requestId = submitted.data!.submitRequest.id;

    const abort = new AbortController();
    const stream = await b.request(
      { query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { request { status } } }', variables: { id: requestId } },
      merchant,
      { accept: 'text/event-stream', signal: abort.signal },
    );
    const events = sseEvents(stream);
    const first = events.next();
    // Lets the stream's first pull register its listener before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const relay = await a.gql('mutation ($id: ID!) { relayTicket(id: $id, version: 1, department: ENGINEERING) { version } }', { id: toGlobalId('Ticket', fromGlobalId(requestId)) }, clerk);
      expect(relay.errors).toBeUndefined();
      expect((await within(1_000, first)).value).toEqual({ ticketUpdated: { request: { status: 'RELAYED' } } });
    } finally {
      abort.abort();
    }
  });

  it("a reporting-line change on A reaches B's cached org chart, so B's next request decides on the new line", async () => {
    const director = await a.login('director');
    const [{ id: siteId }] = (await base.query<{ id: string }>("SELECT id FROM sites WHERE code = 'demo'")) as [{ id: string }];
    // B has the chart cached from a request of its own.
    const onB = await b.gql<{ orgChart: { positions: { id: string; code: string }[] } }>('{ orgChart { positions { id code } } }', {}, director);
    expect(onB.errors).toBeUndefined();
    let loads = 0;
    const counting: Queryable = { query: <T extends Row>(text: string, params?: readonly unknown[]) => (loads++, b.db.query<T>(text, params)) };
    await b.orgCharts.get(counting, siteId);
    expect(loads).toBe(0);

    const id = (code: string) => onB.data!.orgChart.positions.find((p) => p.code === code)!.id;
    const moved = await a.gql('mutation ($p: ID!, $to: [ID!]!) { changeReportingLine(positionId: $p, reportsTo: $to) { code } }', { p: id('cart_captain'), to: [id('deputy')] }, director);
    expect(moved.errors).toBeUndefined();

    // The notification arrives within moments; from then on B loads the chart afresh (its own cache age is 30 s).
    const deadline = Date.now() + 1_000;
    let chart = await b.orgCharts.get(counting, siteId);
    while (loads === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      chart = await b.orgCharts.get(counting, siteId);
    }
    expect(loads).toBeGreaterThan(0);
    const byCode = new Map(chart.positions.map((p) => [p.code, p]));
    expect(byCode.get('cart_captain')!.reportsTo).toEqual([byCode.get('deputy')!.id]);
  });

  it('a session revoked on A is refused on B', async () => {
    const cookie = await a.login('director');
    expect((await b.gql<{ viewer: unknown }>('{ viewer { username } }', {}, cookie)).data).toEqual({ viewer: { username: 'director' } });
    await a.gql('mutation { logout }', {}, cookie);
    const after = await b.gql('{ viewer { username } }', {}, cookie);
    expect(after.data?.viewer ?? null).toBeNull();
  });
});
