import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const gatewayMain = join(repoRoot, 'apps', 'gateway', 'dist', 'main.js');
const builtApp = (name: string) => join(repoRoot, 'apps', name, 'dist');
const START_TIMEOUT_MS = 60_000;

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A signed-in API client: drives staff or requester actions next to the browser. */
export type ProductClient = {
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The raw response, errors included, for tests that expect a refusal. */
  send<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  cookie: string;
};

export type RunningProduct = {
  url: string;
  /** Everything the gateway logged, one JSON line per entry. */
  logs: string[];
  graphql(username: string, password?: string): Promise<ProductClient>;
  stop(): Promise<void>;
};

/**
 * The product as `npm start` runs it: the built gateway serving the built apps, on a free
 * port, over a fresh embedded database seeded with the demo mall.
 */
export async function startProduct(): Promise<RunningProduct> {
  if (!existsSync(gatewayMain)) {
    throw new Error(`${gatewayMain} is missing: build the gateway first (pnpm --filter @kefu/gateway build)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'kefu-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', KEFU_DATA_DIR: dataDir, KEFU_SEED_DEMO: 'true' };
  // The embedded database, whatever the surrounding shell points at.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  for (const app of ['admin', 'portal'] as const) {
    if (existsSync(join(builtApp(app), 'index.html'))) env[`KEFU_${app.toUpperCase()}_DIR`] = builtApp(app);
  }

  const child = spawn(process.execPath, [gatewayMain], { cwd: dirname(gatewayMain), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const url = await waitUntilReady(child, logs).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });

  return {
    url,
    logs,
    graphql: (username, password = 'kefu-demo') => signIn(url, username, password),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the gateway's base URL once it logs that it is ready. */
export function waitUntilReady(child: ChildProcess, logs: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start in ${START_TIMEOUT_MS} ms:\n${logs.join('\n')}`)), START_TIMEOUT_MS);
    createInterface({ input: child.stderr! }).on('line', (line) => logs.push(line));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; health?: string };
      if (entry.msg === 'kefu is ready' && entry.health) {
        clearTimeout(timer);
        resolve(entry.health.replace(/\/healthz$/, ''));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited with ${code} before it was ready:\n${logs.join('\n')}`));
    });
  });
}

/** Signs in over GraphQL, as the apps do, and returns a client holding the session cookie. */
export async function signIn(url: string, username: string, password: string): Promise<ProductClient> {
  const headers = { 'content-type': 'application/json', 'x-kefu-csrf': '1', 'accept-language': 'en' };
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', variables: { u: username, p: password } }),
  });
  const loginBody = (await login.json()) as GraphQLResult<unknown>;
  const setCookie = login.headers.get('set-cookie');
  if (loginBody.errors?.length || !setCookie) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(loginBody.errors)}`);
  const cookie = setCookie.split(';')[0]!;

  async function send<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResult<T>;
  }
  return {
    cookie,
    send,
    async request<T>(query: string, variables: Record<string, unknown> = {}) {
      const result = await send<T>(query, variables);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL request as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
  };
}
