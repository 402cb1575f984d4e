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

/** Yesterday on the mall's clock, `YYYY-MM-DD`: its 10:00 is always in the past, whatever the hour the test runs. */
const yesterdayOnSiteClock = (): string => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
};

async function pick(page: Page, input: ReturnType<Page['getByRole']>, option: string | RegExp) {
  await input.click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('reception (接待登记) and messages (留言)', () => {
  it('the hall clerk logs a late walk-in answered on the spot, and turns a leak report into a repair ticket', async () => {
    const page = await signIn(browser, product, 'hall_clerk');
    await page.goto(`${product.url}/admin/reception`);
    await page.getByRole('heading', { name: '接待登记', level: 1 }).waitFor();

    const day = yesterdayOnSiteClock();
    await page.getByRole('button', { name: '登记接待' }).click();
    let dialog = page.getByRole('dialog', { name: '登记接待' });
    await dialog.getByRole('textbox', { name: /事由/ }).fill('问停车场出口在哪里');
    await dialog.getByLabel(/到达时间/).fill(`${day}T10:00`);
    await dialog.getByLabel(/接待时间/).fill(`${day}T10:04`);
    await pick(page, dialog.getByRole('textbox', { name: '处理结果' }), '当场答复');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: '接待记录' });
    const walkIn = table.getByRole('row').filter({ hasText: '问停车场出口在哪里' });
    await walkIn.getByText('超时 · 等候 4 分 00 秒').waitFor();
    await expect(walkIn.getByText('当场答复').count()).resolves.toBe(1);

    await page.getByRole('button', { name: '登记接待' }).click();
    dialog = page.getByRole('dialog', { name: '登记接待' });
    await pick(page, dialog.getByRole('textbox', { name: /类别/ }), '报修');
    await dialog.getByRole('textbox', { name: /事由/ }).fill('B2 卫生间漏水');
    await expectAccessible(page, 'reception form');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const leak = table.getByRole('row').filter({ hasText: 'B2 卫生间漏水' });
    await leak.getByRole('button', { name: /处理结果/ }).click();
    await page.getByRole('menuitem', { name: '转为工单' }).click();
    dialog = page.getByRole('dialog', { name: '转为工单' });
    const requester = dialog.getByRole('textbox', { name: /来访人|报修人|投诉人|requester/i }).first();
    await requester.fill('鑫源');
    await page.getByRole('option', { name: /鑫源瓷砖/ }).first().click();
    await pick(page, dialog.getByRole('textbox', { name: '报修类别' }), '漏水');
    await dialog.getByRole('button', { name: '生成工单' }).click();
    await dialog.waitFor({ state: 'detached' });
    await leak.getByRole('link', { name: /^已转工单 KF-/ }).waitFor();

    await expectAccessible(page, 'reception');
    await page.screenshot({ path: join(screenshots, 'admin-reception.png'), fullPage: true });
  });

  it('the office clerk takes a message for the floor supervisor, who acknowledges it', async () => {
    const clerk = await signIn(browser, product, 'office_clerk');
    await clerk.goto(`${product.url}/admin/messages`);
    await clerk.getByRole('button', { name: '记录留言' }).click();
    const dialog = clerk.getByRole('dialog', { name: '记录留言' });
    const receiver = dialog.getByRole('textbox', { name: /收件人/ });
    await receiver.fill('孙丽');
    await clerk.getByRole('option', { name: /孙丽/ }).first().click();
    await dialog.getByRole('textbox', { name: /留言人/ }).fill('鑫源瓷砖 刘志强');
    await dialog.getByRole('textbox', { name: /留言内容/ }).fill('请回电商量周末促销场地');
    await dialog.getByRole('button', { name: '保存留言' }).click();
    await dialog.waitFor({ state: 'detached' });
    await clerk.getByRole('tab', { name: '我记录的' }).click();
    await clerk.getByRole('article', { name: '鑫源瓷砖 刘志强 的留言' }).getByText(/^未确认/).waitFor();

    const supervisor = await signIn(browser, product, 'floor_supervisor');
    await supervisor.goto(`${product.url}/admin/messages`);
    const card = supervisor.getByRole('article', { name: '鑫源瓷砖 刘志强 的留言' });
    await card.getByRole('button', { name: '确认收到' }).click();
    await card.getByText(/已确认/).waitFor();
    await expectAccessible(supervisor, 'messages');
    await supervisor.screenshot({ path: join(screenshots, 'admin-messages.png') });

    await clerk.reload();
    await clerk.getByRole('tab', { name: '我记录的' }).click();
    await clerk.getByRole('article', { name: '鑫源瓷砖 刘志强 的留言' }).getByText(/已确认/).waitFor();
  });

  it('works at phone width', async () => {
    const page = await signIn(browser, product, 'hall_clerk', PHONE);
    await page.goto(`${product.url}/admin/reception`);
    await page.getByRole('table', { name: '接待记录' }).getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'reception at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-reception-375.png') });
    await page.goto(`${product.url}/admin/messages`);
    await page.getByRole('heading', { name: '留言', level: 1 }).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-messages-375.png') });
  });
});
