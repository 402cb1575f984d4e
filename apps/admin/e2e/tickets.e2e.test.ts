import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type AccessibilityViolation, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, signIn as signInAs } from './sign-in';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

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
  // The gateway's own log says why a step found nothing.
  if (task.result?.state === 'fail') process.stderr.write(`gateway log (last lines):\n${product?.logs.slice(-25).join('\n')}\n`);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

function signIn(username: string, viewport = DESKTOP): Promise<Page> {
  return signInAs(browser, product, username, viewport);
}

/** axe findings per screen, asserted at the end so one finding does not hide the rest of the flow. */
const findings = new Map<string, AccessibilityViolation[]>();

async function auditAccessibility(page: Page, screen: string) {
  const violations = await checkAccessibility(page);
  if (violations.length) findings.set(screen, violations);
}

const timelineSteps = (page: Page) =>
  page
    .getByRole('list', { name: '处理记录' })
    .locator('li[data-event-type]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-type')));

describe('ticket screens in the browser', () => {
  it('a phone complaint goes from intake through relay, resolution and follow-up to closed, all in the UI', async () => {
    const clerk = await signIn('hall_clerk');

    // The desk: the seeded queue, one page of it.
    await clerk.goto(`${product.url}/admin/tickets`);
    await clerk.getByRole('table', { name: '工单列表' }).getByRole('link').first().waitFor();
    await clerk.getByTestId('count-open').waitFor();
    await auditAccessibility(clerk, 'desk');
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-desk.png') });

    // Intake: the requester field has the focus, the deadlines show before saving, Enter saves.
    await clerk.getByRole('link', { name: '登记工单' }).first().click();
    const intake = clerk.getByRole('form', { name: '登记工单' });
    await intake.waitFor();
    const requester = intake.getByRole('textbox', { name: '来访人', exact: true });
    expect(await requester.evaluate((input) => input === document.activeElement)).toBe(true);
    await clerk.keyboard.type('鑫源');
    await clerk.getByRole('option', { name: /鑫源瓷砖 A1-018/ }).click();
    await clerk.getByRole('radiogroup', { name: '级别' }).getByText('重要', { exact: true }).click();
    await clerk.getByRole('textbox', { name: '标题', exact: true }).fill('A1-018 门口地砖开裂');
    await clerk.getByRole('textbox', { name: '详细情况', exact: true }).fill('商户来电：店门口两块地砖开裂，顾客容易绊倒，希望尽快处理。');
    await clerk.getByTestId('preview-handoverBy').filter({ hasText: '到期' }).waitFor();
    await auditAccessibility(clerk, 'intake');
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-intake.png') });
    await clerk.getByRole('textbox', { name: '位置', exact: true }).press('Enter');

    await clerk.waitForURL(/\/admin\/tickets\/(?!new$)[^/]+$/);
    const ticketUrl = clerk.url();
    const ticketId = decodeURIComponent(ticketUrl.split('/').at(-1) ?? '');
    const timeline = clerk.getByRole('list', { name: '处理记录' });
    await timeline.getByText('受理登记').waitFor();
    await auditAccessibility(clerk, 'detail (new)');

    // 传达: the clerk hands it to engineering.
    await clerk.getByRole('button', { name: '传达', exact: true }).click();
    const relay = clerk.getByRole('dialog');
    await relay.getByRole('textbox', { name: '传达至部门', exact: true }).click();
    await clerk.getByRole('option', { name: '工程部/维修部' }).click();
    await relay.getByRole('textbox', { name: '说明', exact: true }).fill('请工程部今天上门更换地砖');
    await relay.getByRole('button', { name: '传达', exact: true }).click();
    await timeline.getByText('传达至 工程维修部').waitFor();

    // The supervisor starts and resolves it while the clerk's page stays open.
    const supervisor = await signIn('merchant_supervisor');
    await supervisor.goto(ticketUrl);
    await supervisor.getByRole('button', { name: '开始处理' }).click();
    await supervisor.getByRole('dialog').getByRole('button', { name: '开始处理' }).click();
    await supervisor.getByRole('button', { name: '反馈结果' }).waitFor();
    await supervisor.getByRole('button', { name: '反馈结果' }).click();
    const resolve = supervisor.getByRole('dialog');
    await resolve.getByRole('textbox', { name: '处理结果', exact: true }).fill('工程部已更换两块地砖，商户现场确认。');
    await resolve.getByRole('button', { name: '反馈结果' }).click();
    await supervisor.getByRole('list', { name: '处理记录' }).locator('li[data-event-type="RESOLVED"]').waitFor();

    // The clerk's page followed the change live and now offers the follow-up.
    await clerk.getByText('其他人刚刚更新了这张工单，已显示最新内容。').waitFor();
    await clerk.getByRole('button', { name: '回访' }).click();
    const followUp = clerk.getByRole('dialog');
    await followUp.getByRole('radio', { name: '5' }).check();
    await followUp.getByRole('textbox', { name: '说明', exact: true }).fill('商户表示满意');
    await followUp.getByRole('button', { name: '回访' }).click();
    await timeline.getByText('满意度 5 / 5').waitFor();

    await clerk.getByRole('button', { name: '关闭工单' }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '关闭工单' }).click();
    await timeline.locator('li[data-event-type="CLOSED"]').waitFor();

    expect(await timelineSteps(clerk)).toEqual(['CREATED', 'RELAYED', 'STARTED', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED']);
    await clerk.getByRole('region', { name: '可执行操作' }).getByText('当前状态下没有你可以执行的操作').waitFor();
    await auditAccessibility(clerk, 'detail (closed)');
    // A fresh load for the picture: no toasts over the header.
    await clerk.reload();
    await clerk.getByRole('list', { name: '处理记录' }).locator('li[data-event-type="CLOSED"]').waitFor();
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-detail.png'), fullPage: true });

    const api = await product.graphql('hall_clerk');
    const { ticket } = await api.request<{ ticket: { status: string; satisfaction: number | null; relayedTo: string | null } }>(
      'query ($id: ID!) { ticket(id: $id) { status satisfaction relayedTo } }',
      { id: ticketId },
    );
    expect(ticket).toEqual({ status: 'CLOSED', satisfaction: 5, relayedTo: 'ENGINEERING' });

    // Someone outside the ticket's reach sees a not-found state, not the ticket.
    const driver = await signIn('cart_driver');
    await driver.goto(ticketUrl);
    await driver.getByRole('heading', { name: '找不到这张工单' }).waitFor();
    expect(await driver.getByText('A1-018 门口地砖开裂').count()).toBe(0);
    await auditAccessibility(driver, 'not found');
  });

  it('marks a portal request 新 on the desk until someone opens it; a malformed address is simply not found', async () => {
    const merchant = await product.graphql('merchant1');
    const { submitRequest } = await merchant.request<{ submitRequest: { number: number } }>(
      'mutation { submitRequest(idempotencyKey: "e2e-desk-new-0001", input: { kind: REPAIR, title: "店门口射灯不亮", description: "店门口的两盏射灯从昨晚起不亮了" }) { number } }',
    );
    const number = `KF-${String(submitRequest.number).padStart(6, '0')}`;

    const clerk = await signIn('hall_clerk');
    await clerk.goto(`${product.url}/admin/tickets?new=1`);
    const row = clerk.getByRole('table', { name: '工单列表' }).getByRole('row').filter({ hasText: number });
    await row.getByText('新', { exact: true }).waitFor();
    await auditAccessibility(clerk, 'desk (new)');
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-desk-new.png') });

    await row.getByRole('link', { name: '店门口射灯不亮' }).click();
    await clerk.getByText(number, { exact: true }).waitFor();
    const api = await product.graphql('hall_clerk');
    await expect
      .poll(async () => {
        const { tickets } = await api.request<{ tickets: { edges: { node: { number: number } }[] } }>(
          '{ tickets(first: 100, filter: { newToStaff: true }) { edges { node { number } } } }',
        );
        return tickets.edges.some((e) => e.node.number === submitRequest.number);
      })
      .toBe(false);
    // The page keeps a live connection open (notifications), so wait for the queue's own answer.
    const queueAnswered = clerk.waitForResponse((r) => r.url().endsWith('/graphql') && /"newToStaff":true/.test(r.request().postData() ?? ''));
    await clerk.goto(`${product.url}/admin/tickets?new=1`);
    await clerk.getByRole('button', { name: '新提交' }).waitFor();
    await queueAnswered;
    expect(await clerk.getByText(number, { exact: true }).count()).toBe(0);

    // A mistyped address reads like a missing ticket, not like a failure.
    await clerk.goto(`${product.url}/admin/tickets/xyz`);
    await clerk.getByRole('heading', { name: '找不到这张工单' }).waitFor();
    expect(await clerk.getByRole('alert').count()).toBe(0);
  });

  it('the desk reads on a phone-sized screen', async () => {
    const clerk = await signIn('hall_clerk', PHONE);
    await clerk.goto(`${product.url}/admin/tickets?overdue=1`);
    await clerk.getByRole('list', { name: '工单列表' }).getByRole('link').first().waitFor();
    await auditAccessibility(clerk, 'desk (375px)');
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-desk-375.png') });
  });

  it('exports the desk’s queue as filtered to .xlsx, with its row count shown', async () => {
    const director = await signIn('director');
    await director.goto(`${product.url}/admin/tickets?kind=COMPLAINT`);
    await director.getByRole('table', { name: '工单列表' }).getByRole('link').first().waitFor();
    const download = director.waitForEvent('download');
    await director.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kefu-tickets-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // An .xlsx is a zip: it starts with PK.
    expect((await readFile((await file.path())!)).subarray(0, 2).toString()).toBe('PK');
    await director.getByText(/^已导出 \d+ 张工单$/).waitFor();
    await auditAccessibility(director, 'desk after an export');
    await director.screenshot({ path: join(screenshots, 'admin-tickets-export.png') });
    const phone = await signIn('director', PHONE);
    await phone.goto(`${product.url}/admin/tickets?kind=COMPLAINT`);
    await phone.getByRole('list', { name: '工单列表' }).getByRole('link').first().waitFor();
    await phone.getByRole('button', { name: '导出 Excel' }).waitFor();
    await phone.screenshot({ path: join(screenshots, 'admin-tickets-export-375.png') });
  });

  it('has no serious or critical axe findings on any ticket screen', () => {
    expect(Object.fromEntries(findings)).toEqual({});
  });
});
