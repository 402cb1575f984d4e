import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_APPS, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, rawId } from './global-ids';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');

/** Every time either app shows is on the mall's clock, whatever the browser's zone. */
const SITE_TIME_ZONE = 'Asia/Shanghai';
/** "11月30日 21:01": the day and wall-clock time an instant reads in the mall. */
const onSiteClock = (iso: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: SITE_TIME_ZONE, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.month}月${parts.day}日`, time: `${parts.hour}:${parts.minute}` };
};
/** The day and time a shown text says, e.g. "2026年11月30日 21:01 GMT+8" or "11月30日 21:01 GMT+8". */
const readShown = (text: string) => {
  const match = /(\d{1,2}月\d{1,2}日)\s+(\d{2}:\d{2})/.exec(text);
  return { day: match?.[1], time: match?.[2] };
};

type Shown = { at: string; text: string };

let product: RunningProduct;
let browser: Browser;
let ticketId: string;
let requestId: string;
let receivedAt: string;

beforeAll(async () => {
  // Both apps are served by the one gateway; the desk has to have been built too.
  expect(BUILT_APPS).toEqual(['admin', 'portal']);
  product = await startProduct();
  browser = await openBrowser();
  mkdirSync(screenshots, { recursive: true });
  const merchant = await product.graphql('merchant1');
  const mine = await merchant.request<{ myRequests: { edges: { node: { id: string; receivedAt: string } }[] } }>(
    '{ myRequests(first: 1) { edges { node { id receivedAt } } } }',
  );
  ({ id: requestId, receivedAt } = mine.myRequests.edges[0]!.node);
  ticketId = globalId('Ticket', rawId(requestId));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe.each(['UTC', 'America/New_York'])('one request, one time: the desk and the portal in a browser on %s', (timezoneId) => {

  const newPage = async (viewport: { width: number; height: number }): Promise<Page> => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId, viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // The browser really runs on the other clock, or this test would prove nothing.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    return page;
  };

  /** The desk, as a member of staff signed in through its form. */
  async function onDesk(): Promise<{ receivedAt: Shown; created: Shown }> {
    const page = await newPage({ width: 1440, height: 900 });
    await page.goto(`${product.url}/admin/sign-in`);
    await page.getByLabel(/^用户名/).fill('director');
    await page.getByLabel(/^密码/).fill('kefu-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await page.goto(`${product.url}/admin/tickets/${encodeURIComponent(ticketId)}`);
    const timeline = page.getByRole('list', { name: '处理记录' });
    const created = timeline.locator('li[data-event-type="CREATED"] time').first();
    await created.waitFor();
    const received = page.locator(`time[datetime="${receivedAt}"]`).first();
    if (timezoneId === 'America/New_York') await page.screenshot({ path: join(screenshots, 'site-clock-desk.png') });
    return {
      receivedAt: { at: receivedAt, text: await received.innerText() },
      created: { at: (await created.getAttribute('datetime'))!, text: await created.innerText() },
    };
  }

  /** The portal, as the request's requester, on a phone. */
  async function onPortal(createdAt: string): Promise<{ receivedAt: Shown; created: Shown }> {
    const page = await newPage({ width: 375, height: 812 });
    await page.goto(`${product.url}/portal/`);
    await page.getByLabel('账号').fill('merchant1');
    await page.getByLabel('密码').fill('kefu-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的请求' }).waitFor();
    await page.goto(`${product.url}/portal/requests/${encodeURIComponent(requestId)}`);
    const created = page.locator(`time.timeline__time[datetime="${createdAt}"]`).first();
    await created.waitFor();
    const received = page.locator('.facts dd').first();
    if (timezoneId === 'America/New_York') await page.screenshot({ path: join(screenshots, 'site-clock-portal.png') });
    return { receivedAt: { at: receivedAt, text: await received.innerText() }, created: { at: createdAt, text: await created.innerText() } };
  }

  it('shows the same wall-clock time on the mall’s clock in both apps, and names that clock', async () => {
    const desk = await onDesk();
    const portal = await onPortal(desk.created.at);
    for (const shown of [desk.receivedAt, desk.created, portal.receivedAt, portal.created]) {
      expect(readShown(shown.text), shown.text).toEqual(onSiteClock(shown.at));
      expect(shown.text).toContain('GMT+8');
    }
    expect(readShown(portal.receivedAt.text)).toEqual(readShown(desk.receivedAt.text));
    expect(readShown(portal.created.text)).toEqual(readShown(desk.created.text));
  });
});
