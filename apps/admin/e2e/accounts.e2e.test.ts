import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');
const PHONE = { width: 375, height: 812 };

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  product = await startProduct();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function expectAccessible(page: Page, screen: string) {
  const violations = await checkAccessibility(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function openPortalTab(page: Page) {
  await page.goto(`${product.url}/admin/requesters`);
  await page.getByRole('searchbox', { name: '查找档案' }).fill('鑫源');
  await page.getByRole('table', { name: '来访人档案' }).getByRole('link', { name: '鑫源瓷砖' }).click();
  await page.getByRole('tab', { name: '网上服务账号' }).click();
}

describe('portal sign-ins for merchants and owners (网上服务账号)', () => {
  it('a clerk invites 鑫源瓷砖; the invitation is used in the portal and the merchant sees the shop’s requests', async () => {
    const clerk = await signIn(browser, product, 'hall_clerk');
    await openPortalTab(clerk);
    await clerk.getByRole('button', { name: '生成邀请' }).click();
    const link = (await clerk.getByTestId('invitation-link').textContent())!.trim();
    const code = (await clerk.getByTestId('invitation-code').textContent())!.trim();
    expect(link).toBe(`${product.url}/portal/?invitation=${code}`);
    await clerk.getByRole('table', { name: '邀请记录' }).getByText('待使用').waitFor();
    await expectAccessible(clerk, 'portal sign-ins tab');
    await clerk.screenshot({ path: join(screenshots, 'admin-requester-portal-access.png'), fullPage: true });

    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const portal = await context.newPage();
    portal.setDefaultTimeout(15_000);
    await portal.goto(link);
    await portal.getByRole('heading', { name: '开通网上服务账号' }).waitFor();
    await expect(portal.getByLabel('邀请码').inputValue()).resolves.toBe(code);
    await portal.getByLabel('设置账号').fill('xinyuan.dianzhang');
    await portal.getByLabel('设置密码').fill('鑫源-2026');
    await portal.getByRole('button', { name: '开通并登录' }).click();
    await portal.getByText(/密码太短/).waitFor();
    await expectAccessible(portal, 'portal invitation form');
    await portal.screenshot({ path: join(screenshots, 'portal-invitation.png') });
    await portal.getByLabel('设置密码').fill('鑫源瓷砖-店长-2026');
    await portal.getByRole('button', { name: '开通并登录' }).click();
    await portal.getByRole('heading', { name: '我的请求' }).waitFor();
    await portal.locator('.card').first().waitFor();
    expect(new URL(portal.url()).search).toBe('');
    await context.close();

    await clerk.reload();
    await clerk.getByRole('tab', { name: '网上服务账号' }).click();
    await clerk.getByRole('table', { name: '登录账号' }).getByText('xinyuan.dianzhang').waitFor();
    await clerk.getByRole('table', { name: '邀请记录' }).getByText('已使用').waitFor();
  });

  it('the portal tab works at phone width', async () => {
    const page = await signIn(browser, product, 'archive_clerk', PHONE);
    await openPortalTab(page);
    await page.getByRole('table', { name: '登录账号' }).waitFor();
    await expectAccessible(page, 'portal sign-ins tab at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-requester-portal-access-375.png'), fullPage: true });
  });

  it('the director reads the account audit log, the invitation and its use in it', async () => {
    const page = await signIn(browser, product, 'director');
    await page.getByRole('link', { name: '账号审计' }).click();
    const log = page.getByRole('table', { name: '账号审计日志' });
    await log.getByText('邀请已使用').waitFor();
    await log.getByText('发出邀请').first().waitFor();
    await expectAccessible(page, 'account audit');
    await page.screenshot({ path: join(screenshots, 'admin-account-audit.png') });

    const phone = await signIn(browser, product, 'director', PHONE);
    await phone.goto(`${product.url}/admin/account-audit`);
    await phone.getByRole('table', { name: '账号审计日志' }).getByText('邀请已使用').waitFor();
    await phone.screenshot({ path: join(screenshots, 'admin-account-audit-375.png') });
  });
});
