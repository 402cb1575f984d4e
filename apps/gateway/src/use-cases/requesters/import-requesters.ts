import { findTakenClaims, insertRequesterChange, insertRequesterFile } from '@kefu/db/requesters';
import type { Queryable } from '@kefu/db/engine';
import { checkImportRows, fileChanges, holdsUnitsActively, IMPORT_COLUMNS, readHeader, type ImportColumn, type ImportRow } from '@kefu/domain/requesters';
import { sortSheetIssues } from '@kefu/domain/shared';
import { readSheet, sheetOutcome, sheetTemplate, type SheetImportOutcome } from '../shared/sheet-import.js';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import type { UploadedFile } from '../tickets/upload-request-photo.js';

export type ImportOutcome = SheetImportOutcome<ImportColumn>;

/** The sheet's rows as cells by template column; a file that is not xlsx, too large or without the header is refused. */
export const readImportSheet = (file: UploadedFile): Promise<ImportRow[]> => readSheet(file, readHeader);

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
  return { files: checked.files, issues: sortSheetIssues(issues, IMPORT_COLUMNS) };
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
    return sheetOutcome(rows.length, 0, issues);
  }
  return inSiteLock(staff, async (tx, siteId) => {
    const { files, issues } = await checkAgainstSite(tx, siteId, rows);
    if (issues.length > 0) return sheetOutcome(rows.length, 0, issues);
    for (const { file: fields } of files) {
      const written = await insertRequesterFile(tx, siteId, fields);
      await insertRequesterChange(tx, siteId, { requesterId: written.id, action: 'created', actorId: staff.principal.staffId, fields: fileChanges(null, written) });
    }
    return sheetOutcome(rows.length, files.length, []);
  });
}

/** The template to download: the header row and one example row. */
export const importTemplate = (): Promise<Buffer> =>
  sheetTemplate('来访人档案', IMPORT_COLUMNS, [['商户', '鑫源瓷砖（示例，导入前请删除）', '刘志强', 'A1-018', '13800002001', '瓷砖', '2024-01-01', '2026-12-31']]);
