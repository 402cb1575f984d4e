import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { Writable, type Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { checkPassword, PASSWORD_PROBLEM_TEXT, PASSWORD_RULE, type PasswordProblem } from '@kefu/domain/accounts';
import { LOCALES, ValidationError, type Locale } from '@kefu/domain/shared';
import { isConnectionFailure } from '../engine/database-unavailable.js';
import { migrate } from '../engine/migrate.js';
import { openDatabase } from '../engine/open-database.js';
import { checkSiteSetupInput, isTimeZone, setUpSite, type SiteSetupInput, type SiteSetupRefusal } from '../setup/index.js';

export type SetupIo = {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** The embedded database's folder when neither --data-dir nor KEFU_DATA_DIR says otherwise. */
  defaultDataDir: string;
  /** Where a relative --data-dir starts from: the folder the person ran the command in. */
  cwd: string;
};

const USAGE = `npm run setup -- [options]

  首次安装：创建商场站点、客户服务部的岗位和第一位经理账号。
  First run: creates the mall's site, the department's positions and the first director account.

  --site-name <name>            商场名称 the mall's name (Chinese)
  --site-name-en <name>         English name (default: the same as --site-name)
  --site-code <code>            short code, a-z 0-9 - (default: main)
  --timezone <zone>             IANA time zone (default: Asia/Shanghai)
  --director-username <name>    经理的登录名 the director's sign-in name
  --director-name <name>        经理姓名 the director's full name
  --director-employee-no <no>   工号 employee number (default: 0001)
  --locale <zh-CN|en>           the director's language (default: zh-CN)
  --password <password>         the director's password (visible to other users of this machine: prefer --password-stdin)
  --password-stdin              read the password from standard input
  --database-url <url>          a server PostgreSQL (default: DATABASE_URL)
  --data-dir <folder>           the embedded database's folder when no server is given (default: KEFU_DATA_DIR or .data/kefu)

  Without a value it needs, it asks for it when run in a terminal, and stops otherwise.
`;

const OPTIONS = {
  'site-name': { type: 'string' },
  'site-name-en': { type: 'string' },
  'site-code': { type: 'string', default: 'main' },
  timezone: { type: 'string' },
  'director-username': { type: 'string' },
  'director-name': { type: 'string' },
  'director-employee-no': { type: 'string', default: '0001' },
  locale: { type: 'string', default: 'zh-CN' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean', default: false },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A line in both of the product's languages: zh-CN first, English second. */
const say = (out: Writable, zh: string, en: string) => out.write(`${zh}\n${en}\n`);

/** `npm run setup`: returns the process's exit code (0 done, 1 refused or failed, 2 usage). */
export async function runSetup(argv: string[], io: SetupIo): Promise<number> {
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
  if (!(LOCALES as readonly string[]).includes(args.locale)) {
    say(io.stderr, `--locale 只能是 ${LOCALES.join(' 或 ')}。`, `--locale must be ${LOCALES.join(' or ')}.`);
    return 2;
  }
  const locale = args.locale as Locale;
  if (args.password !== undefined && args['password-stdin']) {
    say(io.stderr, '--password 和 --password-stdin 只能用一个。', 'Give either --password or --password-stdin, not both.');
    return 2;
  }
  const piped = args['password-stdin'] ? await readAll(io.stdin) : undefined;
  const prompter = io.stdin.isTTY && !args['password-stdin'] ? openPrompter(io) : null;
  try {
    const ask = async (value: string | undefined, flag: string, zh: string, en: string, fallback?: string): Promise<string | null> => {
      if (value !== undefined) return value;
      if (!prompter) {
        if (fallback !== undefined) return fallback;
        say(io.stderr, `缺少 --${flag}（${zh}）。`, `Missing --${flag} (${en}).`);
        return null;
      }
      // Asked again until answered: every value here is required.
      for (;;) {
        const answer = (await prompter.question(`${zh} ${en}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback;
        if (answer) return answer;
      }
    };

    const siteName = await ask(args['site-name'], 'site-name', '商场名称', "The mall's name");
    const timeZone = await ask(args.timezone, 'timezone', '时区', 'Time zone', DEFAULT_TIME_ZONE);
    const username = await ask(args['director-username'], 'director-username', '经理的登录名', "The director's sign-in name");
    const directorName = await ask(args['director-name'], 'director-name', '经理姓名', "The director's full name");
    if (siteName === null || timeZone === null || username === null || directorName === null) {
      io.stderr.write(`\n${USAGE}`);
      return 2;
    }
    if (!isTimeZone(timeZone)) {
      say(io.stderr, `时区 “${timeZone}” 无效，例如 Asia/Shanghai。`, `“${timeZone}” is not a time zone; for example Asia/Shanghai.`);
      return 1;
    }

    let password = args.password ?? piped;
    if (password === undefined) {
      if (!prompter) {
        say(io.stderr, '缺少密码：用 --password-stdin 或 --password 给出。', 'Missing the password: give it with --password-stdin or --password.');
        return 2;
      }
      password = await promptPassword(prompter, io, username);
    }
    const checked = checkPassword(password, username);
    if (!checked.ok) {
      refuse(io, { reason: 'weak_password', problems: checked.error });
      return 1;
    }

    const input: SiteSetupInput = {
      siteCode: args['site-code'],
      siteName: { zh: siteName, en: args['site-name-en'] ?? siteName },
      timeZone,
      director: { username, name: directorName, employeeNo: args['director-employee-no'], password, locale },
    };
    try {
      // Before the database is opened: a typo costs nothing, not even a migration.
      checkSiteSetupInput(input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      invalid(io, error);
      return 1;
    }
    return await apply(input, { databaseUrl: args['database-url'] || io.env.DATABASE_URL || undefined, dataDir: resolve(io.cwd, args['data-dir'] || io.env.KEFU_DATA_DIR || io.defaultDataDir) }, io);
  } finally {
    prompter?.close();
  }
}

async function apply(input: SiteSetupInput, target: { databaseUrl: string | undefined; dataDir: string }, io: SetupIo): Promise<number> {
  const where = target.databaseUrl ? redactUrl(target.databaseUrl) : target.dataDir;
  let db;
  try {
    db = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl, maxConnections: 2 } : { dataDir: target.dataDir });
  } catch (error) {
    unreachable(io, where, error);
    return 1;
  }
  try {
    await migrate(db, (line) => io.stdout.write(`${line}\n`));
    const result = await setUpSite(db, input);
    if (!result.ok) {
      refuse(io, result.error);
      return 1;
    }
    const { siteCode, positions, directorUsername } = result.value;
    say(
      io.stdout,
      `完成：站点 ${siteCode}（${input.siteName.zh}）已创建，含 ${positions} 个岗位；经理 ${directorUsername} 现在可以登录管理端 /admin/。`,
      `Done: site ${siteCode} (${input.siteName.en}) with ${positions} positions; the director ${directorUsername} can now sign in to the admin app at /admin/.`,
    );
    return 0;
  } catch (error) {
    if (isUnreachable(error)) {
      unreachable(io, where, error);
      return 1;
    }
    if (error instanceof ValidationError) {
      invalid(io, error);
      return 1;
    }
    say(io.stderr, '设置失败，未写入任何内容。', 'Setup failed; nothing was written.');
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db.close().catch(() => {});
  }
}

function invalid(io: SetupIo, error: ValidationError): void {
  const issues = error.issues.map((i) => ({ flag: FLAG_OF_FIELD[i.field] ?? i.field, hint: HINTS[i.rule] ?? { zh: i.rule, en: i.rule }, limit: i.limit }));
  say(
    io.stderr,
    `输入有误，未写入任何内容：${issues.map((i) => `${i.flag}：${i.hint.zh}${i.limit ? `（${i.limit}）` : ''}`).join('；')}`,
    `Nothing was written; these values are not valid: ${issues.map((i) => `${i.flag}: ${i.hint.en}${i.limit ? ` (${i.limit})` : ''}`).join('; ')}`,
  );
}

const FLAG_OF_FIELD: Record<string, string> = {
  siteCode: '--site-code',
  'siteName.zh': '--site-name',
  'siteName.en': '--site-name-en',
  timeZone: '--timezone',
  'director.username': '--director-username',
  'director.name': '--director-name',
  'director.employeeNo': '--director-employee-no',
};

const HINTS: Record<string, { zh: string; en: string }> = {
  required: { zh: '不能为空', en: 'required' },
  too_long: { zh: '太长，最多字符数', en: 'too long, at most this many characters' },
  invalid_format: {
    zh: '只能用字母、数字和 . _ -（站点代码：小写字母、数字和 -）',
    en: 'letters, digits and . _ - only (site code: lower-case letters, digits and -)',
  },
  invalid_choice: { zh: '不是有效的时区', en: 'not a time zone' },
};

function refuse(io: SetupIo, refusal: SiteSetupRefusal): void {
  switch (refusal.reason) {
    case 'weak_password':
      say(io.stderr, `密码不符合要求（${problemText(refusal.problems, 'zh')}）。${PASSWORD_RULE.zh}`, `The password is refused (${problemText(refusal.problems, 'en')}). ${PASSWORD_RULE.en}`);
      return;
    case 'already_set_up':
      say(
        io.stderr,
        `站点 ${refusal.siteCode} 已经设置过了，没有做任何更改。请用已有的经理账号登录管理端，在那里添加人员和账号。`,
        `Site ${refusal.siteCode} is already set up; nothing was changed. Sign in with its director's account and add people and accounts in the admin app.`,
      );
      return;
    case 'username_taken':
      say(io.stderr, `登录名 ${refusal.username} 已被使用，请换一个。`, `The sign-in name ${refusal.username} is taken; choose another.`);
      return;
  }
}

const problemText = (problems: PasswordProblem[], lang: 'zh' | 'en'): string =>
  problems.map((p) => PASSWORD_PROBLEM_TEXT[p][lang]).join(lang === 'zh' ? '，' : ', ');

// Connection refused or lost, bad credentials (28xxx), or no such database (3D000).
const isUnreachable = (error: unknown): boolean => {
  if (isConnectionFailure(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (/^28/.test(code) || code === '3D000');
};

function unreachable(io: SetupIo, where: string, error: unknown): void {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  say(io.stderr, `无法连接数据库 ${where}：${reason}。未写入任何内容。`, `Cannot reach the database at ${where}: ${reason}. Nothing was written.`);
}

/** The URL as it can be shown: the password replaced, so logs and terminals never hold it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

type Prompter = Interface & { muted: boolean };

/** Questions on the terminal; while `muted`, what is typed is not echoed (passwords). */
function openPrompter(io: SetupIo): Prompter {
  const state = { muted: false };
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!state.muted) io.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: io.stdin, output, terminal: true });
  return Object.defineProperty(rl, 'muted', { get: () => state.muted, set: (v: boolean) => (state.muted = v) }) as Prompter;
}

/** Asks until a password passes the policy and is typed the same twice. */
async function promptPassword(prompter: Prompter, io: SetupIo, username: string): Promise<string> {
  say(io.stdout, PASSWORD_RULE.zh, PASSWORD_RULE.en);
  for (;;) {
    const first = await hidden(prompter, io, '经理的密码 Password: ');
    const checked = checkPassword(first, username);
    if (!checked.ok) {
      refuse(io, { reason: 'weak_password', problems: checked.error });
      continue;
    }
    if ((await hidden(prompter, io, '再输入一次 Again: ')) === first) return first;
    say(io.stderr, '两次输入的密码不一致。', 'The two passwords differ.');
  }
}

async function hidden(prompter: Prompter, io: SetupIo, question: string): Promise<string> {
  io.stdout.write(question);
  prompter.muted = true;
  try {
    return await prompter.question('');
  } finally {
    prompter.muted = false;
    io.stdout.write('\n');
  }
}
