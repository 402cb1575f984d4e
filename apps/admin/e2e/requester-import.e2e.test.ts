import { mkdir, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, openBrowser, startProduct, type RunningProduct } from '@kefu/e2e';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in';

const here = dirname(fileURLToPath(import.meta.url));
const screenshots = join(here, '..', '..', '..', 'docs', 'screenshots');
// The sheet is written with the same library the gateway reads it with (a dependency of the gateway).
type Sheet = { getRow(n: number): { values: unknown }; rowCount: number; spliceRows(start: number, count: number): void; addRow(values: unknown[]): void };
type Book = { xlsx: { readFile(path: string): Promise<unknown>; writeFile(path: string): Promise<void> }; worksheets: Sheet[] };
const ExcelJS = createRequire(join(here, '..', '..', 'gateway', 'package.json'))('exceljs') as { Workbook: new () => Book };
const PHONE = { width: 375, height: 812 };
const ROWS = 200;
const WRONG_ROW = 117;

let product: RunningProduct;
let browser: Browser;
let folder: string;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  folder = await mkdtemp(join(tmpdir(), 'kefu-import-'));
  product = await startProduct();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** The template the page downloads, filled with `ROWS` merchants; `wrongPhoneAt` gets phone "abc". */
async function filledTemplate(template: string, name: string, wrongPhoneAt: number | null): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  for (let r = sheet.rowCount; r > 1; r--) sheet.spliceRows(r, 1);
  for (let i = 1; i <= ROWS; i++) {
    const values: Record<string, string> = {
      类别: '商户',
      店名: `导入测试商户${i}`,
      姓名: `店主${i}`,
      铺位: `Z9-${String(i).padStart(3, '0')}`,
      电话: i + 1 === wrongPhoneAt ? 'abc' : `1370000${String(i).padStart(4, '0')}`,
      经营类别: '服装',
      合同开始: '2026-01-01',
      合同结束: '2028-12-31',
    };
    sheet.addRow(header.map((column) => values[column] ?? null));
  }
  const path = join(folder, name);
  await book.xlsx.writeFile(path);
  return path;
}

