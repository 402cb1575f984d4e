import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../../..', import.meta.url));
export const GATEWAY_DIR = `${REPO_DIR}apps/gateway`;

export type Child = { url: string; process: ChildProcess; stop(): Promise<void> };

/**
 * Refuses a port another process holds: a server left from an earlier run would answer the
 * health check and be measured in place of the one about to start.
 */
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    throw new Error(`port ${port} is taken (a server from an earlier run?): ${(error as Error).message}`);
  }
  await new Promise((resolve) => probe.close(resolve));
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      await fetch(url, { method: 'POST' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not come up`);
}

function stopper(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
}

/** Builds the gateway as it ships (one esbuild bundle): the benchmark measures the current code. */
export async function buildGateway(): Promise<void> {
  const child = spawn(process.execPath, ['build.mjs'], { cwd: GATEWAY_DIR, stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`gateway build failed (${code})`);
}

/**
 * The gateway's Node flags as it ships them (apps/gateway/node-flags.json), or those of
 * KEFU_BENCH_GATEWAY_FLAGS (space-separated) to measure others.
 */
function gatewayNodeFlags(): string[] {
  const trying = process.env.KEFU_BENCH_GATEWAY_FLAGS;
  if (trying !== undefined) return trying.split(' ').filter(Boolean);
  return JSON.parse(readFileSync(`${GATEWAY_DIR}/node-flags.json`, 'utf8')) as string[];
}

/** The built gateway, production settings, demo seed off; `--cpu-prof` into `profileDir` when given. */
export async function startGatewayProcess(databaseUrl: string, port: number, profileDir?: string, extraEnv: Record<string, string> = {}): Promise<Child> {
  await assertPortFree(port);
  const args = [...gatewayNodeFlags(), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'dist/main.js'];
  const child = spawn(process.execPath, args, {
    cwd: GATEWAY_DIR,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', KEFU_SEED_DEMO: 'false',
      // No escalation sweep: tickets must not move under the scenarios' fixtures.
      KEFU_ESCALATION_SWEEP_MINUTES: '0', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/healthz`, child);
  return { url, process: child, stop: stopper(child) };
}

/** The twin in a process of its own, as the gateway runs in its own; `--cpu-prof` into `profileDir` when given. */
export async function startTwinProcess(databaseUrl: string, port: number, profileDir?: string): Promise<Child> {
  await assertPortFree(port);
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'src/twin/main.ts'], {
    cwd: BENCH_DIR,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/twin/health`, child);
  return { url, process: child, stop: stopper(child) };
}

/** The floor (hand-written SQL → JSON) in a process of its own. */
export async function startFloorProcess(databaseUrl: string, port: number): Promise<Child> {
  await assertPortFree(port);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/floor/main.ts'], {
    cwd: BENCH_DIR,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/floor/health`, child);
  return { url, process: child, stop: stopper(child) };
}

/** Resident set size of a child process in MB (Linux /proc), or null where it cannot be read. */
export function residentMb(child: Child): number | null {
  try {
    const status = readFileSync(`/proc/${child.process.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * The share of the machine's CPU time that was busy over `ms` (Linux: /proc/stat), taken while the
 * bench runs nothing: other work on the machine. Null where /proc/stat is not there.
 */
export async function machineBusyShare(ms = 3_000): Promise<number | null> {
  const read = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      const idle = fields[3]! + (fields[4] ?? 0);
      return { idle, total: fields.reduce((sum, n) => sum + n, 0) };
    } catch {
      return null;
    }
  };
  const before = read();
  if (!before) return null;
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = read()!;
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : null;
}
