import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../engine/open-database.js';
import { listKpiGroups } from '../kpi/index.js';
import { runSetup } from './setup-command.js';
import { runSiteGroup } from './site-group-command.js';

const collect = (into: string[]) => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => into.push(chunk.toString('utf8')));
  return stream;
};
const io = (out: string[], err: string[]) => ({ stdout: collect(out), stderr: collect(err), env: {}, defaultDataDir: '/nonexistent/kefu-default', cwd: process.cwd() });

/** Runs the command as an operator would, against an embedded database of its own (the logic runs on both engines in set-up-site-group's test). */
async function siteGroup(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSiteGroup(args, io(out, err));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('npm run site-group', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kefu-site-group-'));
    const setup = await runSetup(
      ['--site-name', '万达广场', '--site-code', 'wanda', '--director-username', 'wang.li', '--director-name', '王丽', '--data-dir', dir, '--password-stdin'],
      { ...io([], []), stdin: Readable.from(['春季交接-spring-2026\n']) },
    );
    expect(setup).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates a group with the site and its reader, and says so in both languages', async () => {
    const run = await siteGroup(['--group', 'wanda-group', '--name', '万达集团', '--name-en', 'Wanda Group', '--site', 'wanda', '--reader', 'wang.li', '--data-dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('完成：集团 wanda-group已创建，含 1 个站点，1 个可查看账号。');
    expect(run.stdout).toContain('Done: group wanda-group created, 1 sites, 1 reader accounts.');
    const db = await openDatabase({ dataDir: dir });
    try {
      expect(await listKpiGroups(db)).toEqual([expect.objectContaining({ code: 'wanda-group', name: { zh: '万达集团', en: 'Wanda Group' } })]);
    } finally {
      await db.close();
    }
  });

  it('refuses an unknown site in both languages, and asks for the group’s code', async () => {
    const unknown = await siteGroup(['--group', 'wanda-group', '--site', 'nowhere', '--data-dir', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有代码为 nowhere 的站点。');
    expect(unknown.stderr).toContain('There is no site with the code nowhere. Nothing was written.');
    const usage = await siteGroup(['--data-dir', dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Missing --group');
  });
});
