/**
 * Benchmark (not a test): reads a 5,000-row sheet made from the template and checks every row,
 * as the import preview does before asking the database. Run: pnpm --filter @kefu/gateway bench:import
 * The target is under 10 s on the project's machine.
 */
import ExcelJS from 'exceljs';
import { checkImportRows, IMPORT_COLUMNS } from '@kefu/domain/requesters';
import { readImportSheet } from '../use-cases/requesters/import-requesters.js';

const ROWS = 5000;
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('来访人档案');
sheet.addRow([...IMPORT_COLUMNS]);
for (let i = 1; i <= ROWS; i++) {
  sheet.addRow(['商户', `店${i}`, `老板${i}`, `B${String(i).padStart(4, '0')}`, `136${String(i).padStart(8, '0')}`, '家居', '2025-01-01', '2027-12-31']);
}
const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
const started = performance.now();
const rows = await readImportSheet({ size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
const read = performance.now();
const { files, issues } = checkImportRows(rows);
const checked = performance.now();
process.stdout.write(
  `${JSON.stringify({ rows: rows.length, files: files.length, issues: issues.length, bytes: bytes.length, readMs: Math.round(read - started), checkMs: Math.round(checked - read), totalMs: Math.round(checked - started) })}\n`,
);
