/**
 * Benchmark (not a test): reads a 5,000-row sheet made from each template (merchants, staff) and
 * checks every row, as the import previews do before asking the database. Run:
 * pnpm --filter @kefu/gateway bench:import. The target is under 10 s each on the project's machine.
 */
import ExcelJS from 'exceljs';
import { buildChartFromCatalogue, checkStaffImportRows, readStaffImportHeader, STAFF_IMPORT_COLUMNS } from '@kefu/domain/org';
import { checkImportRows, IMPORT_COLUMNS } from '@kefu/domain/requesters';
import { readImportSheet } from '../use-cases/requesters/import-requesters.js';
import { readSheet } from '../use-cases/shared/sheet-import.js';

const ROWS = 5000;

async function sheetOf(name: string, header: readonly string[], row: (i: number) => string[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...header]);
  for (let i = 1; i <= ROWS; i++) sheet.addRow(row(i));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

async function timed<T>(name: string, bytes: number, read: () => Promise<T[]>, check: (rows: T[]) => { issues: unknown[] }) {
  const started = performance.now();
  const rows = await read();
  const readAt = performance.now();
  const { issues } = check(rows);
  const checkedAt = performance.now();
  process.stdout.write(
    `${JSON.stringify({ import: name, rows: rows.length, issues: issues.length, bytes, readMs: Math.round(readAt - started), checkMs: Math.round(checkedAt - readAt), totalMs: Math.round(checkedAt - started) })}\n`,
  );
}

const merchants = await sheetOf('来访人档案', IMPORT_COLUMNS, (i) => ['商户', `店${i}`, `老板${i}`, `B${String(i).padStart(4, '0')}`, `136${String(i).padStart(8, '0')}`, '家居', '2025-01-01', '2027-12-31']);
await timed('requesters', merchants.size, () => readImportSheet(merchants), checkImportRows);

// Every row to the same position, beyond its headcount with a reason: the headcount check counts all the rows above.
const staff = await sheetOf('员工名录', STAFF_IMPORT_COLUMNS, (i) => [`B-${i}`, `员工${i}`, `136${String(i).padStart(8, '0')}`, '服务大厅服务人员', '2026-12-01', '开业扩编']);
const chart = buildChartFromCatalogue('bench-site');
await timed('staff', staff.size, () => readSheet(staff, readStaffImportHeader), (rows) => checkStaffImportRows(rows, chart));
