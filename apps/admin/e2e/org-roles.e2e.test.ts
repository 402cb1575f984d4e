import { mkdir, readFile } from 'node:fs/promises';
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

type Cell = { action: string; allowed: boolean; positionScope: string | null };
type Row = { position: { id: string; code: string }; cells: Cell[] };
const MATRIX = '{ permissionMatrix { position { id code } cells { action allowed positionScope } } }';
const SET = 'mutation ($p: ID!, $a: Action!, $s: String) { setPositionGrant(positionId: $p, action: $a, scope: $s) { position { id } } }';
const ticketActions = (actions: readonly string[]) => actions.filter((a) => a.startsWith('TICKET_')).sort();

describe('managers configure roles: a night-shift position in the hall', () => {
  it('the director creates 夜班客服, gives it the hall clerk’s ticket grants but not relays, appoints someone who then holds exactly those; the deputy cannot grant 关闭 site-wide', async () => {
    const director = await product.graphql('director');
    const chart = await director.request<{ orgChart: { units: { id: string; code: string }[]; positions: { id: string; code: string }[] } }>(
      '{ orgChart { units { id code } positions { id code } } }',
    );
    const supervisor = chart.orgChart.positions.find((p) => p.code === 'merchant_supervisor')!.id;
    const hallUnit = chart.orgChart.units.find((u) => u.code === 'merchant_service')!.id;
    const created = await director.request<{ createPosition: { id: string } }>('mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: {
        title: { zh: '夜班客服', en: 'Night-shift clerk' },
        unitId: hallUnit,
        reportsTo: [supervisor],
        purpose: { zh: '负责夜间服务大厅的接待与投诉受理', en: 'Receives visitors and complaints in the service hall at night' },
        headcount: 1,
      },
    });
    const night = created.createPosition.id;

    // The hall clerk's own ticket grants, relays left out.
    const matrix = (await director.request<{ permissionMatrix: Row[] }>(MATRIX)).permissionMatrix;
    const hall = matrix.find((r) => r.position.code === 'hall_clerk')!;
    const given = hall.cells.filter((c) => c.action.startsWith('TICKET_') && c.action !== 'TICKET_RELAY' && c.positionScope !== null);
    expect(given.length).toBeGreaterThan(0);
    for (const cell of given) await director.request(SET, { p: night, a: cell.action, s: cell.positionScope });

    // Someone to appoint, with a sign-in of their own.
    await director.request('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', {
      input: { name: '夜班周敏', employeeNo: 'KF0901', signIn: { username: 'night.zhou', password: 'Nachtdienst-2026' } },
    });

    // The appointment, in the browser: the picker searches all staff and shows who they are.
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(night)}`);
    await page.getByRole('heading', { name: '夜班客服', level: 1 }).waitFor();
    const picker = page.getByRole('textbox', { name: '员工' });
    await picker.click();
    await picker.fill('夜班');
    const option = page.getByRole('option', { name: /夜班周敏/ });
    // The server's search has answered once the only option is the one searched for.
    await page.getByRole('listbox').filter({ has: option }).waitFor();
    await expect.poll(() => page.getByRole('option').count()).toBe(1);
    await expect(option.textContent()).resolves.toMatch(/在职.*暂无岗位.*在办工单 0/);
    await page.screenshot({ path: join(screenshots, 'admin-appointment-picker.png') });
    await option.click();
    await page.getByRole('button', { name: '任命', exact: true }).click();
    await page.getByText('任命已保存').waitFor();

    // The person signs in (changing the first password) and holds exactly the hall clerk's ticket actions but relays.
    const first = await product.graphql('night.zhou', 'Nachtdienst-2026');
    await first.request('mutation ($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { username } }', {
      input: { currentPassword: 'Nachtdienst-2026', newPassword: 'Nachtschicht-2027' },
    });
    const appointed = await product.graphql('night.zhou', 'Nachtschicht-2027');
    const theirs = (await appointed.request<{ viewer: { siteActions: string[] } }>('{ viewer { siteActions } }')).viewer.siteActions;
    const clerk = (await (await product.graphql('hall_clerk')).request<{ viewer: { siteActions: string[] } }>('{ viewer { siteActions } }')).viewer.siteActions;
    expect(ticketActions(theirs)).toEqual(ticketActions(clerk).filter((a) => a !== 'TICKET_RELAY'));
    expect(theirs).not.toContain('TICKET_RELAY');

    // The deputy may not grant closing site-wide: more than the deputy holds.
    const deputy = await product.graphql('deputy');
    const refused = await deputy.send(SET, { p: night, a: 'TICKET_CLOSE', s: 'site' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = (await director.request<{ permissionMatrix: Row[] }>(MATRIX)).permissionMatrix.find((r) => r.position.id === night)!;
    expect(after.cells.find((c) => c.action === 'TICKET_CLOSE')!.positionScope).not.toBe('site');

    // The trail shows it all, newest first.
    await page.goto(`${product.url}/admin/org-changes`);
    const trail = page.getByRole('table', { name: '组织变更记录，最新在前' });
    await trail.getByText('任命').first().waitFor();
    await expect(trail.getByText('新建岗位').count()).resolves.toBe(1);
    await expect(trail.getByText('调整权限').count()).resolves.toBe(given.length);
    await page.screenshot({ path: join(screenshots, 'admin-org-changes.png') });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const exported = await download;
    expect(exported.suggestedFilename()).toMatch(/^kefu-org-changes-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // An .xlsx is a zip: it starts with PK.
    expect((await readFile((await exported.path())!)).subarray(0, 2).toString()).toBe('PK');

    // The position's own history and its editor.
    await page.goto(`${product.url}/admin/org/positions/${encodeURIComponent(night)}`);
    await page.getByRole('table', { name: '本岗位的变更记录，最新在前' }).waitFor();
    await page.getByRole('button', { name: '编辑岗位' }).click();
    const editor = page.getByRole('dialog');
    await editor.waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-position-editor.png') });
    await editor.getByRole('tab', { name: '工作职权' }).click();
    await editor.getByRole('button', { name: '添加工作职权' }).click();
    await editor.getByRole('textbox', { name: '职权' }).click();
    await page.getByRole('option', { name: '审核权' }).click();
    await editor.getByRole('textbox', { name: /^事项（中文）/ }).fill('夜间投诉的初步处理意见');
    await editor.getByRole('textbox', { name: /^事项（英文）/ }).fill('First view on complaints taken at night');
    await page.screenshot({ path: join(screenshots, 'admin-position-editor-authorities.png') });

    // Another manager saves the position meanwhile: this save is refused as CONFLICT, said plainly.
    const { node } = await director.request<{ node: { version: number } }>('query ($id: ID!) { node(id: $id) { ... on Position { version } } }', { id: night });
    await director.request('mutation ($id: ID!, $input: UpdatePositionInput!, $v: Int) { updatePosition(id: $id, input: $input, expectedVersion: $v) { version } }', {
      id: night,
      input: { headcount: 2 },
      v: node.version,
    });
    await editor.getByRole('button', { name: '保存' }).click();
    const conflict = editor.getByRole('alert').filter({ hasText: '此岗位已被他人修改' });
    await conflict.waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-position-editor-conflict.png') });
    await conflict.getByRole('button', { name: '载入最新版本' }).click();
    await expect.poll(() => editor.getByRole('textbox', { name: '岗位定员' }).inputValue()).toBe('2');
    const saved = (await director.request<{ node: { authorities: unknown[] } }>('query ($id: ID!) { node(id: $id) { ... on Position { authorities { verb } } } }', { id: night })).node;
    expect(saved.authorities).toEqual([]);
    await page.context().close();

    // On a phone the editor fills the screen, each text's two languages stacked.
    const phone = await signIn(browser, product, 'director', { width: 375, height: 812 });
    await phone.goto(`${product.url}/admin/org/positions/${encodeURIComponent(night)}`);
    await phone.getByRole('button', { name: '编辑岗位' }).click();
    await phone.getByRole('dialog').getByRole('tab', { name: '职责' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: '添加职责分类' }).click();
    await phone.screenshot({ path: join(screenshots, 'admin-position-editor-375.png') });
    await phone.context().close();
  });

  it('the director views the chart as of last month: 夜班客服, created today, was not there yet', async () => {
    const page = await signIn(browser, product, 'director');
    const titles = page.locator('.react-flow__node [data-position-title]');
    await page.goto(`${product.url}/admin/org`);
    await titles.filter({ hasText: '夜班客服' }).waitFor();
    await page.getByText(/^12 个岗位/).waitFor();

    // A day of last month, on the mall's calendar.
    const lastMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 31 * 86_400_000));
    await page.getByLabel('查看日期').fill(lastMonth);
    await page.getByText('按当天在任的岗位、汇报关系与任职显示，只读。').waitFor();
    await page.getByText(/^11 个岗位/).waitFor();
    await expect(titles.filter({ hasText: '夜班客服' }).count()).resolves.toBe(0);
    await expect(titles.filter({ hasText: '服务大厅服务人员' }).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(lastMonth);
    // The past is read-only: no new position from here.
    await expect(page.getByRole('button', { name: '新建岗位' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(screenshots, 'admin-org-chart-as-of.png') });

    await page.getByRole('button', { name: '回到今天' }).click();
    await titles.filter({ hasText: '夜班客服' }).waitFor();
    await page.context().close();
  });
});
