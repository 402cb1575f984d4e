import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { migrate } from '../engine/migrate.js';
import { openDatabase } from '../engine/open-database.js';
import { setUpSiteGroup, type SiteGroupSetupRefusal } from '../kpi/index.js';
import { redactUrl } from './setup-command.js';

export type SiteGroupIo = { stdout: Writable; stderr: Writable; env: NodeJS.ProcessEnv; defaultDataDir: string; cwd: string };

const USAGE = `pnpm --filter @kefu/db site-group --group <code> [options]

  设置集团：创建集团、把商场站点归入集团、指定可查看集团绩效的账号。管理端不编辑集团。
  Sets up a group of sites (集团): creates it, puts sites in it, names the accounts that read its KPIs.
  The admin app never edits groups. Running it again changes nothing.

  --group <code>                集团代码 the group's code, a-z 0-9 - (required)
  --name <name>                 集团名称 its name (Chinese; required when the group is new)
  --name-en <name>              English name (default: the same as --name)
  --site <code>                 a site to put in the group (repeat for several)
  --reader <username>           a staff account that reads the group's figures (repeat for several)
  --database-url <url>          a server PostgreSQL (default: DATABASE_URL)
  --data-dir <folder>           the embedded database's folder when no server is given (default: KEFU_DATA_DIR or .data/kefu)
`;

const OPTIONS = {
  group: { type: 'string' },
  name: { type: 'string' },
  'name-en': { type: 'string' },
  site: { type: 'string', multiple: true },
  reader: { type: 'string', multiple: true },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const say = (out: Writable, zh: string, en: string) => out.write(`${zh}\n${en}\n`);

const REFUSALS: Record<SiteGroupSetupRefusal['reason'], (v: string) => [string, string]> = {
  invalid_code: (v) => [`集团代码 “${v}” 无效：只能用小写字母、数字和 -。`, `“${v}” is not a group code: a-z, 0-9 and - only.`],
  name_required: (v) => [`集团 ${v} 尚不存在：请用 --name 给出名称。`, `There is no group ${v} yet: give its name with --name.`],
  unknown_site: (v) => [`没有代码为 ${v} 的站点。`, `There is no site with the code ${v}.`],
  unknown_account: (v) => [`没有登录名为 ${v} 的账号。`, `There is no account named ${v}.`],
  not_staff: (v) => [`${v} 不是员工账号：只有员工账号可以查看集团绩效。`, `${v} is not a staff account: only staff accounts read a group's figures.`],
};

/** `pnpm --filter @kefu/db site-group`: returns the process's exit code (0 done, 1 refused or failed, 2 usage). */
export async function runSiteGroup(argv: string[], io: SiteGroupIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (!args.group) {
    say(io.stderr, '缺少 --group（集团代码）。', 'Missing --group (the group’s code).');
    io.stderr.write(`\n${USAGE}`);
    return 2;
  }
  const databaseUrl = args['database-url'] || io.env.DATABASE_URL || undefined;
  const dataDir = resolve(io.cwd, args['data-dir'] || io.env.KEFU_DATA_DIR || io.defaultDataDir);
  let db;
  try {
    db = await openDatabase(databaseUrl ? { databaseUrl, maxConnections: 2 } : { dataDir });
  } catch (error) {
    say(io.stderr, `无法打开数据库 ${databaseUrl ? redactUrl(databaseUrl) : dataDir}。`, `Cannot open the database at ${databaseUrl ? redactUrl(databaseUrl) : dataDir}.`);
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    await migrate(db, (line) => io.stdout.write(`${line}\n`));
    const name = args.name ? { zh: args.name, en: args['name-en'] ?? args.name } : null;
    const result = await setUpSiteGroup(db, { code: args.group, name, siteCodes: args.site ?? [], readerUsernames: args.reader ?? [] });
    if (!result.ok) {
      const [zh, en] = REFUSALS[result.error.reason](result.error.value);
      say(io.stderr, `${zh}未写入任何内容。`, `${en} Nothing was written.`);
      return 1;
    }
    say(
      io.stdout,
      `完成：集团 ${args.group}${result.created ? '已创建' : ''}，含 ${result.siteCount} 个站点，${result.readerCount} 个可查看账号。`,
      `Done: group ${args.group}${result.created ? ' created' : ''}, ${result.siteCount} sites, ${result.readerCount} reader accounts.`,
    );
    return 0;
  } catch (error) {
    say(io.stderr, '设置失败，未写入任何内容。', 'Setup failed; nothing was written.');
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db.close().catch(() => {});
  }
}
