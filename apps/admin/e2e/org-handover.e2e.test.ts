import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser } from 'playwright-core';
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

const OPEN_TICKETS = 'query ($text: String) { staffMembers(first: 5, text: $text) { edges { node { name openTickets } } } }';
type People = { staffMembers: { edges: { node: { name: string; openTickets: number } }[] } };

describe('a hall clerk leaves: the director hands her open work over while ending her assignment', () => {
  it('shows 周婷’s open tickets and follow-ups, and ending with 陈静 picked leaves her none', async () => {
    const director = await product.graphql('director');
    const chart = await director.request<{ orgChart: { positions: { id: string; code: string }[] } }>('{ orgChart { positions { id code } } }');
    const hall = chart.orgChart.positions.find((p) => p.code === 'hall_clerk')!.id;
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(hall)}`);
    await page.getByText('周婷').first().waitFor();
    const holder = page.locator('.mantine-Paper-root', { hasText: '周婷' }).last();
    await holder.getByRole('button', { name: '结束任职' }).click();
    await page.getByText(/周婷 未办结的工作/).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-end-assignment-handover.png'), fullPage: true });
    const before = (await director.request<People>(OPEN_TICKETS, { text: '周婷' })).staffMembers.edges[0]!.node.openTickets;
    // The demo leaves 周婷 with open work, so the hand-over has something to move.
    expect(before).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: '交接给' }).fill('陈静');
    await page.getByRole('option', { name: /陈静/ }).click();
    await holder.getByRole('button', { name: '结束任职' }).click();
    await page.getByText('周婷 的任职已结束').waitFor();
    const after = await director.request<People>(OPEN_TICKETS, { text: '周婷' });
    expect(after.staffMembers.edges[0]!.node.openTickets).toBe(0);
  });

  it('on a phone, 陈静 leaves the office desk and her open work, 周婷’s included, goes back to the unit’s queue', async () => {
    const director = await product.graphql('director');
    const chart = await director.request<{ orgChart: { positions: { id: string; code: string }[] } }>('{ orgChart { positions { id code } } }');
    const office = chart.orgChart.positions.find((p) => p.code === 'office_clerk')!.id;
    const before = (await director.request<People>(OPEN_TICKETS, { text: '陈静' })).staffMembers.edges[0]!.node.openTickets;
    // What 周婷 handed over above is 陈静’s now.
    expect(before).toBeGreaterThan(0);
    const page = await signIn(browser, product, 'director', PHONE);
    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(office)}`);
    await page.getByText('陈静').first().waitFor();
    const holder = page.locator('.mantine-Paper-root', { hasText: '陈静' }).last();
    await holder.getByRole('button', { name: '结束任职' }).click();
    await page.getByText(/陈静 未办结的工作/).waitFor();
    await page.getByRole('radio', { name: '退回本部门队列' }).check();
    await page.getByText(/工单取消指派，退回所在部门的队列/).waitFor();
    await holder.scrollIntoViewIfNeeded();
    const violations = await checkAccessibility(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await holder.screenshot({ path: join(screenshots, 'admin-end-assignment-handover-375.png') });
    await holder.getByRole('button', { name: '结束任职' }).click();
    await page.getByText('陈静 的任职已结束').waitFor();
    const after = await director.request<People>(OPEN_TICKETS, { text: '陈静' });
    expect(after.staffMembers.edges[0]!.node.openTickets).toBe(0);
  });
});
