// `pnpm --filter @kefu/db site-group`: the operator sets up a group of sites (集团) and its readers. See site-group-command.ts, or run it with --help.
import { fileURLToPath } from 'node:url';
import { runSiteGroup } from './site-group-command.js';

// pnpm passes a `--` typed before the flags through: it separates nothing here.
const argv = process.argv.slice(2);
process.exitCode = await runSiteGroup(argv[0] === '--' ? argv.slice(1) : argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  defaultDataDir: fileURLToPath(new URL('../../../../.data/kefu', import.meta.url)),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
