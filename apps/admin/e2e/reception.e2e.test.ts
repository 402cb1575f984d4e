import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type AccessibilityViolation, type RunningProduct } from '@kefu/e2e';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, signIn as signInAs } from './sign-in';

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

const signIn = (username: string, viewport = DESKTOP): Promise<Page> => signInAs(browser, product, username, viewport);

const findings = new Map<string, AccessibilityViolation[]>();
async function auditAccessibility(page: Page, screen: string) {
  const violations = await checkAccessibility(page);
  if (violations.length) findings.set(screen, violations);
}

/** Yesterday on the mall's clock, as a datetime-local value: 10:00 is in the past whenever the test runs. */
const yesterdayAt = (time: string): string => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));
  return `${day}T${time}`;
};

/** The signed-in page's own GraphQL call, with its session cookie. */
const gql = <T,>(page: Page, query: string): Promise<T> =>
  page.evaluate(async (q) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return (await response.json()) as never;
  }, query);

async function pick(page: Page, scope: ReturnType<Page['getByRole']>, field: string | RegExp, option: string | RegExp) {
  await scope.getByRole('textbox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('the front desk in the browser', () => {
  let ticketUrl = '';

  it('hall_clerk logs a late walk-in answered on the spot, and turns a leak report into a repair ticket', async () => {
    const clerk = await signIn('hall_clerk');
    await clerk.goto(`${product.url}/admin/reception`);
    await clerk.getByRole('heading', { name: '接待登记' }).waitFor();

    // A walk-in at 10:00, received at 10:04: past the 3-minute standard, answered on the spot.
    await clerk.getByRole('button', { name: '登记接待' }).first().click();
    let form = clerk.getByRole('dialog');
    await form.getByRole('textbox', { name: /^事由/ }).fill('询问停车场出口位置');
    await form.getByLabel(/^到达时间/).fill(yesterdayAt('10:00'));
    await form.getByLabel(/^接待时间/).fill(yesterdayAt('10:04'));
    await pick(clerk, form, /^处理结果/, '当场答复');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const log = clerk.getByRole('table', { name: '接待记录' });
    const walkIn = log.getByRole('row').filter({ hasText: '询问停车场出口位置' });
    await walkIn.getByText('超时 · 等候 4 分 00 秒').waitFor();
    await walkIn.getByText('当场答复').waitFor();

    // A leak report from 鑫源瓷砖, turned into a repair ticket in one step.
    await clerk.getByRole('button', { name: '登记接待' }).first().click();
    form = clerk.getByRole('dialog');
    await pick(clerk, form, /^类别/, '报修');
    await form.getByRole('textbox', { name: /^来访人/ }).fill('鑫源');
    await clerk.getByRole('option', { name: /鑫源瓷砖/ }).first().click();
    await form.getByRole('textbox', { name: /^事由/ }).fill('A1-018 店内天花板漏水，滴到展品上');
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const leak = log.getByRole('row').filter({ hasText: 'A1-018 店内天花板漏水' });
    await leak.getByRole('button', { name: /的处理结果$/ }).click();
    await clerk.getByRole('menuitem', { name: '转为工单' }).click();
    form = clerk.getByRole('dialog');
    await form.getByRole('textbox', { name: /^工单标题/ }).fill('A1-018 天花板漏水');
    await pick(clerk, form, /^报修类别/, '漏水');
    await form.getByRole('button', { name: '生成工单' }).click();
    await form.waitFor({ state: 'hidden' });
    await leak.getByRole('link', { name: /^已转工单 KF-/ }).click();
    await clerk.waitForURL(/\/admin\/tickets\/[^/]+$/);
    ticketUrl = clerk.url();

    // A visitor still waiting, for the hall's waiting view.
    await clerk.goto(`${product.url}/admin/reception`);
    await clerk.getByRole('button', { name: '登记接待' }).first().click();
    form = clerk.getByRole('dialog');
    await form.getByRole('textbox', { name: /^事由/ }).fill('来领取失物（黑色雨伞）');
    await form.getByLabel('来访人仍在等候（尚未接待）').check();
    await form.getByRole('button', { name: '登记', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const waiting = clerk.getByRole('region', { name: /^等候接待/ });
    await waiting.getByText('来领取失物（黑色雨伞）', { exact: false }).waitFor();
    await auditAccessibility(clerk, 'reception');
    await clerk.screenshot({ path: join(screenshots, 'admin-reception-log.png') });
    await waiting.screenshot({ path: join(screenshots, 'admin-reception-waiting.png') });
    await clerk.context().close();
  });

  it('a relay returned as not ours is re-relayed and counted; engineering accepts and replies', async () => {
    const clerk = await signIn('hall_clerk');
    await clerk.goto(ticketUrl);
    const panel = clerk.getByRole('region', { name: '转交其他部门' });
    await panel.waitFor();

    // First to the wrong department; its answer comes by phone and the clerk records it: not ours.
    await pick(clerk, panel, /^接收部门/, '物业部');
    await panel.getByRole('textbox', { name: /^转交内容/ }).fill('请派人检修 A1-018 天花板漏水');
    await panel.getByRole('button', { name: '转交', exact: true }).click();
    const wrong = panel.getByRole('listitem', { name: /至 物业部/ });
    await wrong.getByRole('button', { name: '退回' }).click();
    await pick(clerk, wrong, /^退回原因/, '非本部门事项');
    await wrong.getByRole('button', { name: '确认退回' }).click();
    await panel.getByText('物业部 已退回（非本部门事项）：本次转交将记为更正。').waitFor();

    await pick(clerk, panel, /^接收部门/, '工程维修部');
    await panel.getByRole('textbox', { name: /^转交内容/ }).fill('请派人检修 A1-018 天花板漏水');
    await panel.getByRole('button', { name: '转交', exact: true }).click();
    await panel.getByRole('listitem', { name: /至 工程维修部/ }).waitFor();

    type Outbox = { data: { relays: { edges: { node: { status: string; returnReason: string | null; correctsRelayId: string | null; id: string } }[] } } };
    const outbox = await gql<Outbox>(clerk, '{ relays(box: OUTBOX, first: 5) { edges { node { id status returnReason correctsRelayId } } } }');
    const [corrected, misrouted] = outbox.data.relays.edges.map((e) => e.node);
    expect(misrouted).toMatchObject({ status: 'RETURNED', returnReason: 'NOT_OURS' });
    expect(corrected!.correctsRelayId).toBe(misrouted!.id);
    await clerk.context().close();

    // The engineering department's own account: the relay is in its inbox.
    const engineering = await signIn('engineering');
    await engineering.goto(`${product.url}/admin/relays`);
    const card = engineering.getByRole('listitem', { name: /至 工程维修部/ }).first();
    await card.getByRole('button', { name: '受理' }).click();
    await card.getByText('已受理', { exact: true }).waitFor();
    await card.getByRole('button', { name: '登记部门答复' }).click();
    await card.getByRole('textbox', { name: /^处理结果/ }).fill('已派维修工更换破损水管，漏水已止住');
    await card.getByRole('button', { name: '提交反馈' }).click();
    // Answered, the relay leaves 处理中 as the list refetches: it is found under 已反馈.
    await engineering.getByRole('radiogroup', { name: '状态' }).getByText('已反馈', { exact: true }).click();
    await engineering
      .getByRole('listitem', { name: /至 工程维修部/ })
      .getByText('部门反馈：已派维修工更换破损水管，漏水已止住')
      .waitFor();
    await auditAccessibility(engineering, 'relays (department inbox)');
    await engineering.context().close();
  });

  it("the merchant's portal shows the relay in plain words, then the reply", async () => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE });
    const merchant = await context.newPage();
    merchant.setDefaultTimeout(15_000);
    await merchant.goto(`${product.url}/portal/`);
    await merchant.getByLabel('账号').fill('merchant1');
    await merchant.getByLabel('密码').fill('kefu-demo');
    await merchant.getByRole('button', { name: '登录' }).click();
    await merchant.getByRole('heading', { name: '我的请求' }).waitFor();
    await merchant.getByRole('link').filter({ hasText: 'A1-018 店内天花板漏水' }).first().click();
    await merchant.getByText('已转交工程维修部处理').first().waitFor();
    await merchant.getByText('工程维修部回复：').waitFor();
    await merchant.getByText('已派维修工更换破损水管，漏水已止住').first().waitFor();
    await context.close();
  });

  it('office_clerk takes a message for the floor supervisor, who acknowledges it', async () => {
    const office = await signIn('office_clerk');
    await office.goto(`${product.url}/admin/messages`);
    await office.getByRole('button', { name: '记录留言' }).first().click();
    const form = office.getByRole('dialog');
    await form.getByRole('textbox', { name: /^收件人/ }).click();
    await office.getByRole('option', { name: /^孙丽/ }).click();
    await form.getByRole('textbox', { name: /^留言人/ }).fill('恒达五金 郑伟明');
    await form.getByRole('textbox', { name: /^留言内容/ }).fill('C1-044 门口消防通道被占用，请主管下午过来看一下。');
    await form.getByRole('button', { name: '保存留言' }).click();
    await form.waitFor({ state: 'hidden' });
    await office.context().close();

    const supervisor = await signIn('floor_supervisor');
    await supervisor.goto(`${product.url}/admin/messages`);
    const message = supervisor.getByText('C1-044 门口消防通道被占用，请主管下午过来看一下。');
    await message.waitFor();
    await supervisor.getByRole('button', { name: '确认收到' }).first().click();
    await supervisor.getByText(/已确认 ·/).first().waitFor();
    await auditAccessibility(supervisor, 'messages');
    await supervisor.screenshot({ path: join(screenshots, 'admin-messages.png') });
    await supervisor.context().close();
  });

  it('engineering passes on a B2 power cut; the desk publishes it; a B2 shop reads it on the portal', async () => {
    const engineering = await signIn('engineering');
    type Departments = { data: { departments: { edges: { node: { id: string; code: string } }[] } } };
    const departments = await gql<Departments>(engineering, '{ departments(first: 20) { edges { node { id code } } } }');
    const engineeringId = departments.data.departments.edges.find((e) => e.node.code === 'engineering')!.node.id;
    const registered = await gql<{ errors?: unknown }>(
      engineering,
      `mutation { registerInbound(input: { departmentId: "${engineeringId}", kind: OUTAGE, title: "B2 层明早 8:00–10:00 检修停电", body: "配电房检修，B2 层商铺停电两小时，请提前备好照明并关闭大功率电器。", audience: UNITS, unitPrefix: "B2" }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    await engineering.context().close();

    const clerk = await signIn('hall_clerk');
    await clerk.goto(`${product.url}/admin/relays`);
    await clerk.getByRole('tab', { name: '部门来讯' }).click();
    const item = clerk.getByRole('listitem', { name: 'B2 层明早 8:00–10:00 检修停电' });
    await item.getByText('通知对象：B2 开头的铺位').waitFor();
    await item.getByRole('button', { name: /^受理并发布通知/ }).click();
    await clerk.getByText('没有待受理的部门来讯。').waitFor();
    await clerk.locator('label', { hasText: '全部' }).last().click();
    await item.getByText('已受理 · 已发布到门户').waitFor();
    await auditAccessibility(clerk, 'relays (from departments)');
    await clerk.screenshot({ path: join(screenshots, 'admin-relays-inbound.png') });
    await clerk.context().close();

    // 金盾门窗 is at B2-007.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE });
    const merchant = await context.newPage();
    merchant.setDefaultTimeout(15_000);
    await merchant.goto(`${product.url}/portal/`);
    await merchant.getByLabel('账号').fill('merchant6');
    await merchant.getByLabel('密码').fill('kefu-demo');
    await merchant.getByRole('button', { name: '登录' }).click();
    const notices = merchant.getByRole('region', { name: '商场通知' });
    await notices.getByText('B2 层明早 8:00–10:00 检修停电').waitFor();
    await notices.getByText(/工程维修部/).waitFor();
    await merchant.screenshot({ path: join(screenshots, 'portal-notices.png') });
    await context.close();
  });

  it('screens at phone width, and the relays both ways', async () => {
    const clerk = await signIn('hall_clerk');
    await clerk.goto(`${product.url}/admin/relays`);
    // Both of the clerk's relays are answered by now: the replied and returned ones.
    await clerk.locator('label', { hasText: '全部' }).last().click();
    await clerk.getByRole('listitem', { name: /至 工程维修部/ }).first().waitFor();
    await auditAccessibility(clerk, 'relays');
    await clerk.screenshot({ path: join(screenshots, 'admin-relays.png') });
    await clerk.context().close();

    // Each screen waits for content of its own, not for a quiet network (notifications stay connected).
    const loaded: Record<string, (page: Page) => Promise<void>> = {
      reception: (page) => page.getByRole('region', { name: /^等候接待/ }).getByText('来领取失物（黑色雨伞）', { exact: false }).waitFor(),
      relays: async (page) => {
        await page.locator('label', { hasText: '全部' }).last().click();
        await page.getByRole('listitem', { name: /至 工程维修部/ }).first().waitFor();
      },
      messages: (page) => page.getByText(/已确认 ·/).first().waitFor(),
    };
    for (const [path, username, screen] of [
      ['reception', 'hall_clerk', 'admin-reception-log-phone.png'],
      ['relays', 'hall_clerk', 'admin-relays-phone.png'],
      ['messages', 'floor_supervisor', 'admin-messages-phone.png'],
    ] as const) {
      const page = await signIn(username, PHONE);
      await page.goto(`${product.url}/admin/${path}`);
      await loaded[path]!(page);
      await auditAccessibility(page, `${path} (phone)`);
      await page.screenshot({ path: join(screenshots, screen) });
      if (path === 'reception') await page.getByRole('region', { name: /^等候接待/ }).screenshot({ path: join(screenshots, 'admin-reception-waiting-phone.png') });
      await page.context().close();
    }
  });

  it('has no serious or critical axe findings on the front-desk screens', () => {
    expect(Object.fromEntries(findings)).toEqual({});
  });
});
