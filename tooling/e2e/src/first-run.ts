import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import postgres from 'postgres';
import { repoRoot, signIn, waitUntilReady, type ProductClient } from './product.js';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const gatewayMain = join(repoRoot, 'apps', 'gateway', 'dist', 'main.js');
const setupCli = join(repoRoot, 'packages', 'db', 'src', 'cli', 'setup.ts');
const tsx = join(repoRoot, 'packages', 'db', 'node_modules', '.bin', 'tsx');

/**
 * The apps built at this point. The admin's tests are built after the admin; the portal is built
 * on its own schedule, so it is served (and checked) only when its build is there.
 */
export const BUILT_APPS = (['admin', 'portal'] as const).filter((app) => existsSync(join(repoRoot, 'apps', app, 'dist', 'index.html')));

/** Where a fresh installation keeps its data: a server database, or an embedded one's folder. */
export type InstallTarget = { databaseUrl: string } | { dataDir: string };

export type ServerDatabase = { url: string; drop(): Promise<void> };

/**
 * A new, empty database named uniquely on the server PostgreSQL of DATABASE_URL (or the local
 * default), as a new installation gets one; `drop()` removes it again.
 */
export async function createServerDatabase(adminUrl = process.env.DATABASE_URL || DEFAULT_SERVER): Promise<ServerDatabase> {
  const name = `kefu_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const targetFlags = (target: InstallTarget) => ('databaseUrl' in target ? ['--database-url', target.databaseUrl] : ['--data-dir', target.dataDir]);
const targetEnv = (target: InstallTarget) => ('databaseUrl' in target ? { DATABASE_URL: target.databaseUrl } : { KEFU_DATA_DIR: target.dataDir });

export type SetupRun = { code: number | null; stdout: string; stderr: string };

/** `npm run setup` with flags, as a script runs it: the password on standard input. */
export function runSetupCli(target: InstallTarget, flags: string[], password: string): Promise<SetupRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.KEFU_DATA_DIR;
  const child = spawn(tsx, [setupCli, ...flags, ...targetFlags(target), '--password-stdin'], { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(`${password}\n`);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export type ProductionProduct = {
  url: string;
  logs: string[];
  graphql(username: string, password: string): Promise<ProductClient>;
  stop(): Promise<void>;
};

/** The built gateway as a real installation runs it: NODE_ENV=production, serving the built apps. */
export async function startProductionProduct(target: InstallTarget): Promise<ProductionProduct> {
  if (!existsSync(gatewayMain)) throw new Error(`${gatewayMain} is missing: build the gateway first (pnpm --filter @kefu/gateway build)`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
  };
  for (const app of BUILT_APPS) env[`KEFU_${app.toUpperCase()}_DIR`] = join(repoRoot, 'apps', app, 'dist');
  delete env.DATABASE_URL;
  delete env.KEFU_DATA_DIR;
  delete env.KEFU_SEED_DEMO;
  Object.assign(env, targetEnv(target));
  const child = spawn(process.execPath, [gatewayMain], { cwd: dirname(gatewayMain), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const url = await waitUntilReady(child, logs).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url,
    logs,
    graphql: (username, password) => signIn(url, username, password),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
