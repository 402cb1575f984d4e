import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn as signInAs } from './sign-in';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');

let product: RunningProduct;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  product = await startProduct();
  browser = await openBrowser();
});

afterEach(({ task }) => {
  if (task.result?.state === 'fail') process.stderr.write(`gateway log (last lines):\n${product?.logs.slice(-25).join('\n')}\n`);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const signIn = (username: string, viewport?: { width: number; height: number }): Promise<Page> => signInAs(browser, product, username, viewport);

describe('deadline policies per ticket kind', () => {
  it('the director reads complaints by 001 and sets the repairs’ own deadlines, with field errors first; a clerk only reads them', async () => {
    const director = await signIn('director');
    await director.goto(`${product.url}/admin/ticket-deadlines`);
    const complaint = director.getByRole('region', { name: '投诉', exact: true });
    await complaint.getByText('种子规定').waitFor();
    await complaint.getByText(/001 投诉接待 \(5\)/).waitFor();
    await complaint.getByRole('cell', { name: '当天' }).waitFor();
    // Complaints are the seed's: nothing to edit there.
    expect(await complaint.getByRole('button').count()).toBe(0);
    const repair = director.getByRole('region', { name: '报修', exact: true });
    await repair.getByText('产品默认', { exact: true }).waitFor();
    await director.screenshot({ path: join(screenshots, 'admin-deadline-policies.png'), fullPage: true });

    await repair.getByRole('button', { name: '修改“报修”的时限' }).click();
    const dialog = director.getByRole('dialog', { name: '修改“报修”的时限' });
    await dialog.getByLabel('重大 答复').fill('30');
    await dialog.getByLabel('重大 解决').fill('12');
    await dialog.getByRole('button', { name: '保存' }).click();
    // The domain's rule, on its field: the reply cannot be due after the resolution.
    await dialog.getByText('此时限不能晚于后一步（转呈 ≤ 答复 ≤ 解决）。').waitFor();
    await director.screenshot({ path: join(screenshots, 'admin-deadline-policy-form.png') });
    await dialog.getByLabel('重大 答复').fill('4');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await repair.getByText('本站设定', { exact: true }).waitFor();
    await repair.getByRole('row', { name: /重大/ }).getByRole('cell', { name: '12 小时' }).waitFor();
    expect(await checkAccessibility(director)).toEqual([]);

    // A clerk reads the same deadlines and edits none.
    const clerk = await signIn('floor_clerk', { width: 375, height: 812 });
    await clerk.goto(`${product.url}/admin/ticket-deadlines`);
    const seen = clerk.getByRole('region', { name: '报修', exact: true });
    await seen.getByText('本站设定', { exact: true }).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    await clerk.screenshot({ path: join(screenshots, 'admin-deadline-policies-375.png'), fullPage: true });

    // Back to the product's default.
    await repair.getByRole('button', { name: '恢复产品默认' }).click();
    await repair.getByText('产品默认', { exact: true }).waitFor();
  });
});
