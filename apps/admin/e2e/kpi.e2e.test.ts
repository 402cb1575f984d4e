import { mkdir, readFile } from 'node:fs/promises';
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

describe('关键绩效 (KPIs) and the monthly report', () => {
  it('the director drills from the department into the floor team and a clerk’s tickets, sets a target and downloads the report', async () => {
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/kpi`);
    const figures = page.getByRole('table', { name: '指标与目标' });
    await figures.getByRole('row', { name: /^有效投诉次数/ }).waitFor();
    await expectAccessible(page, 'kpi dashboard');
    await page.screenshot({ path: join(screenshots, 'admin-kpi.png'), fullPage: true });

    await page.getByRole('table', { name: '下属团队' }).getByRole('button', { name: '卖场客服主管' }).click();
    await page.getByRole('heading', { name: /卖场客服主管 的指标/ }).waitFor();
    await page.getByRole('table', { name: '人员对比' }).getByRole('button', { name: '胡斌' }).click();
    await page.getByRole('heading', { name: /胡斌 的指标/ }).waitFor();
    await page.getByRole('heading', { name: '有效投诉工单' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-kpi-clerk.png'), fullPage: true });

    await page.getByRole('button', { name: '全场' }).click();
    // The site's figures replace the person's before the target is set: the form belongs to the page shown.
    await page.getByRole('heading', { name: /全场 的指标/ }).waitFor();
    await figures.getByRole('row', { name: /^有效投诉次数/ }).waitFor();
    await page.getByRole('textbox', { name: '指标' }).click();
    await page.getByRole('option', { name: '信息传递准确率' }).click();
    await page.getByRole('textbox', { name: '目标值' }).fill('95');
    await page.getByRole('button', { name: '保存目标' }).click();
    await figures.getByRole('row', { name: /信息传递准确率.*95%/ }).waitFor();

    await page.getByRole('link', { name: '月度报告' }).first().click();
    await page.getByRole('heading', { name: /月度报告/, level: 1 }).waitFor();
    await expectAccessible(page, 'monthly report');
    await page.screenshot({ path: join(screenshots, 'admin-kpi-report.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const file = await (await download).path();
    const bytes = await readFile(file!);
    // An .xlsx is a zip: it starts with PK.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('the director, the demo group’s reader, opens the group view: the member sites side by side with the group total', async () => {
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/kpi`);
    await page.getByRole('tab', { name: '集团' }).click();
    const table = page.getByRole('table', { name: '演示商业集团 各商场指标对比' });
    await table.getByRole('row', { name: /^有效投诉次数/ }).waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['指标', '建材商场', '集团合计']);
    // One member site: the group's count is the site's.
    const cells = await table.getByRole('row', { name: /^有效投诉次数/ }).getByRole('cell').allTextContents();
    expect(cells[2]).toBe(cells[1]!.replace(/[^\d]/g, ''));
    await page.getByRole('heading', { name: /演示商业集团 · \d{4}-\d{2}/ }).waitFor();
    await expectAccessible(page, 'kpi group view');
    await page.screenshot({ path: join(screenshots, 'admin-kpi-group.png'), fullPage: true });
  });

  it('works at phone width', async () => {
    const page = await signIn(browser, product, 'floor_supervisor', PHONE);
    await page.goto(`${product.url}/admin/kpi`);
    await page.getByRole('table', { name: '指标与目标' }).getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'kpi at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-kpi-375.png'), fullPage: true });
  });
});
