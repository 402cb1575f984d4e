import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '@kefu/db/engine';
import { recordFigures } from './support/figures.js';
import { startHttpGateway, type HttpGateway } from './support/http-gateway.js';
import { freePort, startOwnPostgres, type OwnPostgres } from './support/own-postgres.js';

const GATEWAY_DIR = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WRITERS = 8;
/** A request that takes longer than this while the database is down counts as a hang. */
const HANG_MS = 10_000;
const RECOVERY_TARGET_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CREATE = `mutation ($key: String!, $input: CreateTicketInput!) { createTicket(idempotencyKey: $key, input: $input) { id } }`;

type Outcome = { at: number; ms: number; ok: boolean; code: string | null; status: number; ticketId?: string };

/**
 * A PostgreSQL cluster of the test's own, crashed and restarted under a steady write load: the
 * gateway says so while it is down, answers every write with a clear retryable error, serves
 * again by itself once it is back, and loses no write it acknowledged.
 */
describe('a database that fails', () => {
  let pg: OwnPostgres;
  let db: Database;
  let gw: HttpGateway;
  let director: string;
  let requesterId: string;
  const figures: [string, string | number][] = [];

  beforeAll(async () => {
    pg = await startOwnPostgres();
    db = await openDatabase({ databaseUrl: pg.url });
    await migrate(db);
    gw = await startHttpGateway(db, { seed: true });
    director = await gw.login('director');
    const [row] = await db.query<{ id: string }>(`SELECT r.id FROM requesters r JOIN accounts a ON a.requester_id = r.id WHERE a.username = 'merchant2'`);
    requesterId = row!.id;
  });
  afterAll(async () => {
    await gw?.close();
    await db?.close();
    await pg?.destroy();
  });

  it('survives a crash and restart under load, losing no acknowledged write', async () => {
    const outcomes: Outcome[] = [];
    const health: { at: number; status: number; body: unknown }[] = [];
    let running = true;
    let sequence = 0;
    const t0 = performance.now();
    const now = () => performance.now() - t0;

    const writer = async (w: number) => {
      while (running) {
        const n = ++sequence;
        const started = now();
        try {
          const reply = await gw.gql<{ createTicket: { id: string } }>(
            CREATE,
            { key: `load-${w}-${n}-key`, input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title: `load-${n}`, description: '负载测试', requesterId } },
            { cookie: director, headers: { 'accept-language': 'en' } },
          );
          const code = (reply.errors?.[0]?.extensions?.code as string | undefined) ?? null;
          outcomes.push({ at: started, ms: now() - started, ok: !!reply.data?.createTicket, code, status: reply.status, ticketId: reply.data?.createTicket?.id });
        } catch (error) {
          outcomes.push({ at: started, ms: now() - started, ok: false, code: `fetch failed: ${String(error)}`, status: 0 });
        }
        if (outcomes.at(-1)!.code === 'UNAVAILABLE') await sleep(50);
      }
    };
    const poller = async () => {
      while (running) {
        const response = await fetch(`${gw.url}/healthz`);
        health.push({ at: now(), status: response.status, body: await response.json() });
        await sleep(100);
      }
    };

    const load = [...Array.from({ length: WRITERS }, (_, w) => writer(w)), poller()];
    await sleep(2_000);
    await pg.stop('immediate');
    const downAt = now();
    await sleep(3_000);
    // The server may accept connections a little before pg_ctl notices: "down" ends when start is asked for.
    const restartAt = now();
    await pg.start();
    const backAt = now();
    // Serve on for a while after it is back.
    let firstSuccessAfterBack = Infinity;
    const deadline = backAt + 15_000;
    while (now() < deadline) {
      const success = outcomes.find((o) => o.ok && o.at >= backAt);
      if (success) {
        firstSuccessAfterBack = success.at + success.ms;
        break;
      }
      await sleep(20);
    }
    await sleep(2_000);
    running = false;
    await Promise.all(load);

    const during = outcomes.filter((o) => o.at > downAt && o.at + o.ms < restartAt);
    const failures = outcomes.filter((o) => !o.ok);
    const acknowledged = outcomes.filter((o) => o.ok).map((o) => Buffer.from(o.ticketId!, 'base64').toString().split(':')[1]!);
    const [stored] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE id = ANY($1::uuid[])', [acknowledged]);
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    const recoveryMs = firstSuccessAfterBack - backAt;
    const healthDown = health.filter((h) => h.at > downAt && h.at < restartAt);

    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((o) => o.code !== 'UNAVAILABLE' || o.status !== 503)).toEqual([]);
    expect(new Set(failures.map((o) => o.code))).toEqual(new Set(['UNAVAILABLE']));
    expect(slowest).toBeLessThan(HANG_MS);
    expect(healthDown.length).toBeGreaterThan(0);
    expect(healthDown.filter((h) => h.status !== 503 || (h.body as { status: string }).status !== 'database unavailable')).toEqual([]);
    expect(health.at(-1)!.status).toBe(200);
    expect(recoveryMs).toBeLessThan(RECOVERY_TARGET_MS);
    expect(stored!.n).toBe(acknowledged.length);

    figures.push(
      ['writers', WRITERS],
      ['mutations sent', outcomes.length],
      ['acknowledged', acknowledged.length],
      ['acknowledged and found in the database afterwards', `${stored!.n} (${acknowledged.length - stored!.n} lost)`],
      ['refused while the database was down or restarting', `${failures.length}, all UNAVAILABLE (HTTP 503, retryable)`],
      ['slowest answer, any phase', `${Math.round(slowest)} ms`],
      ['/healthz while down', `${healthDown.length} polls, all 503 {"status":"database unavailable"}`],
      ['database down (crash, `pg_ctl stop -m immediate`, then `pg_ctl start -w`) for', `${Math.round(backAt - downAt)} ms`],
      ['recovery: first acknowledged write after the database accepted connections again', `${Math.round(recoveryMs)} ms (target < ${RECOVERY_TARGET_MS} ms, no gateway restart)`],
    );
  });

  it('finishes requests in flight on SIGTERM, refuses new ones and exits cleanly', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: GATEWAY_DIR,
      env: { ...process.env, DATABASE_URL: pg.url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = performance.now();
    while (!lines.some((l) => l.includes('kefu is ready'))) {
      if (performance.now() - started > 60_000) throw new Error(`gateway did not start:\n${lines.join('\n')}`);
      await sleep(100);
    }
    const url = `http://127.0.0.1:${port}`;
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "director", password: "kefu-demo") { username } }' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    // Hold the tickets table so the writes below are certainly in flight when SIGTERM arrives.
    const blocker = postgres(pg.url, { max: 1, onnotice: () => {} });
    const watcher = postgres(pg.url, { max: 1, onnotice: () => {} });
    const release = await new Promise<() => void>((resolveRelease) => {
      void blocker.begin(async (tx) => {
        await tx.unsafe('LOCK TABLE tickets IN EXCLUSIVE MODE');
        await new Promise<void>((done) => resolveRelease(done));
      });
    });
    const inFlight = Array.from({ length: 10 }, (_, i) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: CREATE,
          variables: { key: `sigterm-${i}-key`, input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title: `sigterm-${i}`, description: '停机测试', requesterId } },
        }),
      }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { data?: { createTicket?: { id: string } } } }),
        (error: unknown) => ({ status: 0, body: { error: String(error) } }),
      ),
    );
    // All ten are waiting on the lock, each holding one of the pool's connections.
    const waiting = async () =>
      (await watcher.unsafe(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kefu' AND wait_event_type = 'Lock'`))[0]!.n as number;
    const since = performance.now();
    while ((await waiting()) < 10) {
      if (performance.now() - since > 60_000) throw new Error('the writes never reached the database');
      await sleep(50);
    }
    child.kill('SIGTERM');
    await sleep(300);
    const refused = await fetch(`${url}/healthz`).then(
      (r) => `HTTP ${r.status}`,
      () => 'connection refused',
    );
    release();
    const results = await Promise.all(inFlight);
    const code = await exited;
    await blocker.end();
    await watcher.end();

    expect(refused).toBe('connection refused');
    expect(results.filter((r) => !(r.status === 200 && 'data' in r.body && r.body.data?.createTicket?.id))).toEqual([]);
    expect(code).toBe(0);
    expect(lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    const [stored] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE title LIKE 'sigterm-%'`);
    expect(stored!.n).toBe(10);
    figures.push(['SIGTERM with 10 writes in flight', `10 finished and stored, a new connection refused, exit code ${code}`]);
  });

  it('records its figures', () => {
    recordFigures('database-fails', {
      order: 2,
      title: 'A database that fails',
      summary: `A PostgreSQL 15 cluster of the run’s own (initdb + pg_ctl on a free port) under ${WRITERS} concurrent writers creating tickets through the gateway, crashed and restarted mid-load; then the gateway process itself stopped with SIGTERM under load.`,
      rows: figures,
    });
  });
});
