import ExcelJS from 'exceljs';
import { InputChecker, SHEET_LIMITS, type SheetIssue, type SheetRow } from '@kefu/domain/shared';
import type { UploadedFile } from '../tickets/upload-request-photo.js';

/** What a preview or an import answers; `issues` lists the first ones by row, `issueCount` all of them. */
export type SheetImportOutcome<C extends string> = { rowCount: number; written: number; issueCount: number; issues: SheetIssue<C>[] };
/** How many issues an answer lists (the first ones by row); `issueCount` says how many there are. */
export const ISSUES_SHOWN = 200;

export const sheetOutcome = <C extends string>(rowCount: number, written: number, issues: SheetIssue<C>[]): SheetImportOutcome<C> => ({
  rowCount,
  written,
  issueCount: issues.length,
  issues: issues.slice(0, ISSUES_SHOWN),
});

const refuseFile = (rule: 'file_type' | 'file_too_large' | 'required' | 'too_many', limit?: number): never =>
  new InputChecker().add({ field: 'file', rule, ...(limit === undefined ? {} : { limit }) }).check() as never;

/** A cell as the text a person sees in it: a date cell as its day, a formula as its result. */
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

/**
 * The first sheet's rows as cells by template column, empty rows skipped. A file that is not
 * xlsx, is over the size limit, has no header row (`readHeader` finds none) or too many rows is
 * refused as a BAD_USER_INPUT on `file`.
 */
export async function readSheet<C extends string>(file: UploadedFile, readHeader: (cells: string[]) => Map<number, C> | null): Promise<SheetRow<C>[]> {
  // A request may name the file part and send none (or a plain value): that is a missing file.
  if (typeof file !== 'object' || file === null || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') refuseFile('required');
  if (file.size > SHEET_LIMITS.maxBytes) refuseFile('file_too_large', SHEET_LIMITS.maxMb);
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
  const header = readHeader(Array.from(headerCells, (c) => c ?? ''));
  if (!header) refuseFile('required');
  const rows: SheetRow<C>[] = [];
  sheet!.eachRow((row, number) => {
    if (number === 1) return;
    const cells: SheetRow<C>['cells'] = {};
    let any = false;
    for (const [index, column] of header!) {
      const value = text(row.getCell(index + 1).value).trim();
      if (value) any = true;
      cells[column] = value;
    }
    if (any) rows.push({ row: number, cells });
  });
  if (rows.length > SHEET_LIMITS.rows) refuseFile('too_many', SHEET_LIMITS.rows);
  return rows;
}

/** A template to download: the header row and example rows, named so nobody imports them by mistake. */
export async function sheetTemplate(sheetName: string, columns: readonly string[], examples: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  for (const example of examples) sheet.addRow([...example]);
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
