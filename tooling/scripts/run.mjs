#!/usr/bin/env node
// The README's two commands. `npm start` and `npm test` need only Node and npm: this script
// brings the pinned pnpm itself (corepack is not always usable), installs the workspace,
// then builds and starts the product or runs every check.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const log = (line) => process.stdout.write(`[kefu] ${line}\n`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    log(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/**
 * The pinned pnpm, first on PATH for this process and every child it starts: turbo looks the
 * package manager up on PATH, and so do its tasks, vite, vitest and the end-to-end runner. The
 * one already on PATH is used when it is the pinned version; otherwise a copy under .tools/.
 */
function pinPnpm() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim() === pinned) return 'pnpm';
  const binDir = join(root, '.tools', 'node_modules', '.bin');
  const local = join(binDir, process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
  if (!existsSync(local)) {
    log(`installing pnpm ${pinned} into .tools/`);
    run('npm', ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pinned}`]);
  }
  process.env.PATH = `${binDir}${delimiter}${process.env.PATH ?? ''}`;
  return local;
}

/**
 * The end-to-end tests drive the system's Chromium (browser downloads are not an option on
 * closed networks). On Debian as root it is installed from the distribution's packages.
 */
function ensureChromium() {
  const candidates = [process.env.KEFU_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  if (candidates.some((path) => path && existsSync(path))) return;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    log('the end-to-end tests need Chromium, and none was found. Install it (Debian, Ubuntu: sudo apt-get install -y chromium;');
    log('Fedora: sudo dnf install -y chromium) or set KEFU_CHROMIUM to a Chromium or Chrome binary, then run npm test again.');
    process.exit(1);
  }
  log('installing Chromium for the end-to-end tests (apt-get install chromium)');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
}

const command = process.argv[2];
const pnpm = pinPnpm();
log('installing dependencies');
run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline']);

if (command === 'start') {
  log('building');
  run(pnpm, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
  // The gateway's Node flags, shared with its `start` script and the bench (apps/gateway/node-flags.json).
  const nodeFlags = JSON.parse(readFileSync(join(root, 'apps', 'gateway', 'node-flags.json'), 'utf8'));
  const gateway = spawn(process.execPath, [...nodeFlags, 'dist/main.js'], {
    cwd: join(root, 'apps', 'gateway'),
    stdio: 'inherit',
    env: {
      KEFU_DATA_DIR: join(root, '.data', 'kefu'),
      KEFU_ADMIN_DIR: join(root, 'apps', 'admin', 'dist'),
      KEFU_PORTAL_DIR: join(root, 'apps', 'portal', 'dist'),
      ...process.env,
    },
  });
  // Pass stop signals on, so the gateway shuts down gracefully and the exit code is its own.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal));
  gateway.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else if (command === 'test') {
  ensureChromium();
  // Extra arguments go to turbo: `npm test -- --filter=@kefu/domain` checks one package.
  const only = process.argv.slice(3);
  log(only.length ? `lint, typecheck and tests (${only.join(' ')})` : 'lint, typecheck and tests of every package');
  run(pnpm, ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--output-logs=new-only', '--concurrency=1', ...only]);
  log('all checks passed');
} else if (command === 'reliability') {
  log('reliability run: isolation at scale, fuzzing, concurrency, a database that fails');
  run(pnpm, ['--filter', '@kefu/gateway', 'test:reliability']);
} else if (command === 'bench') {
  log('building the gateway the bench measures');
  run(pnpm, ['exec', 'turbo', 'run', 'build', '--filter=@kefu/gateway', '--output-logs=errors-only']);
  run(pnpm, ['--filter', '@kefu/bench', 'bench', ...process.argv.slice(3)]);
} else if (command === 'setup') {
  // The first run of an installation: the site, its positions and the director's account.
  run(pnpm, ['--silent', '--filter', '@kefu/db', 'run', 'setup', ...process.argv.slice(3)]);
} else if (command === 'schema-check') {
  run(pnpm, ['--filter', '@kefu/gateway', 'schema:check']);
} else {
  log('usage: run.mjs start|test|setup|reliability|bench|schema-check');
  process.exit(2);
}