/** How many files the import wrote, counted page by page through the archive's search. */
async function imported(): Promise<number> {
  const director = await product.graphql('director');
  let count = 0;
  let after: string | null = null;
  for (;;) {
    type Page = { requesterFiles: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const page: Page = await director.request<Page>('query ($after: String) { requesterFiles(search: "导入测试商户", first: 50, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }', { after });
    count += page.requesterFiles.edges.length;
    if (!page.requesterFiles.pageInfo.hasNextPage) return count;
    after = page.requesterFiles.pageInfo.endCursor;
  }
}

describe('importing merchants from Excel (从 Excel 导入)', () => {
  it('the director imports 200 merchants: one wrong row writes nothing and is shown at its row; fixed, all 200 are written', async () => {
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/requesters`);
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入商户和业主' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载模板' }).click();
    const template = join(folder, 'template.xlsx');
    await (await download).saveAs(template);

    const wrong = await filledTemplate(template, 'wrong.xlsx', WRONG_ROW);
    await dialog.locator('input[type="file"]').setInputFiles(wrong);
    await dialog.getByRole('button', { name: '检查' }).click();
    const issues = dialog.getByRole('table', { name: '问题清单' });
    await issues.waitFor();
    await expect(issues.getByRole('row').count()).resolves.toBe(2);
    const cells = issues.getByRole('row').nth(1).getByRole('cell');
    await expect(cells.nth(0).textContent()).resolves.toBe(String(WRONG_ROW));
    await expect(cells.nth(1).textContent()).resolves.toBe('电话');
    await expect(cells.nth(2).textContent()).resolves.toMatch(/电话格式不对/);
    await dialog.getByText(/未写入任何数据/).waitFor();
    await expect(checkAccessibility(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshots, 'admin-requester-import-errors.png') });
    expect(await imported()).toBe(0);

    const fixed = await filledTemplate(template, 'fixed.xlsx', null);
    await dialog.locator('input[type="file"]').setInputFiles(fixed);
    await dialog.getByRole('button', { name: '检查' }).click();
    await dialog.getByText(`共 ${ROWS} 行，全部通过检查，尚未写入。`).waitFor();
    expect(await imported()).toBe(0);
    await dialog.getByRole('button', { name: `确认导入 ${ROWS} 行` }).click();
    await dialog.getByText(`已写入 ${ROWS} 份档案。`).waitFor();
    expect(await imported()).toBe(ROWS);
  });

  it('the import dialog at phone width', async () => {
    const page = await signIn(browser, product, 'archive_clerk', PHONE);
    await page.goto(`${product.url}/admin/requesters`);
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.getByRole('dialog', { name: '从 Excel 导入商户和业主' }).getByRole('button', { name: '下载模板' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-requester-import-375.png') });
  });
});

const STAFF_ROWS = 30;
const WRONG_POSITION_ROW = 12;

/** The staff template the page downloads, filled with new hall clerks; `wrongPositionAt` names a position the mall does not have. */
async function filledStaffTemplate(template: string, name: string, wrongPositionAt: number | null): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  for (let r = sheet.rowCount; r > 1; r--) sheet.spliceRows(r, 1);
  for (let i = 1; i <= STAFF_ROWS; i++) {
    const values: Record<string, string> = {
      工号: `IMP-${String(i).padStart(3, '0')}`,
      姓名: `导入员工${i}`,
      电话: `1360000${String(i).padStart(4, '0')}`,
      岗位: i + 1 === wrongPositionAt ? '保安队长' : '服务大厅服务人员',
      到岗日期: '2026-12-01',
      // The hall's headcount is 3: the others are appointed beyond it, with the reason.
      超编说明: '新馆开业扩编',
    };
    sheet.addRow(header.map((column) => values[column] ?? null));
  }
  const path = join(folder, name);
  await book.xlsx.writeFile(path);
  return path;
}

async function staffImported(): Promise<number> {
  const director = await product.graphql('director');
  const page = await director.request<{ staffMembers: { edges: unknown[] } }>('{ staffMembers(text: "导入员工", first: 100) { edges { cursor } } }');
  return page.staffMembers.edges.length;
}

describe('importing staff from Excel (从 Excel 导入员工)', () => {
  it('the director imports new hall clerks: a position the mall does not have writes nothing and is shown at its row; fixed, all are written', async () => {
    const page = await signIn(browser, product, 'director');
    await page.goto(`${product.url}/admin/staff`);
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入员工' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载模板' }).click();
    const template = join(folder, 'staff-template.xlsx');
    await (await download).saveAs(template);

    await dialog.locator('input[type="file"]').setInputFiles(await filledStaffTemplate(template, 'staff-wrong.xlsx', WRONG_POSITION_ROW));
    await dialog.getByRole('button', { name: '检查' }).click();
    const issues = dialog.getByRole('table', { name: '问题清单' });
    await issues.waitFor();
    await expect(issues.getByRole('row').count()).resolves.toBe(2);
    const cells = issues.getByRole('row').nth(1).getByRole('cell');
    await expect(cells.nth(0).textContent()).resolves.toBe(String(WRONG_POSITION_ROW));
    await expect(cells.nth(1).textContent()).resolves.toBe('岗位');
    await expect(cells.nth(2).textContent()).resolves.toMatch(/没有这个岗位/);
    await expect(checkAccessibility(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshots, 'admin-staff-import-errors.png') });
    expect(await staffImported()).toBe(0);

    await dialog.locator('input[type="file"]').setInputFiles(await filledStaffTemplate(template, 'staff-fixed.xlsx', null));
    await dialog.getByRole('button', { name: '检查' }).click();
    await dialog.getByText(`共 ${STAFF_ROWS} 行，全部通过检查，尚未写入。`).waitFor();
    await dialog.getByRole('button', { name: `确认导入 ${STAFF_ROWS} 行` }).click();
    await dialog.getByText(`已写入 ${STAFF_ROWS} 名员工及其岗位任命。`).waitFor();
    expect(await staffImported()).toBe(STAFF_ROWS);
    await dialog.getByRole('button', { name: '完成' }).click();
    // The directory lists the people written.
    await page.getByRole('searchbox', { name: '搜索' }).fill('导入员工1');
    await page.getByText('导入员工12', { exact: true }).first().waitFor();
  });

  it('the staff import dialog at phone width', async () => {
    const page = await signIn(browser, product, 'director', PHONE);
    await page.goto(`${product.url}/admin/staff`);
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    await page.screenshot({ path: join(screenshots, 'admin-staff-directory-375.png') });
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.getByRole('dialog', { name: '从 Excel 导入员工' }).getByRole('button', { name: '下载模板' }).waitFor();
    await expect(checkAccessibility(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshots, 'admin-staff-import-375.png') });
  });
});
