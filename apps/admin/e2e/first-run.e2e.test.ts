import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUILT_APPS,
  createServerDatabase,
  openBrowser,
  runSetupCli,
  startProductionProduct,
  type InstallTarget,
  type ProductionProduct,
  type ServerDatabase,
} from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from './sign-in';

const DIRECTOR = { username: 'li.na', name: '李娜', password: '春季交接-spring-2026' };
const SETUP_FLAGS = [
  '--site-name', '新城建材广场',
  '--site-name-en', 'Xincheng Building-Materials Plaza',
  '--timezone', 'Asia/Shanghai',
  '--director-username', DIRECTOR.username,
  '--director-name', DIRECTOR.name,
];

// The embedded database always; the server PostgreSQL too when DATABASE_URL points at one.
const installations = process.env.DATABASE_URL ? (['embedded', 'server'] as const) : (['embedded'] as const);

/** Every Content-Security-Policy complaint Chromium reports on the page's console. */
function watchCsp(page: Page, violations: string[] = []): string[] {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe.each(installations)('a new installation on the %s database', (kind) => {
  let server: ServerDatabase | undefined;
  let dataDir: string | undefined;
  let target: InstallTarget;
  let product: ProductionProduct | undefined;
  let browser: Browser;

  beforeAll(async () => {
    if (kind === 'server') {
      server = await createServerDatabase();
      target = { databaseUrl: server.url };
    } else {
      dataDir = await mkdtemp(join(tmpdir(), 'kefu-first-run-'));
      target = { dataDir };
    }
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    await server?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is set up by the command with flags, and refuses a second run', async () => {
    const setup = await runSetupCli(target, SETUP_FLAGS, DIRECTOR.password);
    expect(setup.stderr).toBe('');
    expect(setup.code).toBe(0);
    expect(setup.stdout).toContain('Done: site main (Xincheng Building-Materials Plaza) with 10 positions');

    const again = await runSetupCli(target, SETUP_FLAGS, DIRECTOR.password);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Site main is already set up; nothing was changed.');
  });

  it('starts in production mode with no demo data, serving the built apps compressed and with their security headers', async () => {
    product = await startProductionProduct(target);
    expect(product.logs.join('\n')).not.toContain('demo data seeded');

    const demoSignIn = await fetch(`${product.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1' },
      body: JSON.stringify({ query: 'mutation { login(username: "director", password: "kefu-demo") { username } }' }),
    });
    expect(((await demoSignIn.json()) as { errors?: unknown[] }).errors).toHaveLength(1);

    expect(BUILT_APPS).toContain('admin');
    for (const app of BUILT_APPS) {
      const page = await fetch(`${product.url}/${app}/`);
      const html = await page.text();
      expect(page.headers.get('content-security-policy'), app).toContain("default-src 'self'");
      expect(page.headers.get('content-security-policy'), app).toContain("frame-ancestors 'none'");
      expect(page.headers.get('referrer-policy'), app).toBe('no-referrer');
      // Over plain HTTP there is no HSTS.
      expect(page.headers.get('strict-transport-security'), app).toBeNull();
      // No inline script: every <script> loads a file of the app's own.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, app).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, app).toMatch(new RegExp(`src="/${app}/assets/`));
        expect(body!.trim(), app).toBe('');
      }
      const entry = /src="(\/[^"]+\.js)"/.exec(html)![1]!;
      // fetch() decodes the body itself; the header says what was sent.
      const asset = await fetch(`${product.url}${entry}`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(asset.headers.get('content-encoding'), entry).toBe('br');
      expect(asset.headers.get('vary'), entry).toBe('Accept-Encoding');
      expect((await asset.text()).length, entry).toBeGreaterThan(1000);
    }
  });

  it('lets the director sign in through the admin app and see the org chart, with no CSP violation', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: DESKTOP });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const violations = watchCsp(page);
    const entryEncodings: string[] = [];
    page.on('response', (response) => {
      if (/\/admin\/assets\/index-[^/]+\.js$/.test(response.url())) entryEncodings.push(response.headers()['content-encoding'] ?? 'none');
    });

    await page.goto(`${product!.url}/admin/org`);
    await page.waitForURL((url) => url.pathname.endsWith('/sign-in'));
    await page.getByLabel(/^用户名/).fill(DIRECTOR.username);
    await page.getByLabel(/^密码/).fill(DIRECTOR.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/org');
    await page.getByRole('heading', { name: '组织架构', level: 1 }).waitFor();
    // The catalogue's positions, the director's held and the others open.
    for (const title of ['客户服务部经理', '客户服务部副经理', '导购车辆队长']) {
      await page.locator('.react-flow__node').filter({ hasText: title }).first().waitFor();
    }
    expect(await page.locator('.react-flow__node').count()).toBe(10);
    // The browser got the precompressed entry script (it offers brotli over HTTPS only).
    expect(entryEncodings).toHaveLength(1);
    expect(['br', 'gzip']).toContain(entryEncodings[0]);

    // The portal, when built, renders under the same policy.
    if (BUILT_APPS.includes('portal')) {
      const portal = await context.newPage();
      watchCsp(portal, violations);
      await portal.goto(`${product!.url}/portal/`);
      await portal.getByRole('button').first().waitFor();
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
