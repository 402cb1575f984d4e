import { readSheetHeader, SheetClaims, sheetIssuesOf, type SheetIssue, type SheetRow } from '../shared/sheet-import.js';
import { ValidationError } from '../shared/validation.js';
import { checkAppointmentWith, regularHolderIds } from './appointment-rules.js';
import type { OrgChart } from './org-chart.js';
import { checkStaffFields, type StaffFields } from './staff-registration.js';

/**
 * The staff import template's columns (the product's own rule, issue 14 §4): one person per row,
 * the header in the first row. 岗位 names a position of the site's chart by its title (客服档案文员)
 * or its code (archive_clerk); 到岗日期 is the first day in it; 超编说明 is the reason an
 * appointment beyond the position's headcount needs, as the appointment form asks for one.
 */
export const STAFF_IMPORT_COLUMNS = ['工号', '姓名', '电话', '岗位', '到岗日期', '超编说明'] as const;
export type StaffImportColumn = (typeof STAFF_IMPORT_COLUMNS)[number];
export type StaffImportRow = SheetRow<StaffImportColumn>;
export type StaffImportIssue = SheetIssue<StaffImportColumn>;

/** A row that passed: the record's stored fields and the appointment it brings. */
export type StaffImportEntry = { row: number; fields: StaffFields; positionId: string; startsOn: Date; overStrengthReason: string | null };
export type CheckedStaffImport = { entries: StaffImportEntry[]; issues: StaffImportIssue[] };

const FIELD_COLUMN: Record<string, StaffImportColumn> = { name: '姓名', employeeNo: '工号', phone: '电话', overStrengthReason: '超编说明', staffId: '岗位' };
const columnOf = (field: string): StaffImportColumn | null => FIELD_COLUMN[field.split('.').at(-1)!] ?? null;

export const readStaffImportHeader = (cells: readonly string[]): Map<number, StaffImportColumn> | null =>
  readSheetHeader(cells, STAFF_IMPORT_COLUMNS, ['工号', '姓名', '电话', '岗位', '到岗日期']);

/** A position by its code, or by its Chinese title when no other position of the site has that title. */
function positionFinder(chart: OrgChart): (text: string) => string | null {
  const byCode = new Map(chart.positions.map((p) => [p.code, p.id]));
  const titles = new Map<string, string | null>();
  for (const p of chart.positions) titles.set(p.title.zh, titles.has(p.title.zh) ? null : p.id);
  return (text) => byCode.get(text) ?? titles.get(text) ?? null;
}

/** A day as typed in the sheet (2026-01-31, or 2026/1/31), as the site date the appointment forms take; null when it is no day. */
export function parseSheetDay(text: string): Date | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * Checks every row as the staff form and the appointment form would (the same rules: names,
 * employee numbers, phones, a known position, the headcount), then duplicates within the sheet:
 * an employee number or a phone on two rows. The headcount counts the rows above as appointed,
 * so a sheet cannot fill a position beyond it unnoticed. Every problem is named by row and column.
 */
export function checkStaffImportRows(rows: readonly StaffImportRow[], chart: OrgChart): CheckedStaffImport {
  const findPosition = positionFinder(chart);
  const position = (id: string) => chart.positions.find((p) => p.id === id)!;
  const numbers = new SheetClaims();
  const phones = new SheetClaims();
  const issues: StaffImportIssue[] = [];
  const entries: StaffImportEntry[] = [];
  // A position's regular holders on a day: those on the chart, plus the rows above appointed to
  // it from that day or earlier (new people, so none of them already holds it).
  const onChart = new Map<string, number>();
  const plannedStarts = new Map<string, number[]>();
  const regularHolders = (positionId: string, day: Date): number => {
    const key = `${positionId}@${day.getTime()}`;
    let held = onChart.get(key);
    if (held === undefined) onChart.set(key, (held = regularHolderIds(chart, positionId, day).size));
    return held + (plannedStarts.get(positionId) ?? []).filter((start) => start <= day.getTime()).length;
  };
  for (const { row, cells } of rows) {
    const rowIssues: StaffImportIssue[] = [];
    let fields: StaffFields | null = null;
    try {
      fields = checkStaffFields({ name: cells['姓名'] ?? '', employeeNo: cells['工号'] ?? '', phone: cells['电话'] ?? '' });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      rowIssues.push(...sheetIssuesOf(row, error, columnOf));
    }
    const positionText = (cells['岗位'] ?? '').trim();
    const positionId = positionText ? findPosition(positionText) : null;
    if (!positionId) rowIssues.push({ row, column: '岗位', rule: positionText ? 'invalid_choice' : 'required' });
    const dayText = (cells['到岗日期'] ?? '').trim();
    const startsOn = dayText ? parseSheetDay(dayText) : null;
    if (!startsOn) rowIssues.push({ row, column: '到岗日期', rule: dayText ? 'invalid_date' : 'required' });
    if (fields && !numbers.claim(fields.employeeNo)) rowIssues.push({ row, column: '工号', rule: 'duplicate' });
    if (fields?.phone && !phones.claim(fields.phone)) rowIssues.push({ row, column: '电话', rule: 'duplicate' });
    if (fields && positionId && startsOn && rowIssues.length === 0) {
      try {
        const { reason } = checkAppointmentWith(position(positionId), { regular: regularHolders(positionId, startsOn), holdsIt: false }, {
          staff: { id: `import-row-${row}`, siteId: chart.siteId, ...fields, active: true },
          positionId,
          startsOn,
          acting: false,
          overStrengthReason: cells['超编说明'],
        });
        const starts = plannedStarts.get(positionId) ?? [];
        starts.push(startsOn.getTime());
        plannedStarts.set(positionId, starts);
        entries.push({ row, fields, positionId, startsOn, overStrengthReason: reason });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // Beyond the headcount without a reason is the position's cell; a reason too long, the reason's.
        for (const issue of error.issues) rowIssues.push({ row, column: issue.rule === 'over_strength' ? '岗位' : columnOf(issue.field), rule: issue.rule });
      }
    }
    issues.push(...rowIssues);
  }
  return { entries, issues };
}
