import { readSheetHeader, SheetClaims, sheetIssuesOf, SHEET_LIMITS, type SheetIssue, type SheetRow } from '../shared/sheet-import.js';
import { ValidationError } from '../shared/validation.js';
import { checkRequesterFile, holdsUnitsActively, type RequesterFileFields } from './requester-file.js';

/**
 * The import template's columns (product rule): one merchant or owner per row, the header in
 * the first row. 类别 is 商户 or 业主; 铺位 may list several units separated by commas.
 */
export const IMPORT_COLUMNS = ['类别', '店名', '姓名', '铺位', '电话', '经营类别', '合同开始', '合同结束'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const IMPORT_LIMITS = SHEET_LIMITS;

export type ImportIssue = SheetIssue<ImportColumn>;
export type ImportRow = SheetRow<ImportColumn>;
export type CheckedImport = { files: { row: number; file: RequesterFileFields }[]; issues: ImportIssue[] };

const KINDS: Record<string, 'merchant' | 'owner'> = { 商户: 'merchant', 业主: 'owner', merchant: 'merchant', owner: 'owner' };
const FIELD_COLUMN: Record<string, ImportColumn> = {
  kind: '类别',
  shopName: '店名',
  name: '姓名',
  units: '铺位',
  phone: '电话',
  businessCategory: '经营类别',
  contractStartsOn: '合同开始',
  contractEndsOn: '合同结束',
};

/** The header row's columns by position; a sheet without every template column has no header row. */
export const readHeader = (cells: readonly string[]): Map<number, ImportColumn> | null =>
  readSheetHeader(cells, IMPORT_COLUMNS, ['类别', '店名', '姓名', '铺位', '电话']);

/**
 * Checks every row as a file (the same rules as the form), then duplicates within the sheet: one
 * phone per file, one active holder per unit and kind. Every problem is named by row and column.
 */
export function checkImportRows(rows: readonly ImportRow[]): CheckedImport {
  const issues: ImportIssue[] = [];
  const files: CheckedImport['files'] = [];
  const phones = new SheetClaims();
  const units = new SheetClaims();
  for (const { row, cells } of rows) {
    const kind = KINDS[(cells['类别'] ?? '').trim()];
    if (!kind) {
      issues.push({ row, column: '类别', rule: (cells['类别'] ?? '').trim() ? 'invalid_choice' : 'required' });
      continue;
    }
    try {
      const file = checkRequesterFile({
        kind,
        shopName: cells['店名'],
        name: cells['姓名'],
        units: (cells['铺位'] ?? '').split(/[,，、\s]+/),
        phone: cells['电话'],
        businessCategory: cells['经营类别'],
        contractStartsOn: cells['合同开始'],
        contractEndsOn: cells['合同结束'],
      });
      let clash = false;
      if (file.phone && !phones.claim(file.phone)) {
        clash = true;
        issues.push({ row, column: '电话', rule: 'duplicate' });
      }
      if (holdsUnitsActively(file)) {
        for (const unit of file.units) {
          if (!units.claim(`${file.kind}:${unit}`)) {
            clash = true;
            issues.push({ row, column: '铺位', rule: 'duplicate' });
          }
        }
      }
      if (!clash) files.push({ row, file });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...sheetIssuesOf(row, error, (field) => FIELD_COLUMN[field.split('.')[0]!] ?? null));
    }
  }
  return { files, issues };
}
