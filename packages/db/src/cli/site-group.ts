// `npm run site-group`: the operator sets up a group of sites (集团) and its readers. See site-group-command.ts, or run it with --help.
import { fileURLToPath } from 'node:url';
import { runSiteGroup } from './site-group-command.js';

process.exitCode = await runSiteGroup(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  defaultDataDir: fileURLToPath(new URL('../../../../.data/kefu', import.meta.url)),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
