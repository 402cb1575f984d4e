import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, signIn } from './sign-in';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');
const PHONE = { width: 375, height: 812 };

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

/** The intake form filled in, with a title pasted past its limit first: refused, then shortened. */
async function fillIntake(page: Page, title: string, description: string, screenshot: string) {
  await page.goto(`${product.url}/admin/tickets/new`);
  const intake = page.getByRole('form', { name: '登记工单' });
  await intake.waitFor();
  await intake.getByRole('textbox', { name: '来访人', exact: true }).fill('鑫源');
  await page.getByRole('option', { name: /鑫源瓷砖 A1-018/ }).click();
  const titleInput = intake.getByRole('textbox', { name: '标题', exact: true });
  await titleInput.fill(`${title}${'，'.repeat(130 - title.length)}`);
  await intake.getByRole('textbox', { name: '详细情况', exact: true }).fill(description);
  await intake.getByText('最多 120 个字，当前 130 个字，请删减。').waitFor();
  expect(await titleInput.inputValue()).toHaveLength(130);
  await page.screenshot({ path: join(screenshots, screenshot) });
  await titleInput.fill(title);
  await intake.getByText(`${title.length} / 120`).waitFor();
}

const TICKETS_TITLED = `query ($text: String!) { tickets(first: 10, filter: { text: $text }) { edges { node { title description } } } }`;
type Titled = { tickets: { edges: { node: { title: string; description: string } }[] } };

describe('a session that ends in the middle of a form', () => {
  it('keeps the intake form through a cleared session cookie and registers the ticket once after signing in again', async () => {
    const title = '电梯按钮失灵（会话过期后提交）';
    const description = '商户来电：B 区货梯二楼按钮按下无反应，已持续半小时。';
    const page = await signIn(browser, product, 'hall_clerk', DESKTOP);
    await fillIntake(page, title, description, 'admin-intake-limits.png');

    // The session ends (expiry, revocation or a cleared cookie look the same to the app).
    await page.context().clearCookies();
    await page.getByRole('button', { name: '保存工单' }).click();

    const dialog = page.getByRole('dialog', { name: '请重新登录' });
    await dialog.waitFor();
    expect(await page.getByRole('button', { name: '退出登录' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: '标题', exact: true }).inputValue()).toBe(title);
    await page.screenshot({ path: join(screenshots, 'admin-reauth-dialog.png') });

    await dialog.getByLabel(/^用户名/).fill('hall_clerk');
    await dialog.getByLabel(/^密码/).fill('kefu-demo');
    await dialog.getByRole('button', { name: '登录' }).click();

    await page.waitForURL(/\/admin\/tickets\/(?!new$)[^/]+$/);
    await page.getByRole('heading', { name: title }).waitFor();
    const director = await product.graphql('director');
    const found = await director.request<Titled>(TICKETS_TITLED, { text: title });
    expect(found.tickets.edges.map((edge) => edge.node)).toEqual([{ title, description }]);
    await page.context().close();
  });

  it('shows the counters and the re-sign-in dialog on a phone', async () => {
    const page = await signIn(browser, product, 'hall_clerk', PHONE);
    await fillIntake(page, '卫生间水龙头漏水', '商户来电：A 区一楼卫生间水龙头关不紧。', 'admin-intake-limits-375.png');
    await page.context().clearCookies();
    await page.getByRole('button', { name: '保存工单' }).click();
    await page.getByRole('dialog', { name: '请重新登录' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-reauth-dialog-375.png') });
    await page.context().close();
  });
});
