import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'screenshots');

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

/** A site-local day `n` days after today, on the mall's calendar. */
const daysAhead = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + n * 86_400_000));

describe('an org change scheduled for a later day', () => {
  it('the director schedules the cart captain under the floor supervisor next week, sees it pending on the position and in the chart of that day, and withdraws it', async () => {
    const director = await product.graphql('director');
    const chart = await director.request<{ orgChart: { positions: { id: string; code: string }[] } }>('{ orgChart { positions { id code } } }');
    const id = (code: string) => chart.orgChart.positions.find((p) => p.code === code)!.id;
    const day = daysAhead(7);
    await director.request('mutation ($id: ID!, $to: [ID!]!, $on: LocalDate) { changeReportingLine(positionId: $id, reportsTo: $to, effectiveOn: $on) { id } }', {
      id: id('cart_captain'),
      to: [id('floor_supervisor')],
      on: day,
    });

    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(id('cart_captain'))}`);
    const pending = page.getByRole('region', { name: '待生效的调整' });
    await pending.getByText(/起生效：/).waitFor();
    await expect(pending.textContent()).resolves.toContain('直接上级改为 卖场客服主管');
    // Today's line is unchanged, and the date picker takes a later day.
    await expect(page.getByLabel('生效日期').getAttribute('max')).resolves.toBeNull();
    await page.screenshot({ path: join(screenshots, 'admin-position-scheduled-change.png') });

    // The chart of that day shows the line as scheduled, read-only.
    await page.goto(`${product.url}/admin/org?asOf=${day}`);
    await page.getByText('按当天在任的岗位、汇报关系与任职显示，只读。').waitFor();

    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(id('cart_captain'))}`);
    await pending.getByRole('button', { name: /撤销/ }).click();
    await pending.waitFor({ state: 'detached' });
    const after = await director.request<{ node: { scheduledChanges: unknown[] } }>('query ($id: ID!) { node(id: $id) { ... on Position { scheduledChanges { effectiveOn } } } }', { id: id('cart_captain') });
    expect(after.node.scheduledChanges).toEqual([]);
    await page.context().close();
  });
});
