/*
 * Two gateway processes on one server PostgreSQL, each with its own connection pool, org-chart
 * cache and pub/sub over KEFU_SHARED_EVENTS=postgres (LISTEN/NOTIFY): what one replica changes,
 * the other sees. Runs where the server database is (DATABASE_URL), as in CI.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

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

const gatewayMain = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const nodeFlags = JSON.parse(readFileSync(new URL('../node-flags.json', import.meta.url), 'utf8')) as string[];

/**
 * One replica: the gateway as built (`dist/main.js`), in a process of its own, on the server
 * database, sharing events over PostgreSQL; resolves once it serves.
 */
async function startReplica(databaseUrl: string, name: string) {
  const child = spawn(process.execPath, [...nodeFlags, gatewayMain], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      KEFU_SHARED_EVENTS: 'postgres',
      KEFU_SEED_DEMO: 'false',
      KEFU_ESCALATION_SWEEP_MINUTES: '0',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`replica ${name} exited with ${code} before serving:\n${output}`)));
  });
  const request = (body: unknown, cookie?: string, init: { accept?: string; signal?: AbortSignal } = {}) =>
    fetch(`${origin}/graphql`, {
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
    pid: child.pid,
    request,
    gql,
    login,
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
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
    [a, b] = await Promise.all([startReplica(url.toString(), 'A'), startReplica(url.toString(), 'B')]);
    expect(a.pid).not.toBe(b.pid);
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
    // The submit's own event, sent from A before B subscribed, may still reach B after it did (a
    // busy machine delays the notification): each event is answered with the ticket as it is then,
    // so the relay is the first one reading RELAYED, not necessarily the first one.
    const relayed = (async () => {
      for await (const event of sseEvents(stream)) {
        const status = (event as { ticketUpdated: { request: { status: string } } }).ticketUpdated.request.status;
        if (status !== 'RECEIVED') return event;
      }
      return null;
    })();
    // Lets the stream's first pull register its listener before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const relay = await a.gql('mutation ($id: ID!) { relayTicket(id: $id, version: 1, department: ENGINEERING) { version } }', { id: toGlobalId('Ticket', fromGlobalId(requestId)) }, clerk);
      expect(relay.errors).toBeUndefined();
      expect(await within(1_000, relayed)).toEqual({ ticketUpdated: { request: { status: 'RELAYED' } } });
    } finally {
      abort.abort();
    }
  });

  it('a reporting-line change on A is enforced on B at its next request', async () => {
    const director = await a.login('director');
    const supervisor = await b.login('floor_supervisor');
    const [cartTicket] = (await base.query<{ id: string }>(
      `SELECT t.id FROM tickets t JOIN units u ON u.id = t.unit_id JOIN sites s ON s.id = t.site_id
        WHERE s.code = 'demo' AND u.code = 'shuttle_team' ORDER BY t.number LIMIT 1`,
    )) as [{ id: string }];
    const seesCartTicket = async () =>
      (await b.gql<{ node: { id: string } | null }>('query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Ticket', cartTicket.id) }, supervisor)).data?.node != null;
    // B has the chart cached from this request: the cart team is outside the floor supervisor's line.
    expect(await seesCartTicket()).toBe(false);

    const chart = await a.gql<{ orgChart: { positions: { id: string; code: string }[] } }>('{ orgChart { positions { id code } } }', {}, director);
    const id = (code: string) => chart.data!.orgChart.positions.find((p) => p.code === code)!.id;
    const moved = await a.gql('mutation ($p: ID!, $to: [ID!]!) { changeReportingLine(positionId: $p, reportsTo: $to) { code } }', { p: id('cart_captain'), to: [id('floor_supervisor')] }, director);
    expect(moved.errors).toBeUndefined();

    // B's own cache would keep the old chart for 30 s; the shared event makes its next request read the new line.
    const deadline = Date.now() + 1_000;
    let sees = await seesCartTicket();
    while (!sees && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sees = await seesCartTicket();
    }
    expect(sees).toBe(true);
  });

  it('a session revoked on A is refused on B', async () => {
    const cookie = await a.login('director');
    expect((await b.gql<{ viewer: unknown }>('{ viewer { username } }', {}, cookie)).data).toEqual({ viewer: { username: 'director' } });
    await a.gql('mutation { logout }', {}, cookie);
    const after = await b.gql('{ viewer { username } }', {}, cookie);
    expect(after.data?.viewer ?? null).toBeNull();
  });
});
