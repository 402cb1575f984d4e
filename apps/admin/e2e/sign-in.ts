import type { RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';

export const DESKTOP = { width: 1440, height: 900 };

/** A fresh browser context in zh-CN at the mall's time zone, signed in through the sign-in form. */
export async function signIn(browser: Browser, product: RunningProduct, username: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${product.url}/admin/sign-in`);
  await page.getByLabel(/^用户名/).fill(username);
  await page.getByLabel(/^密码/).fill('kefu-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  return page;
}
