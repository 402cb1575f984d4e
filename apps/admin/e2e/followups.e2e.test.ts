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

describe('回访 queue (followups)', () => {
  it('the office clerk records a failed call, a retry, and a reached call', async () => {
    const page = await signIn(browser, product, 'office_clerk');
    await page.goto(`${product.url}/admin/followups`);
    await page.getByRole('heading', { name: '回访', level: 1 }).waitFor();
    await page.getByRole('group', { name: '本月回访指标' }).getByText('回访处理率（目标 100%）').waitFor();
    const callable = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: '未接通' }) }).first();
    await callable.waitFor();
    const name = (await callable.getAttribute('aria-label'))!;
    const card = page.getByRole('listitem', { name });
    await expectAccessible(page, 'follow-up queue');
    await page.screenshot({ path: join(screenshots, 'admin-followups.png') });

    // 1. Nobody answers: the retry time is offered two hours ahead and saved.
    await card.getByRole('button', { name: '未接通' }).click();
    await expect(card.getByRole('textbox', { name: /再次致电时间/ }).inputValue()).resolves.not.toBe('');
    await card.getByRole('button', { name: '保存' }).click();
    await card.getByText(/未接通，再次致电/).first().waitFor();
    await card.getByText(/还可尝试 2 次/).waitFor();

    // 2. The retry: nobody answers again.
    await card.getByRole('button', { name: '未接通' }).click();
    await card.getByRole('button', { name: '保存' }).click();
    await card.getByText(/还可尝试 1 次/).waitFor();
    await expect(card.getByRole('list', { name: '致电记录' }).getByRole('listitem').count()).resolves.toBe(2);
    await page.screenshot({ path: join(screenshots, 'admin-followups-attempts.png') });

    // 3. Reached: satisfied, the follow-up leaves the team's open view.
    await card.getByRole('button', { name: '已接通' }).click();
    await card.getByRole('textbox', { name: '回访记录' }).fill('已确认修好，商户满意');
    await card.getByRole('button', { name: '保存' }).click();
    await card.waitFor({ state: 'detached' });
  });

  it('works at phone width', async () => {
    const page = await signIn(browser, product, 'office_clerk', PHONE);
    await page.goto(`${product.url}/admin/followups`);
    await page.getByRole('heading', { name: '回访', level: 1 }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    await expectAccessible(page, 'follow-up queue at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-followups-375.png') });
  });
});
