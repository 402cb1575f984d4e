import type { Database } from '@kefu/db/engine';
import { seedDemoData } from '@kefu/db/seed';
import { createOrgChartCache } from '../../../src/access/org-chart-cache.js';
import { readConfig, type GatewayConfig } from '../../../src/config.js';
import { createLogger, silentLogger, type Logger } from '../../../src/logging/logger.js';
import { createKefuPubSub } from '../../../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../../../src/server.js';
import type { GraphQLResponse } from '../../test-gateway.js';

export type Reply<T = Record<string, unknown>> = GraphQLResponse<T> & { status: number; text: string; headers: Headers };

/** The real server over HTTP on a free port, over `db` (seeded with the demo mall when asked). */
export async function startHttpGateway(db: Database, options: { seed?: boolean; config?: Partial<GatewayConfig>; logger?: Logger } = {}) {
  if (options.seed) await seedDemoData(db, { now: new Date() });
  const pubsub = createKefuPubSub();
  const orgCharts = createOrgChartCache(pubsub);
  const config = { ...readConfig({ PORT: '0', HOST: '127.0.0.1' }), seedDemo: false, ...options.config };
  const gateway: RunningGateway = await startGateway(db, { config, logger: options.logger ?? silentLogger, pubsub, orgCharts });

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: GraphQLResponse<T> = {};
    try {
      body = JSON.parse(text) as GraphQLResponse<T>;
    } catch {
      // Not JSON: the caller sees `text`.
    }
    return { ...body, status: response.status, text, headers: response.headers };
  }

  async function login(username: string): Promise<string> {
    const reply = await gql('mutation ($u: String!) { login(username: $u, password: "kefu-demo") { username } }', { u: username });
    const cookie = reply.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`login ${username} failed: ${reply.text}`);
    return cookie;
  }

  return {
    url: gateway.url,
    gql,
    login,
    async close() {
      await gateway.close();
      orgCharts.stop();
    },
  };
}

export type HttpGateway = Awaited<ReturnType<typeof startHttpGateway>>;

export const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export { createLogger };
