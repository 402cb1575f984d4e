import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, signIn as signInAs } from './sign-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

function signIn(username: string, viewport = DESKTOP): Promise<Page> {
  return signInAs(browser, product, username, viewport);
}

async function expectAccessible(page: Page, screen: string) {
  const violations = await checkAccessibility(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

type ChartIds = Record<string, { id: string; reportsTo: string[] }>;

async function positionsByCode(username: string): Promise<ChartIds> {
  const api = await product.graphql(username);
  const data = await api.request<{ orgChart: { positions: { id: string; code: string; reportsTo: { id: string }[] }[] } }>(
    '{ orgChart { positions { id code reportsTo { id } } } }',
  );
  return Object.fromEntries(data.orgChart.positions.map((p) => [p.code, { id: p.id, reportsTo: p.reportsTo.map((r) => r.id) }]));
}

const edge = (page: Page, from: string, to: string) => page.locator(`.react-flow__edge[data-id="${from}->${to}"]`);
const node = (page: Page, title: string) => page.locator('.react-flow__node').filter({ hasText: title }).first();
const reportingPicker = (page: Page) => page.getByRole('textbox', { name: '直接上级' });

async function openPosition(page: Page, title: string) {
  await node(page, title).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
}

/** Replaces the picked superiors with one: clears the picker, then picks by title. */
async function pickOnlySuperior(page: Page, title: string) {
  const panel = page.locator('section').filter({ has: reportingPicker(page) });
  const clear = panel.locator('.mantine-MultiSelect-section button, .mantine-CloseButton-root.mantine-InputClearButton-root');
  if (await clear.count()) await clear.first().click();
  await reportingPicker(page).click();
  await reportingPicker(page).fill(title);
  await page.getByRole('option', { name: title, exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('org screens in the browser', () => {
  it('signs in, refusing a wrong password with the gateway’s message', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${product.url}/admin/org`);
    await page.waitForURL((url) => url.pathname.endsWith('/sign-in'));
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByLabel(/^用户名/).fill('director');
    await page.getByLabel(/^密码/).fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').getByText('用户名或密码错误。').waitFor();
    await page.getByLabel(/^密码/).fill('kefu-demo');
    await page.getByRole('button', { name: '登录' }).click();
    // Back where the visitor was going before signing in.
    await page.waitForURL((url) => url.pathname === '/admin/org');
    await page.getByRole('heading', { name: '组织架构', level: 1 }).waitFor();
    await context.close();
  });

  it('a director moves the cart captain under the deputy, sees the new line, and is refused a cycle', async () => {
    const ids = await positionsByCode('director');
    const captain = ids.cart_captain!.id;
    const deputy = ids.deputy!.id;
    const [oldSuperior] = ids.cart_captain!.reportsTo;
    const page = await signIn('director');

    await page.goto(`${product.url}/admin/org`);
    await node(page, '导购车辆队长').waitFor();
    await expect(edge(page, oldSuperior!, captain).count()).resolves.toBe(1);
    await expectAccessible(page, 'org chart');

    await openPosition(page, '导购车辆队长');
    await pickOnlySuperior(page, '客户服务部副经理');
    await page.getByRole('button', { name: '保存汇报关系' }).click();
    await page.getByText('汇报关系已更新').waitFor();
    await edge(page, deputy, captain).waitFor();
    await expect(edge(page, oldSuperior!, captain).count()).resolves.toBe(0);
    expect((await positionsByCode('director')).cart_captain!.reportsTo).toEqual([deputy]);
    await expectAccessible(page, 'org chart with a position open');
    await page.screenshot({ path: join(screenshots, 'admin-org-chart.png') });

    // The director at the top, under a clerk far below: the domain refuses the cycle.
    await openPosition(page, '客户服务部经理');
    await reportingPicker(page).click();
    await reportingPicker(page).fill('服务大厅服务人员');
    await page.getByRole('option', { name: '服务大厅服务人员', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '保存汇报关系' }).click();
    const cycle = /会形成循环/;
    await page.getByText(cycle).waitFor();
    await expect(reportingPicker(page).getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await reportingPicker(page).getAttribute('aria-describedby')) ?? '';
    const description = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(description.join(' ')).toMatch(cycle);
    expect((await positionsByCode('director')).director!.reportsTo).toEqual([]);
  });

  it('shows the position detail, the staff directory and the permission matrix to a director', async () => {
    const ids = await positionsByCode('director');
    const page = await signIn('director');

    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(ids.merchant_supervisor!.id)}`);
    await page.getByRole('heading', { name: '商户客服主管', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '关键绩效指标' }).waitFor();
    await expectAccessible(page, 'position detail');
    await page.screenshot({ path: join(screenshots, 'admin-position-detail.png'), fullPage: true });

    await page.goto(`${product.url}/admin/staff`);
    const table = page.getByRole('table', { name: '员工名录' });
    await table.getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'staff directory');
    await page.screenshot({ path: join(screenshots, 'admin-staff-directory.png') });

    await page.goto(`${product.url}/admin/permissions`);
    await page.getByRole('table', { name: '权限矩阵' }).getByRole('rowheader').first().waitFor();
    await expectAccessible(page, 'permission matrix');
    await page.screenshot({ path: join(screenshots, 'admin-permission-matrix.png') });
  });

  it('a cart driver sees no org-editing controls and cannot open another team’s ticket', async () => {
    const ids = await positionsByCode('director');
    const director = await product.graphql('director');
    const driver = await product.graphql('cart_driver');
    const all = await director.request<{ tickets: { edges: { node: { id: string } }[] } }>('{ tickets(first: 100) { edges { node { id } } } }');
    let hidden: string | undefined;
    for (const { node: ticket } of all.tickets.edges) {
      const answer = await driver.send('query ($id: ID!) { ticket(id: $id) { id } }', { id: ticket.id });
      if (answer.errors?.[0]?.extensions?.code === 'NOT_FOUND') {
        hidden = ticket.id;
        break;
      }
    }
    expect(hidden, 'a ticket the cart driver may not see').toBeDefined();

    const page = await signIn('cart_driver');
    await page.goto(`${product.url}/admin/org`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (await node(page, '导购车辆队长').count()) {
      await openPosition(page, '导购车辆队长');
      await page.getByRole('link', { name: '查看岗位说明书' }).waitFor();
    }
    await expectAccessible(page, 'org chart as cart driver');
    await expect(page.getByRole('button', { name: '保存汇报关系' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '任命' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '结束任职' }).count()).resolves.toBe(0);

    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(ids.cart_captain!.id)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(page.getByRole('button', { name: '编辑岗位' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '任命' }).count()).resolves.toBe(0);

    await page.goto(`${product.url}/admin/staff`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect(page.getByRole('button', { name: '新增员工' }).count()).resolves.toBe(0);

    await page.goto(`${product.url}/admin/tickets/${encodeURIComponent(hidden!)}`);
    await page.getByRole('heading', { name: '找不到这张工单' }).waitFor();
    await expectAccessible(page, 'hidden ticket');
  });

  it('the shell works at phone width behind a burger menu', async () => {
    const page = await signIn('director', PHONE);
    await page.goto(`${product.url}/admin/org`);
    await page.getByRole('heading', { name: '组织架构', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: '打开导航' }).click();
    await nav.getByRole('link', { name: '员工名录' }).waitFor();
    await expectAccessible(page, 'shell at 375px');
    await page.screenshot({ path: join(screenshots, 'admin-shell-375.png') });
    await nav.getByRole('link', { name: '员工名录' }).click();
    await page.getByRole('heading', { name: '员工名录', level: 1 }).waitFor();
  });
});
