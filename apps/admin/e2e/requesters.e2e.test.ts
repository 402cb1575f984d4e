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

describe('requesters’ files (来访人档案)', () => {
  it('the archive clerk registers a walk-in, meets a taken phone and opens the existing file', async () => {
    const page = await signIn(browser, product, 'archive_clerk');
    await page.goto(`${product.url}/admin/requesters`);
    const table = page.getByRole('table', { name: '来访人档案' });
    await table.getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'requesters');
    await page.screenshot({ path: join(screenshots, 'admin-requesters.png') });

    await page.getByRole('searchbox', { name: '查找档案' }).fill('鑫源');
    await table.getByText('鑫源瓷砖').waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(2);
    const tilesPhone = (await table.getByRole('row').nth(1).getByRole('cell').nth(3).textContent())!.trim();

    await page.getByRole('button', { name: '新建档案' }).click();
    const dialog = page.getByRole('dialog', { name: '新建来访人档案' });
    await dialog.getByText('顾客', { exact: true }).click();
    await dialog.getByRole('textbox', { name: '电话' }).fill(tilesPhone);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByRole('button', { name: '使用这份档案' }).waitFor();
    await expectAccessible(page, 'duplicate offer');
    await dialog.getByRole('button', { name: '使用这份档案' }).click();
    const editing = page.getByRole('dialog', { name: '编辑来访人档案' });
    await expect(editing.getByRole('textbox', { name: /店名/ }).inputValue()).resolves.toBe('鑫源瓷砖');
    await page.screenshot({ path: join(screenshots, 'admin-requesters-form.png') });
    await editing.getByRole('button', { name: '取消' }).click();

    // An anonymous walk-in needs nothing at all.
    await page.getByRole('button', { name: '新建档案' }).click();
    await dialog.getByText('顾客', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('works at phone width', async () => {
    const page = await signIn(browser, product, 'hall_clerk', PHONE);
    await page.goto(`${product.url}/admin/requesters`);
    await page.getByRole('heading', { name: '来访人档案', level: 1 }).waitFor();
    await page.getByRole('table', { name: '来访人档案' }).getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'requesters at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-requesters-375.png') });
  });
});
