import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, rawId } from './global-ids';
import { samplePhoto } from './sample-photo';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');

const TICKET = 'query ($id: ID!) { ticket(id: $id) { version status photos { url } } }';

describe('a merchant follows a repair from the portal, on a phone', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    product = await startProduct();
    browser = await openBrowser();
    page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true, isMobile: true });
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const expectAccessible = async () => expect(await checkAccessibility(page)).toEqual([]);
  /** No focus ring and the page at its top, so the picture shows the page as it opens. */
  const settleForScreenshot = () =>
    page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });

  it('submits a repair with a photo, sees staff relay and resolve it live, and reopens it with one star', async () => {
    await page.goto(`${product.url}/portal/`);
    // The sign-in page says whom to ask about a forgotten password: there is no e-mail reset.
    await page.getByText(/忘记密码？请到商场服务台/).waitFor();
    await page.screenshot({ path: join(screenshots, 'portal-sign-in.png') });
    await page.getByLabel('账号').fill('merchant1');
    await page.getByLabel('密码').fill('kefu-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的请求' }).waitFor();
    await page.locator('.card').first().waitFor();
    await expectAccessible();
    await page.screenshot({ path: join(screenshots, 'portal-list.png') });

    await page.getByRole('link', { name: '提交新请求' }).click();
    await page.getByRole('heading', { name: '提交新请求' }).waitFor();
    await page.getByText('报修', { exact: true }).click();
    await page.getByLabel('情况描述').fill('店铺卷帘门升到一半卡住了，无法正常关门。');
    // The shop's own unit is filled in already.
    expect(await page.getByLabel('地点（铺位号或位置）').inputValue()).toBe('A1-018');
    await page.getByLabel('方便联系的时间（选填）').fill('工作日 14:00 以后');
    await page.locator('input[type=file]').setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: samplePhoto() });
    await page.getByRole('button', { name: '提交', exact: true }).waitFor({ state: 'visible' });
    await expect.poll(() => page.getByRole('button', { name: '提交', exact: true }).isEnabled()).toBe(true);
    await expectAccessible();
    await settleForScreenshot();
    await page.screenshot({ path: join(screenshots, 'portal-new.png'), fullPage: true });

    // A double tap: the idempotency key makes it one request.
    await page.getByRole('button', { name: '提交', exact: true }).dblclick();
    await page.waitForURL(/\/portal\/requests\//);
    await page.getByText('已收到您的请求').waitFor();
    const requestId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const ticketId = globalId('Ticket', rawId(requestId));

    const merchant = await product.graphql('merchant1');
    const mine = await merchant.request<{ myRequests: { edges: { node: { id: string; description: string } }[] } }>(
      '{ myRequests(first: 5) { edges { node { id description } } } }',
    );
    expect(mine.myRequests.edges.filter((e) => e.node.description.startsWith('店铺卷帘门升到一半卡住了'))).toHaveLength(1);

    const clerk = await product.graphql('hall_clerk');
    const seen = await clerk.request<{ ticket: { version: number; status: string; photos: { url: string }[] } }>(TICKET, { id: ticketId });
    expect(seen.ticket.photos).toHaveLength(1);

    await clerk.request('mutation ($id: ID!, $v: Int!) { relayTicket(id: $id, version: $v, department: ENGINEERING, note: "内部备注：找老王") { version } }', {
      id: ticketId,
      v: seen.ticket.version,
    });
    await page.getByText('已转交工程维修部处理').waitFor();
    await expect.poll(() => page.locator('.badge').first().textContent()).toBe('已转交处理');
    expect(await page.content()).not.toContain('找老王');

    const relayed = await clerk.request<{ ticket: { version: number } }>(TICKET, { id: ticketId });
    const started = await clerk.request<{ startTicket: { version: number } }>('mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { version } }', {
      id: ticketId,
      v: relayed.ticket.version,
    });
    await page.getByText('已开始处理').waitFor();
    await clerk.request('mutation ($id: ID!, $v: Int!) { resolveTicket(id: $id, version: $v, resolution: "已更换卷帘门电机") { version } }', {
      id: ticketId,
      v: started.startTicket.version,
    });
    await page.getByRole('heading', { name: '评价处理结果' }).waitFor();
    await page.getByText('已处理完毕，我们会回访确认').waitFor();
    // How it was resolved, and the number the desk quotes.
    await page.getByRole('region', { name: '处理结果' }).getByText('已更换卷帘门电机').waitFor();
    const { ticket: numbered } = await clerk.request<{ ticket: { number: number } }>('query ($id: ID!) { ticket(id: $id) { number } }', { id: ticketId });
    await page.getByText(`编号 KF-${String(numbered.number).padStart(6, '0')}`).waitFor();
    await expectAccessible();
    await settleForScreenshot();
    await page.screenshot({ path: join(screenshots, 'portal-detail.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await settleForScreenshot();
    await page.screenshot({ path: join(screenshots, 'portal-detail-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });

    await page.getByRole('radio', { name: '1 星' }).check({ force: true });
    await page.getByLabel('意见（选填）').fill('门还是卡');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('已退回客服部重新处理，客服主管的工单队列中可见。').waitFor();
    await page.getByText('已退回重新处理，客服主管的工单队列中可见', { exact: true }).waitFor();

    const reopened = await clerk.request<{ ticket: { status: string } }>(TICKET, { id: ticketId });
    expect(['RECEIVED', 'ASSIGNED']).toContain(reopened.ticket.status);
  });
});
