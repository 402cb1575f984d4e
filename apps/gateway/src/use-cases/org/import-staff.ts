import { findTakenStaffClaims, insertAssignment, insertStaff } from '@kefu/db/org';
import type { Queryable } from '@kefu/db/engine';
import { findSiteById } from '@kefu/db/sites';
import {
  appointmentStart,
  assignmentChanges,
  checkStaffImportRows,
  readStaffImportHeader,
  STAFF_IMPORT_COLUMNS,
  type OrgChart,
  type StaffImportColumn,
  type StaffImportRow,
} from '@kefu/domain/org';
import { sortSheetIssues } from '@kefu/domain/shared';
import { readSheet, sheetOutcome, sheetTemplate, type SheetImportOutcome } from '../shared/sheet-import.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import type { UploadedFile } from '../tickets/upload-request-photo.js';
import { changeOrg } from './org-change.js';
import { requireOnPosition } from './position-permission.js';

export type StaffImportOutcome = SheetImportOutcome<StaffImportColumn>;

/**
 * Every row checked against the chart, then against the site's records: an employee number or
 * phone on file is a duplicate too. Appointing is `org.assignment.edit` on each position, as the
 * appointment form asks: a sheet that names a position beyond the importer's reach is refused.
 */
async function checkAgainstSite(uc: UseCaseContext, q: Queryable, siteId: string, chart: OrgChart, rows: StaffImportRow[]) {
  const checked = checkStaffImportRows(rows, chart);
  for (const positionId of new Set(checked.entries.map((e) => e.positionId))) await requireOnPosition(uc, 'org.assignment.edit', positionId);
  const taken = await findTakenStaffClaims(q, siteId, {
    employeeNos: checked.entries.map((e) => e.fields.employeeNo),
    phones: checked.entries.flatMap((e) => (e.fields.phone ? [e.fields.phone] : [])),
  });
  const issues = [...checked.issues];
  for (const { row, fields } of checked.entries) {
    if (taken.employeeNos.has(fields.employeeNo)) issues.push({ row, column: '工号', rule: 'duplicate' });
    if (fields.phone && taken.phones.has(fields.phone)) issues.push({ row, column: '电话', rule: 'duplicate' });
  }
  return { entries: checked.entries, issues: sortSheetIssues(issues, STAFF_IMPORT_COLUMNS) };
}

/**
 * Staff with their position and first day, from the template (the same flow as the requesters'
 * import). The preview (`confirm` false) checks every row and writes nothing; confirming checks
 * again under the site's lock on the chart as it is then, and writes every record and its
 * appointment, each in the org's audit trail, or, when any row is at fault, none (one transaction).
 */
export async function importStaff(uc: UseCaseContext, file: UploadedFile, confirm: boolean): Promise<StaffImportOutcome> {
  const staff = asStaff(uc);
  const rows = await readSheet(file, readStaffImportHeader);
  if (!confirm) {
    const { siteId } = staff.principal;
    const { issues } = await checkAgainstSite(uc, staff.db, siteId, await staff.orgCharts.get(staff.db, siteId), rows);
    return sheetOutcome(rows.length, 0, issues);
  }
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const { entries, issues } = await checkAgainstSite(uc, tx, siteId, chart, rows);
    if (issues.length > 0) return sheetOutcome(rows.length, 0, issues);
    const timeZone = (await findSiteById(tx, siteId))?.timeZone ?? 'Asia/Shanghai';
    for (const entry of entries) {
      const person = await insertStaff(tx, { siteId, ...entry.fields });
      const appointment = await insertAssignment(tx, {
        siteId,
        staffId: person.id,
        positionId: entry.positionId,
        startsOn: appointmentStart(entry.startsOn, uc.now, timeZone),
        endsOn: null,
        acting: false,
      });
      const beyond = entry.overStrengthReason ? [{ field: 'overStrengthReason', before: null, after: entry.overStrengthReason }] : [];
      await record('assignment.start', { positionId: appointment.positionId, staffId: person.id }, [...assignmentChanges(null, appointment), ...beyond]);
    }
    return sheetOutcome(rows.length, entries.length, []);
  });
}

/** The template to download: the header row and one example row. */
export const staffImportTemplate = (): Promise<Buffer> =>
  sheetTemplate('员工名录', STAFF_IMPORT_COLUMNS, [['KF-0901', '周晓梅（示例，导入前请删除）', '13912345678', '服务大厅服务人员', '2026-12-01', '']]);
