import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type EngineName, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig, type GatewayConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { createGatewayYoga } from '../src/yoga.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

const testConfig: GatewayConfig = {
  ...readConfig({ PORT: '0', HOST: '127.0.0.1' }),
  sessionTtlMs: 3_600_000,
};

/**
 * The real gateway (schema, auth, error mapping) over a seeded database of its own, driven
 * through Yoga's fetch: every request takes the full HTTP path without opening a port.
 */
export async function startTestGateway(engine: EngineName) {
  let counting = false;
  const statements: string[] = [];
  const db: TestDatabase = await createTestDatabase(engine, (text) => {
    if (counting) statements.push(text);
  });
  await seedDemoData(db, { now: new Date() });
  const pubsub = createKefuPubSub();
  const orgCharts = createOrgChartCache(pubsub);
  const yoga = createGatewayYoga(db, { config: testConfig, logger: silentLogger, pubsub, orgCharts });

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { cookie, locale }: { cookie?: string; locale?: string } = {},
  ): Promise<GraphQLResponse<T> & { status: number; setCookie: string | null }> {
    const response = await yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
        ...(locale ? { 'accept-language': locale } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
  }

  /** Signs in and returns the cookie header to send with later requests. */
  async function login(username: string, password = 'kefu-demo'): Promise<string> {
    const result = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', {
      u: username,
      p: password,
    });
    if (result.errors || !result.setCookie) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.setCookie.split(';')[0]!;
  }

  /** Runs `work` and returns the SQL statements it sent. */
  async function countStatements(work: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    counting = true;
    try {
      await work();
    } finally {
      counting = false;
    }
    return [...statements];
  }

  return {
    db,
    yoga,
    gql,
    login,
    countStatements,
    async close() {
      orgCharts.stop();
      await db.drop();
    },
  };
}

export type TestGateway = Awaited<ReturnType<typeof startTestGateway>>;
