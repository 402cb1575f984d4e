import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_RULE } from '@kefu/domain/accounts';
import { findAccountForLogin, verifyPassword } from '../accounts/index.js';
import { openDatabase } from '../engine/open-database.js';
import { enginesUnderTest, type EngineName } from '../testing/test-database.js';
import { redactUrl, runSetup } from './setup-command.js';

type Target = { flags: string[]; open: () => ReturnType<typeof openDatabase>; drop: () => Promise<void> };

/** A database the command has never seen: an empty folder for PGlite, a new database on the server. */
async function freshTarget(engine: EngineName): Promise<Target> {
  if (engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'kefu-setup-'));
    return { flags: ['--data-dir', dir], open: () => openDatabase({ dataDir: dir }), drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.DATABASE_URL!;
  const name = `kefu_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    flags: ['--database-url', url.toString()],
    open: () => openDatabase({ databaseUrl: url.toString(), maxConnections: 1 }),
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Runs the command as a script would: no terminal, the password on standard input when given. */
async function setup(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const collect = (into: string[]) => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => into.push(chunk.toString('utf8')));
    return stream;
  };
  const code = await runSetup(args, {
    stdin: Readable.from([stdin]),
    stdout: collect(out),
    stderr: collect(err),
    // Neither the test runner's DATABASE_URL nor its KEFU_DATA_DIR may choose the target.
    env: {},
    defaultDataDir: '/nonexistent/kefu-default',
    cwd: process.cwd(),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const FLAGS = ['--site-name', '万达广场', '--site-name-en', 'Wanda Plaza', '--timezone', 'Asia/Shanghai', '--director-username', 'wang.li', '--director-name', '王丽'];
const PASSWORD = '春季交接-spring-2026';

describe.each(enginesUnderTest())('npm run setup (%s)', (engine) => {
  let target: Target;
  beforeAll(async () => {
    target = await freshTarget(engine);
  });
  afterAll(() => target.drop());

  it('refuses a weak password with the rule in both languages, before touching the database', async () => {
    const run = await setup([...FLAGS, ...target.flags, '--password-stdin'], 'wang.li2026\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(PASSWORD_RULE.zh);
    expect(run.stderr).toContain(PASSWORD_RULE.en);
    expect(run.stdout).not.toContain('migrated');
  });

  it('migrates and creates the site and the director, who can then sign in with the password typed', async () => {
    const run = await setup([...FLAGS, ...target.flags, '--password-stdin'], `${PASSWORD}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('migrated 001_foundation.sql');
    expect(run.stdout).toContain('完成：站点 main（万达广场）已创建，含 10 个岗位');
    expect(run.stdout).toContain('Done: site main (Wanda Plaza) with 10 positions');
    const db = await target.open();
    try {
      const login = await findAccountForLogin(db, 'wang.li');
      // The trailing newline of standard input is not part of the password.
      expect(await verifyPassword(PASSWORD, login!.passwordHash)).toBe(true);
      const [site] = await db.query<{ code: string; time_zone: string }>('SELECT code, time_zone FROM sites');
      expect(site).toEqual({ code: 'main', time_zone: 'Asia/Shanghai' });
    } finally {
      await db.close();
    }
    // Creating an embedded database on disk takes a while on a busy machine.
  }, 120_000);

  it('refuses to run a second time on the same site, says why and exits non-zero', async () => {
    const run = await setup([...FLAGS, ...target.flags, '--director-username', 'zhao.min', '--password', PASSWORD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('站点 main 已经设置过了，没有做任何更改。');
    expect(run.stderr).toContain('Site main is already set up; nothing was changed.');
    const db = await target.open();
    try {
      expect(await db.query('SELECT 1 FROM sites')).toHaveLength(1);
      expect(await findAccountForLogin(db, 'zhao.min')).toBeNull();
    } finally {
      await db.close();
    }
  });
});

describe('npm run setup with bad input', () => {
  it('names the database it cannot reach, without its password, and exits non-zero', async () => {
    const run = await setup([...FLAGS, '--password', PASSWORD, '--database-url', 'postgres://kefu:s3cret-pw@127.0.0.1:1/kefu']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('无法连接数据库 postgres://kefu:***@127.0.0.1:1/kefu');
    expect(run.stderr).toContain('Cannot reach the database at postgres://kefu:***@127.0.0.1:1/kefu');
    expect(run.stderr).not.toContain('s3cret-pw');
  });

  it('stops on a missing value when there is no terminal to ask on, naming the flag', async () => {
    const run = await setup(['--site-name', '万达广场', '--password', PASSWORD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('缺少 --director-username');
    expect(run.stderr).toContain('Missing --director-username');
  });

  it('refuses a time zone that does not exist', async () => {
    const run = await setup([...FLAGS, '--timezone', 'Asia/Atlantis', '--password', PASSWORD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('“Asia/Atlantis” is not a time zone');
  });

  it('names the flags whose values are malformed, before opening any database', async () => {
    const run = await setup([...FLAGS, '--director-username', 'li na', '--site-code', 'Main Mall', '--password', PASSWORD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing was written; these values are not valid: --site-code:');
    expect(run.stderr).toContain('--director-username: letters, digits and . _ - only');
    expect(run.stdout).not.toContain('migrated');
  });

  it('redacts only the password of a URL', () => {
    expect(redactUrl('postgres://kefu:pw@db.internal:5432/kefu?sslmode=require')).toBe('postgres://kefu:***@db.internal:5432/kefu?sslmode=require');
    expect(redactUrl('postgres://db.internal/kefu')).toBe('postgres://db.internal/kefu');
    expect(redactUrl('not a url :pw@')).toBe('(a DATABASE_URL that is not a URL)');
  });
});
