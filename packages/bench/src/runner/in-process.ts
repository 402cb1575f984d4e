import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@kefu/db/engine';
import { createGatewayYoga, createKefuPubSub, createOrgChartCache, readConfig, silentLogger } from '@kefu/gateway/embedding';
import type { Scenario, ScenarioVariables } from '../scenarios/scenarios.js';
import { createTwinHandler } from '../twin/twin-server.js';

export const CSRF_HEADERS = { 'x-kefu-csrf': '1' } as const;

/** A request's answer and the statements it sent (their texts, in order). */
export type Answer = { status: number; body: unknown; statements: number; texts: string[] };

/**
 * The gateway (through Yoga's fetch, no port) and the twin (on an ephemeral port) over one
 * database whose statements are counted: what each request costs in SQL.
 */
export async function startInProcessPair(open: (onQuery: (text: string) => void) => Promise<Database & { drop?(): Promise<void> }>) {
  let counting = false;
  let texts: string[] = [];
  const db = await open((text) => {
    if (counting) texts.push(text);
  });
  const pubsub = createKefuPubSub();
  const orgCharts = createOrgChartCache(pubsub);
  const config = { ...readConfig({ NODE_ENV: 'production', KEFU_SEED_DEMO: 'false' }), port: 0, host: '127.0.0.1' };
  const yoga = createGatewayYoga(db, { config, logger: silentLogger, pubsub, orgCharts });
  const twinHandler = createTwinHandler(db);
  const twin = createServer((req, res) => void twinHandler(req, res));
  await new Promise<void>((resolve) => twin.listen(0, '127.0.0.1', resolve));
  const twinUrl = `http://127.0.0.1:${(twin.address() as AddressInfo).port}`;

  const counted = async (work: () => Promise<Response>): Promise<Answer> => {
    texts = [];
    counting = true;
    try {
      const response = await work();
      return { status: response.status, body: await response.json(), statements: texts.length, texts };
    } finally {
      counting = false;
    }
  };

  return {
    db,
    gateway: (scenario: Scenario, variables: ScenarioVariables, cookie: string) =>
      counted(() =>
        Promise.resolve(
          yoga.fetch('http://kefu.bench/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, ...CSRF_HEADERS },
            body: JSON.stringify({ query: scenario.query, variables }),
          }),
        ),
      ),
    twin: (scenario: Scenario, variables: ScenarioVariables, cookie: string) =>
      counted(() =>
        fetch(`${twinUrl}${scenario.path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(variables) }),
      ),
    /** Signs in through the gateway; the cookie serves both servers (the same sessions table). */
    async login(username: string, password: string): Promise<string> {
      const response = await yoga.fetch('http://kefu.bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF_HEADERS },
        body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', variables: { u: username, p: password } }),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`login ${username} failed: ${await response.text()}`);
      return cookie;
    },
    async close() {
      orgCharts.stop();
      await new Promise<void>((resolve) => {
        twin.close(() => resolve());
        twin.closeAllConnections();
      });
      await (db.drop ? db.drop() : db.close());
    },
  };
}

export type InProcessPair = Awaited<ReturnType<typeof startInProcessPair>>;
