import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.KEFU_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs a PostgreSQL binary as the postgres user (the server refuses to run as root). */
async function asPostgres(binary: string, args: string[]) {
  const argv = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args]] as const : [join(BIN, binary), args] as const;
  return run(argv[0], [...argv[1]], { timeout: 60_000 });
}

export type OwnPostgres = {
  url: string;
  port: number;
  /** `immediate` is a crash (recovery from the WAL on start), `fast` a clean shutdown. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
};

/**
 * A throwaway PostgreSQL cluster of the test's own (initdb + pg_ctl on a free port, the machine's
 * binaries), so it can be stopped and restarted mid-test without touching the shared service.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'kefu-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    await chown(dir, ...(await postgresIds()));
  }
  await chmod(dir, 0o700);
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = async () => {
    await asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    async stop(mode = 'immediate') {
      await asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
    },
    async destroy() {
      await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return [Number(uid.trim()), Number(gid.trim())];
}

/**
 * The server PostgreSQL the reliability run uses: DATABASE_URL when set (CI), otherwise a
 * cluster of its own. Returns an admin URL and a cleanup.
 */
export async function serverPostgres(): Promise<{ url: string; done(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, done: async () => {} };
  const own = await startOwnPostgres();
  return { url: own.url, done: () => own.destroy() };
}
