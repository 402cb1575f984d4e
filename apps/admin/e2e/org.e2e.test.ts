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

/** The chart's zoom once it has stopped moving (fitting and panning take a frame or two). */
async function settledZoom(page: Page): Promise<number> {
  const zoom = () =>
    page.evaluate(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      return viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
    });
  let last = -1;
  for (let current = await zoom(); current !== last; current = await zoom()) {
    last = current;
    await page.waitForTimeout(200);
  }
  return last;
}

/** The smallest position title on the chart as it appears on screen: its font size times the zoom. */
async function smallestTitlePx(page: Page): Promise<{ px: number; titles: number }> {
  const zoom = await settledZoom(page);
  const sizes = await page.locator('.react-flow__node [data-position-title]').evaluateAll((titles) => titles.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  return { px: Math.min(...sizes) * zoom, titles: sizes.length };
}

/** The open position's node lies left of its panel, not under it. */
async function expectPickedBesidePanel(page: Page, title: string) {
  const panel = await page.locator('section').filter({ has: page.getByRole('heading', { name: title, level: 2 }) }).boundingBox();
  const picked = await node(page, title).boundingBox();
  expect(picked!.x).toBeGreaterThanOrEqual(0);
  expect(picked!.x + picked!.width).toBeLessThanOrEqual(panel!.x);
}

/** Whether the page itself scrolls sideways: wide content must scroll in its own box instead. */
const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('readable screens at 1440 px', () => {
  it('opens the org chart with titles of 12 px or more, and keeps them when a position is open', async () => {
    const page = await signIn('director');
    await page.goto(`${product.url}/admin/org`);
    await node(page, '办公前、后台客服').waitFor();
    const initial = await smallestTitlePx(page);
    // The seeds' ten positions and the demo's engineering desk (工程维修部值班员).
    expect(initial.titles).toBe(11);
    expect(initial.px).toBeGreaterThanOrEqual(12);
    await expect(pageOverflows(page)).resolves.toBe(false);
    await page.screenshot({ path: join(screenshots, 'admin-org-chart.png') });

    // The rightmost position: the panel would cover it unless the chart pans it into view.
    await openPosition(page, '办公前、后台客服');
    const open = await smallestTitlePx(page);
    expect(open.px).toBeGreaterThanOrEqual(12);
    await expectPickedBesidePanel(page, '办公前、后台客服');
    await expectAccessible(page, 'org chart with the panel open');
    await page.screenshot({ path: join(screenshots, 'admin-org-chart-panel.png') });

    // Opened from a link (the position is in the URL): fitting the chart must not hide it again.
    await page.reload();
    await node(page, '办公前、后台客服').waitFor();
    expect((await smallestTitlePx(page)).px).toBeGreaterThanOrEqual(12);
    await expectPickedBesidePanel(page, '办公前、后台客服');
  });

  it('never shows the internal position code', async () => {
    const ids = await positionsByCode('director');
    const page = await signIn('director');
    for (const path of ['/admin/org', `/admin/org?position=${encodeURIComponent(ids.floor_supervisor!.id)}`, `/admin/org/positions/${encodeURIComponent(ids.floor_supervisor!.id)}`, '/admin/permissions', '/admin/staff']) {
      await page.goto(`${product.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText('卖场客服主管').first().waitFor();
      const text = await page.locator('body').innerText();
      expect(Object.keys(ids).filter((code) => text.includes(code)), path).toEqual([]);
    }
  });

  it('keeps the permission matrix inside the page in both languages; what does not fit scrolls in its own box', async () => {
    const page = await signIn('director');
    for (const language of ['中文', 'English'] as const) {
      await page.evaluate((english) => window.localStorage.setItem('kefu.admin.language', english ? 'en' : 'zh-CN'), language === 'English');
      await page.goto(`${product.url}/admin/permissions`);
      const table = page.getByRole('table', { name: language === 'English' ? 'Permission matrix' : '权限矩阵' });
      await table.getByRole('rowheader').first().waitFor();
      await expect(pageOverflows(page), language).resolves.toBe(false);
      const box = page.locator('[data-scroll-container]');
      const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, overflowX: getComputedStyle(element).overflowX }));
      expect(sizes.overflowX).toBe('auto');
      if (sizes.scroll > sizes.client) {
        // Hidden columns are announced, and the position column stays in view while they scroll in.
        await page.locator('[data-scroll-hint]').waitFor();
        const before = await table.getByRole('rowheader').first().boundingBox();
        await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
        await page.waitForFunction(() => {
          const element = document.querySelector('[data-scroll-container]')!;
          return element.scrollLeft > 0;
        });
        const after = await table.getByRole('rowheader').first().boundingBox();
        expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1);
      }
      await page.screenshot({ path: join(screenshots, language === 'English' ? 'admin-permission-matrix-en.png' : 'admin-permission-matrix.png') });
    }
  });

  it('shows the org chart in English with counted words and whole titles', async () => {
    const page = await signIn('director');
    await page.evaluate(() => window.localStorage.setItem('kefu.admin.language', 'en'));
    await page.goto(`${product.url}/admin/org`);
    await node(page, 'Director of customer service').waitFor();
    await page.getByText(/^11 positions, \d+ vacant seats?\./).waitFor();
    // A title is whole when its text is neither clamped nor cut off by the edge of its node.
    const clipped = await page.locator('.react-flow__node [data-position-title]').evaluateAll((titles) =>
      titles
        .filter((title) => {
          const style = getComputedStyle(title);
          const text = document.createRange();
          text.selectNodeContents(title);
          const inner = text.getBoundingClientRect();
          const outer = title.closest('.react-flow__node')!.getBoundingClientRect();
          const clamped = style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis';
          return clamped || inner.right > outer.right || inner.bottom > outer.bottom;
        })
        .map((title) => title.textContent),
    );
    expect(clipped).toEqual([]);
    const capitals = await page.locator('.mantine-Badge-root').evaluateAll((badges) => badges.filter((b) => getComputedStyle(b).textTransform === 'uppercase').length);
    expect(capitals).toBe(0);
    await settledZoom(page);
    await page.screenshot({ path: join(screenshots, 'admin-org-chart-en.png') });
  });
});

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
    // Whom to ask about a forgotten password: the department has no e-mail reset.
    await page.getByText(/忘记密码？请联系部门经理/).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-sign-in.png') });
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
