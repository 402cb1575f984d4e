import ExcelJS from 'exceljs';
import { findTakenClaims, insertRequesterChange, insertRequesterFile } from '@kefu/db/requesters';
import type { Queryable } from '@kefu/db/engine';
import { checkImportRows, fileChanges, holdsUnitsActively, IMPORT_COLUMNS, IMPORT_LIMITS, readHeader, type ImportIssue, type ImportRow } from '@kefu/domain/requesters';
import { InputChecker } from '@kefu/domain/shared';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import type { UploadedFile } from '../tickets/upload-request-photo.js';

export type ImportOutcome = { rowCount: number; written: number; issueCount: number; issues: ImportIssue[] };
/** How many issues an answer lists (the first ones by row); `issueCount` says how many there are. */
export const ISSUES_SHOWN = 200;
const outcome = (rowCount: number, written: number, issues: ImportIssue[]): ImportOutcome => ({ rowCount, written, issueCount: issues.length, issues: issues.slice(0, ISSUES_SHOWN) });

const refuseFile = (rule: 'file_type' | 'file_too_large' | 'required' | 'too_many', limit?: number): never =>
  new InputChecker().add({ field: 'file', rule, ...(limit === undefined ? {} : { limit }) }).check() as never;

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
};

/** The sheet's rows as cells by template column; a file that is not xlsx, too large or without the header is refused. */
export async function readImportSheet(file: UploadedFile): Promise<ImportRow[]> {
  // A request may name the file part and send none (or a plain value): that is a missing file.
  if (typeof file !== 'object' || file === null || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') refuseFile('required');
  if (file.size > IMPORT_LIMITS.maxBytes) refuseFile('file_too_large', IMPORT_LIMITS.maxMb);
  const bytes = Buffer.from(await file.arrayBuffer());
  // An .xlsx is a zip: "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) refuseFile('file_type');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    refuseFile('file_type');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) refuseFile('required');
  const headerCells: string[] = [];
  sheet!.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headerCells[col - 1] = text(cell.value)));
  const header = readHeader(headerCells.map((c) => c ?? ''));
  if (!header) refuseFile('required');
  const rows: ImportRow[] = [];
  sheet!.eachRow((row, number) => {
    if (number === 1) return;
    const cells: ImportRow['cells'] = {};
    let any = false;
    for (const [index, column] of header!) {
      const value = text(row.getCell(index + 1).value).trim();
      if (value) any = true;
      cells[column] = value;
    }
    if (any) rows.push({ row: number, cells });
  });
  if (rows.length > IMPORT_LIMITS.rows) refuseFile('too_many', IMPORT_LIMITS.rows);
  return rows;
}

/** Every row checked, then against the site's files: a phone or active unit already on file is a duplicate too. */
async function checkAgainstSite(q: Queryable, siteId: string, rows: ImportRow[]) {
  const checked = checkImportRows(rows);
  const taken = await findTakenClaims(q, siteId, {
    phones: checked.files.flatMap((f) => (f.file.phone ? [f.file.phone] : [])),
    units: checked.files.flatMap((f) => f.file.units),
  });
  const issues = [...checked.issues];
  for (const { row, file } of checked.files) {
    if (file.phone && taken.phones.has(file.phone)) issues.push({ row, column: '电话', rule: 'duplicate' });
    if (holdsUnitsActively(file) && file.units.some((u) => taken.units.has(`${file.kind}:${u}`))) issues.push({ row, column: '铺位', rule: 'duplicate' });
  }
  issues.sort((a, b) => a.row - b.row || IMPORT_COLUMNS.indexOf(a.column ?? '类别') - IMPORT_COLUMNS.indexOf(b.column ?? '类别'));
  return { files: checked.files, issues };
}

/**
 * Merchants and owners from the template. The preview (`confirm` false) checks every row and
 * writes nothing; confirming checks again under the site's lock and writes every row or, when
 * any row is at fault, none (one transaction).
 */
export async function importRequesters(uc: UseCaseContext, file: UploadedFile, confirm: boolean): Promise<ImportOutcome> {
  const staff = asStaff(uc);
  const rows = await readImportSheet(file);
  if (!confirm) {
    const { issues } = await checkAgainstSite(staff.db, staff.principal.siteId, rows);
    return outcome(rows.length, 0, issues);
  }
  return inSiteLock(staff, async (tx, siteId) => {
    const { files, issues } = await checkAgainstSite(tx, siteId, rows);
    if (issues.length > 0) return outcome(rows.length, 0, issues);
    for (const { file: fields } of files) {
      const written = await insertRequesterFile(tx, siteId, fields);
      await insertRequesterChange(tx, siteId, { requesterId: written.id, action: 'created', actorId: staff.principal.staffId, fields: fileChanges(null, written) });
    }
    return outcome(rows.length, files.length, []);
  });
}

/** The template to download: the header row and one example row. */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('来访人档案');
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.addRow(['商户', '鑫源瓷砖（示例，导入前请删除）', '刘志强', 'A1-018', '13800002001', '瓷砖', '2024-01-01', '2026-12-31']);
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
