import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { messageFor } from '../src/errors/error-catalogue.js';
import { PUBLIC_ERROR_CODES } from '@kefu/contracts/errors';
import { createLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import type { GraphQLResponse } from './test-gateway.js';

const ORIGIN = 'https://kefu.mall.example';
const JSON_LIMIT_KB = 64;
const UPLOAD_LIMIT_KB = 256;

type Reply = GraphQLResponse & { status: number; headers: Headers };

/**
 * The gateway as it runs in production, over real HTTP: behind a TLS proxy it trusts, serving the
 * product's own origin, with small body caps so the boundaries are cheap to reach.
 */
describe('production mode', () => {
  let db: TestDatabase;
  let gateway: RunningGateway;
  let counting = false;
  const statements: string[] = [];
  const logLines: Record<string, unknown>[] = [];
  const config = readConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    KEFU_PUBLIC_ORIGIN: `${ORIGIN}/`,
    KEFU_TRUST_PROXY: 'true',
    KEFU_MAX_BODY_KB: String(JSON_LIMIT_KB),
    KEFU_MAX_UPLOAD_BODY_KB: String(UPLOAD_LIMIT_KB),
  });

  beforeAll(async () => {
    db = await createTestDatabase('pglite', (text) => {
      if (counting) statements.push(text);
    });
    await seedDemoData(db, { now: new Date() });
    const pubsub = createKefuPubSub();
    const logger = createLogger('debug', (line) => logLines.push(JSON.parse(line) as Record<string, unknown>));
    gateway = await startGateway(db, { config, logger, pubsub, orgCharts: createOrgChartCache(pubsub) });
  });
  afterAll(async () => {
    await gateway.close();
    await db.drop();
  });

  let address = 0;
  /** Each caller its own address, as the proxy reports it, so sign-in throttling stays per test. */
  const newAddress = () => `203.0.113.${++address}`;

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    { cookie, locale, from = '198.51.100.1', https = true, headers = {} }: { cookie?: string; locale?: string; from?: string; https?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-kefu-csrf': '1',
        'x-forwarded-for': `10.9.9.9, ${from}`,
        'x-forwarded-proto': https ? 'https' : 'http',
        ...(cookie ? { cookie } : {}),
        ...(locale ? { 'accept-language': locale } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as GraphQLResponse), status: response.status, headers: response.headers };
  }

  async function login(username: string, password = 'kefu-demo', from = newAddress()) {
    const reply = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', { u: username, p: password }, { from });
    return { reply, cookie: reply.headers.get('set-cookie')?.split(';')[0] ?? null, setCookie: reply.headers.get('set-cookie') };
  }

  const viewerOf = async (cookie: string) => (await gql('{ viewer { username } }', {}, { cookie })).data?.viewer ?? null;

  describe('what the schema gives away', () => {
    it('refuses introspection', async () => {
      const reply = await gql('{ __schema { types { name } } }');
      expect(reply.data ?? null).toBeNull();
      expect(reply.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(reply.errors?.[0]?.message).toMatch(/introspection/i);
      const typeProbe = await gql('{ __type(name: "Ticket") { fields { name } } }');
      expect(typeProbe.data ?? null).toBeNull();
    });

    it('refuses a misspelt field without suggesting the real ones', async () => {
      const reply = await gql('{ viewr { username } tickets(first: 1) { edgs { node { id } } } }');
      expect(reply.errors?.length).toBeGreaterThan(0);
      for (const error of reply.errors!) {
        expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(error.message).not.toMatch(/Did you mean|viewer|edges/);
      }
    });

    it('serves no GraphiQL', async () => {
      const page = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html', 'x-kefu-csrf': '1' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
    });

    it('masks an unexpected error to a generic message with a request id the log carries too', async () => {
      const { cookie } = await login('director');
      // The director's counts read the counters of migration 010: that table goes missing.
      await db.query('ALTER TABLE ticket_counts RENAME TO ticket_counts_away');
      try {
        const reply = await gql('{ ticketCounts { count } }', {}, { cookie: cookie!, locale: 'en', headers: { 'x-request-id': 'trace-masked-1' } });
        const [error] = reply.errors!;
        expect(error).toMatchObject({ message: messageFor('INTERNAL', 'en'), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-masked-1' } });
        expect(JSON.stringify(reply)).not.toMatch(/ticket_counts|relation|SELECT|at .*\.ts/);
        const logged = logLines.filter((line) => line.requestId === 'trace-masked-1');
        expect(logged.some((line) => line.level === 'error' && /ticket_counts/.test(String(line.error)))).toBe(true);
        expect(logged.some((line) => line.msg === 'request' && line.status === 200)).toBe(true);
      } finally {
        await db.query('ALTER TABLE ticket_counts_away RENAME TO ticket_counts');
      }
    });
  });

  describe('cross-site requests', () => {
    const send = (init: RequestInit & { path?: string }) => fetch(`${gateway.url}${init.path ?? '/graphql'}`, init);

    it('refuses a GET query without the x-kefu-csrf header, and serves it with one', async () => {
      const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
      const refused = await send({ path, headers: { accept: 'application/json' } });
      expect(refused.status).toBe(403);
      const body = (await refused.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      const served = await send({ path, headers: { accept: 'application/json', 'x-kefu-csrf': '1' } });
      expect(await served.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a simple %s POST without the header before running anything',
      async (contentType) => {
        statements.length = 0;
        counting = true;
        const refused = await send({ method: 'POST', headers: { 'content-type': contentType }, body: '{"query":"mutation { logout }"}' });
        counting = false;
        expect(refused.status).toBe(403);
        expect(statements).toEqual([]);
      },
    );

    it('refuses an SSE subscription without the header', async () => {
      const path = `/graphql?query=${encodeURIComponent('subscription { ticketUpdated(id: "x") { version } }')}`;
      const refused = await send({ path, headers: { accept: 'text/event-stream' } });
      expect(refused.status).toBe(403);
    });

    it('lets only the product’s own origin call across origins, with credentials', async () => {
      const preflight = (origin: string) =>
        send({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-kefu-csrf' } });
      const own = await preflight(ORIGIN);
      expect(own.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(own.headers.get('access-control-allow-credentials')).toBe('true');
      expect(own.headers.get('access-control-allow-headers')).toMatch(/x-kefu-csrf/);
      const foreign = await preflight('https://evil.example');
      expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
      const foreignPost = await send({ method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(foreignPost.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    });
  });

  describe('sessions', () => {
    it('sets an HttpOnly, SameSite=Lax cookie, Secure when the proxy says the caller came over HTTPS', async () => {
      const overHttps = await login('hall_clerk');
      expect(overHttps.setCookie).toMatch(/HttpOnly/);
      expect(overHttps.setCookie).toMatch(/SameSite=Lax/);
      expect(overHttps.setCookie).toMatch(/; Secure/);
      const overHttp = await gql('mutation { login(username: "hall_clerk", password: "kefu-demo") { username } }', {}, { https: false, from: newAddress() });
      expect(overHttp.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/);
      expect(overHttp.headers.get('set-cookie')).not.toMatch(/Secure/);
    });

    it('ends a session at its absolute expiry', async () => {
      const { cookie } = await login('office_clerk');
      expect(await viewerOf(cookie!)).toEqual({ username: 'office_clerk' });
      await db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second'
         WHERE account_id = (SELECT id FROM accounts WHERE username = 'office_clerk') AND revoked_at IS NULL`,
      );
      expect(await viewerOf(cookie!)).toBeNull();
      const reply = await gql('{ tickets(first: 1) { edges { cursor } } }', {}, { cookie: cookie! });
      expect(reply.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('revokes the session on logout: the old cookie no longer signs anyone in', async () => {
      const { cookie } = await login('archive_clerk');
      const out = await gql('mutation { logout }', {}, { cookie: cookie! });
      expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect(await viewerOf(cookie!)).toBeNull();
    });

    it('signs a person out everywhere at once', async () => {
      const phone = await login('floor_clerk');
      const desk = await login('floor_clerk');
      const reply = await gql('mutation { signOutEverywhere }', {}, { cookie: desk.cookie! });
      expect(reply.data).toEqual({ signOutEverywhere: 2 });
      expect(await viewerOf(phone.cookie!)).toBeNull();
      expect(await viewerOf(desk.cookie!)).toBeNull();
    });

    it('lets a manager revoke a member of staff’s sessions, and no one below them', async () => {
      const driver = await login('cart_driver');
      const director = await login('director');
      const [staff] = await db.query<{ staff_id: string }>(`SELECT staff_id FROM accounts WHERE username = 'cart_driver'`);
      const [directorStaff] = await db.query<{ staff_id: string }>(`SELECT staff_id FROM accounts WHERE username = 'director'`);
      const gid = (id: string) => Buffer.from(`Staff:${id}`).toString('base64');

      const refused = await gql('mutation ($id: ID!) { revokeStaffSessions(staffId: $id) }', { id: gid(directorStaff!.staff_id) }, { cookie: driver.cookie! });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await viewerOf(director.cookie!)).toEqual({ username: 'director' });

      const revoked = await gql('mutation ($id: ID!) { revokeStaffSessions(staffId: $id) }', { id: gid(staff!.staff_id) }, { cookie: director.cookie! });
      expect(revoked.data).toEqual({ revokeStaffSessions: 1 });
      expect(await viewerOf(driver.cookie!)).toBeNull();
    });
  });

  describe('request bodies', () => {
    /** A JSON body of exactly `bytes` bytes: a valid query padded with spaces. */
    const jsonOf = (bytes: number) => {
      const base = '{"query":"{ __typename }"}';
      return base.slice(0, -1) + ' '.repeat(bytes - base.length) + '}';
    };

    async function post(body: string, contentType: string) {
      statements.length = 0;
      counting = true;
      try {
        const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, 'x-kefu-csrf': '1' }, body });
        return { status: response.status, body: (await response.json()) as GraphQLResponse };
      } finally {
        counting = false;
      }
    }

    it(`serves a JSON body of exactly ${JSON_LIMIT_KB} KB and refuses one byte more with 413, unread`, async () => {
      const at = await post(jsonOf(JSON_LIMIT_KB * 1024), 'application/json');
      expect(at).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
      const over = await post(jsonOf(JSON_LIMIT_KB * 1024 + 1), 'application/json');
      expect(over.status).toBe(413);
      expect(over.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(over.body.errors?.[0]?.message).toMatch(/64 KB/);
      expect(statements).toEqual([]);
    });

    it('refuses a chunked body without a length as soon as it passes the cap', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        for (let i = 0; i < (JSON_LIMIT_KB / 16) + 2; i++) req.write(chunk);
        req.end();
      });
      expect(status).toBe(413);
    });

    it('gives multipart requests (photo uploads) their own, larger cap', async () => {
      const boundary = 'kefu-boundary';
      const multipart = (bytes: number) => {
        const head = `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${boundary}\r\nContent-Disposition: form-data; name="pad"\r\n\r\n`;
        const tail = `\r\n--${boundary}--\r\n`;
        return head + 'a'.repeat(bytes - head.length - tail.length) + tail;
      };
      const type = `multipart/form-data; boundary=${boundary}`;
      const above = await post(multipart(JSON_LIMIT_KB * 1024 * 2), type);
      expect(above.status).not.toBe(413);
      const over = await post(multipart(UPLOAD_LIMIT_KB * 1024 + 1), type);
      expect(over.status).toBe(413);
    });
  });

  it('defaults to 1 MB for JSON and 21 MB for multipart, and refuses nonsense', () => {
    expect(readConfig({}).maxBodyBytes).toEqual({ json: 1024 * 1024, multipart: 21 * 1024 * 1024 });
    expect(() => readConfig({ KEFU_MAX_BODY_KB: '-1' })).toThrow(/KEFU_MAX_BODY_KB/);
    expect(() => readConfig({ KEFU_PUBLIC_ORIGIN: 'javascript:alert(1)' })).toThrow(/KEFU_PUBLIC_ORIGIN/);
  });

  it('answers with codes from the documented set only', () => {
    expect(PUBLIC_ERROR_CODES).toEqual(expect.arrayContaining(['UNAVAILABLE', 'TOO_MANY_REQUESTS', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST']));
  });

  it('says the database is gone: /healthz 503 with JSON, GraphQL UNAVAILABLE and retryable, no hang', async () => {
    await db.close();
    const health = await fetch(`${gateway.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'database unavailable' });
    const reply = await gql('mutation { logout }', {}, { locale: 'en', cookie: 'kefu_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(reply.status).toBe(503);
    expect(reply.errors?.[0]).toMatchObject({ message: messageFor('UNAVAILABLE', 'en'), extensions: { code: 'UNAVAILABLE', retryable: true } });
    expect(reply.errors?.[0]?.extensions?.requestId).toBe(reply.headers.get('x-request-id'));
  });
});
