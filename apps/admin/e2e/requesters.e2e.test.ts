import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');
const PHONE = { width: 375, height: 812 };
/** A mobile number the demo seed gives no one. */
const WALK_IN_PHONE = '13987650421';

/** The day `days` from today on the mall's clock, as a date input takes it. */
function mallDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

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

  it('the hall clerk registers a call from a shopper not on file without leaving the intake form', async () => {
    const page = await signIn(browser, product, 'hall_clerk');
    await page.goto(`${product.url}/admin/tickets/new`);
    const intake = page.getByRole('form', { name: '登记工单' });
    await intake.waitFor();
    await intake.getByRole('button', { name: '登记新来访人' }).click();
    const caller = intake.getByRole('group', { name: '新来访人' });
    await caller.getByRole('textbox', { name: '姓名' }).fill('柳青青');
    await caller.getByRole('textbox', { name: '电话' }).fill(WALK_IN_PHONE);
    await intake.getByRole('textbox', { name: '标题', exact: true }).fill('二楼卫生间洗手液用完');
    await intake.getByRole('textbox', { name: '详细情况', exact: true }).fill('顾客来电：二楼东侧女卫生间洗手液已空，希望尽快补充。');
    await expectAccessible(page, 'intake with a new caller');
    await page.screenshot({ path: join(screenshots, 'admin-intake-new-caller.png') });
    await intake.getByRole('button', { name: '保存工单' }).click();

    // The ticket names the new requester.
    await page.waitForURL(/\/admin\/tickets\/(?!new$)[^/]+$/);
    const ticketId = decodeURIComponent(page.url().split('/').at(-1) ?? '');
    const requesterCard = page.getByRole('region', { name: '来访人' });
    await requesterCard.getByText(/柳青青/).waitFor();
    await requesterCard.getByText(WALK_IN_PHONE).waitFor();

    // And the requester has a file of their own, holding that ticket.
    await page.goto(`${product.url}/admin/requesters`);
    await page.getByRole('searchbox', { name: '查找档案' }).fill(WALK_IN_PHONE);
    const table = page.getByRole('table', { name: '来访人档案' });
    // The search answers after a pause: one row under the header once it has.
    await expect.poll(() => table.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    await table.getByText('柳青青').waitFor();
    await table.getByRole('link', { name: /柳青青/ }).click();
    await page.getByRole('heading', { name: '柳青青', level: 1 }).waitFor();
    const tickets = page.getByRole('table', { name: '工单' });
    await tickets.getByText('二楼卫生间洗手液用完').waitFor();
    await expect(tickets.getByRole('link').first().getAttribute('href')).resolves.toContain(encodeURIComponent(ticketId));
  });

  it('the archive clerk files a contract that runs out within 30 days and finds the merchant on the expiring list', async () => {
    const page = await signIn(browser, product, 'archive_clerk');
    await page.goto(`${product.url}/admin/requesters`);
    const expiring = page.getByRole('region', { name: '30 天内到期' });
    await expiring.waitFor();
    await page.getByRole('searchbox', { name: '查找档案' }).fill('鑫源');
    const table = page.getByRole('table', { name: '来访人档案' });
    await table.getByText('鑫源瓷砖').waitFor();
    await table.getByRole('link', { name: /鑫源瓷砖/ }).click();
    await page.getByRole('heading', { name: '鑫源瓷砖', level: 1 }).waitFor();

    await page.getByRole('tab', { name: '档案资料' }).click();
    const upload = page.getByRole('form', { name: '上传资料' });
    await upload.waitFor();
    const expiresOn = mallDay(20);
    await upload.getByLabel('到期日').fill(expiresOn);
    await upload.locator('input[type="file"]').setInputFiles({
      name: '鑫源瓷砖-租赁合同.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await expectAccessible(page, 'document upload');
    await page.screenshot({ path: join(screenshots, 'admin-requester-document-upload.png') });
    await upload.getByRole('button', { name: '上传' }).click();
    const documents = page.getByRole('table', { name: '档案资料' });
    const row = documents.getByRole('row').filter({ hasText: '鑫源瓷砖-租赁合同.pdf' });
    await row.waitFor();
    await row.getByText(expiresOn).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-requester-documents.png'), fullPage: true });

    await page.getByRole('link', { name: '返回来访人档案' }).click();
    const listed = page.getByRole('region', { name: '30 天内到期' }).getByRole('row').filter({ hasText: '鑫源瓷砖' }).filter({ hasText: expiresOn });
    await listed.waitFor();
    await expect(listed.getByRole('cell').nth(1).textContent()).resolves.toBe('租赁合同');
    await page.screenshot({ path: join(screenshots, 'admin-requesters-expiring.png'), fullPage: true });

    // The same screens at phone width.
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'expiring list at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-requesters-expiring-375.png'), fullPage: true });
    await listed.getByRole('link', { name: '鑫源瓷砖' }).click();
    await page.getByRole('tab', { name: '档案资料' }).click();
    await documents.getByText('鑫源瓷砖-租赁合同.pdf').waitFor();
    await expectAccessible(page, 'documents at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-requester-documents-375.png'), fullPage: true });
  });

  it('a new caller at phone width', async () => {
    const page = await signIn(browser, product, 'hall_clerk', PHONE);
    await page.goto(`${product.url}/admin/tickets/new`);
    const intake = page.getByRole('form', { name: '登记工单' });
    await intake.getByRole('button', { name: '登记新来访人' }).click();
    await intake.getByRole('group', { name: '新来访人' }).waitFor();
    await expectAccessible(page, 'new caller at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-intake-new-caller-375.png'), fullPage: true });
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
