import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');
const NEW_PASSWORD = '鑫源瓷砖-店长-2026';

describe('a merchant looks after their own sign-in from the portal, on a phone', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    product = await startProduct();
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true, isMobile: true });
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('signs another device out, changes the password, and signs out everywhere', async () => {
    // Another device signed in before this one.
    await product.graphql('merchant1');
    await page.goto(`${product.url}/portal/`);
    await page.getByLabel('账号').fill('merchant1');
    await page.getByLabel('密码').fill('kefu-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的请求' }).waitFor();

    await page.getByRole('link', { name: '我的资料' }).click();
    await page.getByRole('link', { name: /账户与安全/ }).click();
    await page.getByRole('heading', { name: '账户与安全', level: 1 }).waitFor();
    const sessions = page.getByRole('list', { name: '登录设备' });
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    await sessions.getByRole('listitem').filter({ hasText: '本机' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'portal-account.png'), fullPage: true });

    await sessions.getByRole('button', { name: /^退出 .* 登录的设备$/ }).click();
    await page.getByText('该设备已退出登录。').waitFor();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);

    // The current password is required, and the wrong one is said so at its field.
    await page.getByLabel('当前密码').fill('not-the-password');
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('当前密码不正确。').waitFor();
    // The domain's rule, from the gateway, at the new password.
    await page.getByLabel('当前密码').fill('kefu-demo');
    await page.getByLabel('新密码', { exact: true }).fill('merchant1-2026');
    await page.getByLabel('再次输入新密码').fill('merchant1-2026');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => page.getByLabel('新密码', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await checkAccessibility(page)).toEqual([]);
    // The page at its top, so the sticky header sits where it belongs in the picture.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(screenshots, 'portal-account-password-rule.png'), fullPage: true });

    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改。其他设备上的登录已退出。').waitFor();
    const renewed = await product.graphql('merchant1', NEW_PASSWORD);
    expect(await renewed.request<{ viewer: { username: string } }>('{ viewer { username } }')).toEqual({ viewer: { username: 'merchant1' } });

    await page.getByRole('button', { name: '退出所有设备（包括本机）' }).click();
    await page.getByRole('button', { name: '确定，全部退出' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    // Everywhere means every device: the API client's session has ended too.
    const after = await renewed.send('{ viewer { username } }');
    expect(after.data?.viewer ?? null).toBeNull();
  });
});
