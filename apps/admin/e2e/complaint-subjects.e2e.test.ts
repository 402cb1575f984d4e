import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
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

const signIn = (username: string): Promise<Page> => signInAs(browser, product, username);

/** The header bell's unread count, as it stands on the page now. */
const bellCount = async (page: Page): Promise<number> => Number(await page.getByTestId('notification-bell').getAttribute('data-count'));
/**
 * Waits until the bell shows at least `count`, with no reload: the gateway's escalation sweep may
 * add notifications of its own about the demo's overdue tickets meanwhile.
 */
const bellShows = (page: Page, count: number) =>
  page.waitForFunction((n) => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) >= n, count, { timeout: 15_000 });

describe('a complaint about a named guide, from the floor desk up the line', () => {
  it('floor_clerk registers it with its subject, cannot solve it and escalates; the supervisor and the director are told live', async () => {
    // The people told, each with a page open before anything happens.
    const supervisor = await signIn('floor_supervisor');
    await supervisor.goto(`${product.url}/admin/tickets`);
    await supervisor.getByTestId('notification-bell').waitFor();
    const supervisorBefore = await bellCount(supervisor);
    const director = await signIn('director');
    await director.goto(`${product.url}/admin/tickets`);
    await director.getByTestId('notification-bell').waitFor();
    const directorBefore = await bellCount(director);

    // 受理: a major complaint about the cart guide 郭鹏 (`001_…` "被投诉人及被投诉部门").
    const clerk = await signIn('floor_clerk');
    await clerk.goto(`${product.url}/admin/tickets/new`);
    const intake = clerk.getByRole('form', { name: '登记工单' });
    await intake.waitFor();
    await clerk.keyboard.type('鑫源');
    await clerk.getByRole('option', { name: /鑫源瓷砖 A1-018/ }).click();
    await clerk.getByRole('radiogroup', { name: '受理方式' }).getByText('来访', { exact: true }).click();
    await clerk.getByRole('radiogroup', { name: '级别' }).getByText('重大', { exact: true }).click();
    await clerk.getByRole('radiogroup', { name: '被投诉方' }).getByText('员工', { exact: true }).click();
    await clerk.getByRole('textbox', { name: '选择被投诉人' }).click();
    await clerk.getByRole('textbox', { name: '选择被投诉人' }).fill('郭鹏');
    await clerk.getByRole('option', { name: /郭鹏/ }).click();
    await clerk.getByRole('textbox', { name: '标题', exact: true }).fill('导购车导购员驾驶中与顾客争执');
    await clerk.getByRole('textbox', { name: '详细情况', exact: true }).fill('商户陪同顾客乘导购车看样，导购员郭鹏驾驶中与顾客争执，顾客受惊，要求给个说法。');
    await clerk.getByTestId('preview-handoverBy').filter({ hasText: '到期' }).waitFor();
    await clerk.screenshot({ path: join(screenshots, 'admin-tickets-intake-subject.png') });
    await clerk.getByRole('button', { name: '保存工单' }).click();

    await clerk.waitForURL(/\/admin\/tickets\/(?!new$)[^/]+$/);
    const ticketUrl = clerk.url();
    await clerk.getByRole('region', { name: '被投诉方' }).getByText(/郭鹏/).waitFor();

    // The director has the major complaint the same day, live.
    await bellShows(director, directorBefore + 1);
    await director.goto(`${product.url}/admin/notifications`);
    await director.getByText('今日重大投诉，呈送主任').first().waitFor();

    // The clerk takes it on, cannot solve it on the spot, and escalates (上报) to the floor supervisor.
    await clerk.getByRole('button', { name: '接单', exact: true }).click();
    await clerk.getByRole('dialog').getByRole('button', { name: '接单' }).click();
    await clerk.getByRole('button', { name: '上报', exact: true }).waitFor();
    await clerk.getByRole('button', { name: '上报', exact: true }).click();
    const escalate = clerk.getByRole('dialog');
    await escalate.getByRole('textbox', { name: '原因', exact: true }).fill('需要主管与车队协调，现场无法处理');
    await escalate.getByRole('button', { name: '上报' }).click();
    await clerk.getByRole('list', { name: '处理记录' }).locator('li[data-event-type="ESCALATED"]').waitFor();

    // The floor supervisor's bell counts it without a reload.
    await bellShows(supervisor, supervisorBefore + 1);

    // The supervisor dispatches: the picker offers who may work it, the floor centre (the unit of its
    // holder: the desk's intake puts it in no queue) first, with position and open workload.
    await supervisor.goto(ticketUrl);
    await supervisor.getByRole('button', { name: '派单', exact: true }).click();
    const assign = supervisor.getByRole('dialog');
    await assign.getByRole('textbox', { name: '处理人' }).click();
    await supervisor.getByRole('option', { name: /胡斌 · 卖场客服员 · 在办 \d+/ }).waitFor();
    await supervisor.getByText('本部门', { exact: true }).waitFor();
    await supervisor.getByText('其他可处理人员', { exact: true }).waitFor();
    await supervisor.screenshot({ path: join(screenshots, 'admin-tickets-assign-picker.png') });
  });
});
