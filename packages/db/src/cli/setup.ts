// `npm run setup`: the first run of an installation. See setup-command.ts, or run it with --help.
import { fileURLToPath } from 'node:url';
import { runSetup } from './setup-command.js';

process.exitCode = await runSetup(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  defaultDataDir: fileURLToPath(new URL('../../../../.data/kefu', import.meta.url)),
  // npm records where `npm run setup` was typed; the script itself runs in packages/db.
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
