import { describe, expect, it } from 'vitest';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';
import { checkStaffImportRows, parseSheetDay, readStaffImportHeader, STAFF_IMPORT_COLUMNS, type StaffImportRow } from './staff-import.js';

const position = (id: string, code: string, zh: string, headcount: number): Position =>
  ({ id, siteId: 'site', code, title: { zh, en: code }, unitId: 'u', reportsTo: [], headcount }) as unknown as Position;

const chart: OrgChart = {
  siteId: 'site',
  units: [],
  positions: [position('p-archive', 'archive_clerk', '客服档案文员', 1), position('p-hall', 'hall_clerk', '服务大厅服务人员', 3), position('p-a', 'floor_a', '楼层文员', 2), position('p-b', 'floor_b', '楼层文员', 2)],
  assignments: [],
};

let next = 2;
const row = (cells: StaffImportRow['cells']): StaffImportRow => ({ row: next++, cells });
const person = (employeeNo: string, patch: StaffImportRow['cells'] = {}): StaffImportRow['cells'] => ({
  工号: employeeNo,
  姓名: '周晓梅',
  电话: '',
  岗位: '服务大厅服务人员',
  到岗日期: '2026-12-01',
  ...patch,
});

describe('the staff import template', () => {
  it('finds its columns wherever they stand; a sheet without them has no header row', () => {
    expect(readStaffImportHeader(['姓名', '工号', '岗位', '电话', '备注', '到岗日期'])).toEqual(
      new Map([
        [0, '姓名'],
        [1, '工号'],
        [2, '岗位'],
        [3, '电话'],
        [5, '到岗日期'],
      ]),
    );
    expect(readStaffImportHeader(['KF-001', '周晓梅', '13912345678'])).toBeNull();
    expect(STAFF_IMPORT_COLUMNS).toContain('超编说明');
  });

  it('reads a start day typed with dashes, slashes or dots, and nothing that is no day', () => {
    expect(parseSheetDay('2026-12-01')).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(parseSheetDay('2026/1/5')).toEqual(new Date('2026-01-05T00:00:00Z'));
    expect(parseSheetDay('2026.02.30')).toBeNull();
    expect(parseSheetDay('下周一')).toBeNull();
  });
});

describe('checkStaffImportRows', () => {
  it('turns clean rows into records and appointments, the position found by title or by code', () => {
    next = 2;
    const { entries, issues } = checkStaffImportRows(
      [row(person('KF-101', { 电话: '139 1234 5678' })), row(person('KF-102', { 姓名: '王芳', 岗位: 'archive_clerk', 到岗日期: '2027/3/1' }))],
      chart,
    );
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { row: 2, fields: { name: '周晓梅', employeeNo: 'KF-101', phone: '13912345678' }, positionId: 'p-hall', startsOn: new Date('2026-12-01T00:00:00Z'), overStrengthReason: null },
      { row: 3, fields: { name: '王芳', employeeNo: 'KF-102', phone: null }, positionId: 'p-archive', startsOn: new Date('2027-03-01T00:00:00Z'), overStrengthReason: null },
    ]);
  });

  it('names every problem by row and column: missing fields, a bad phone, an unknown or ambiguous position, a bad day', () => {
    next = 2;
    const { entries, issues } = checkStaffImportRows(
      [
        row(person('', { 姓名: '' })),
        row(person('KF-2', { 电话: 'abc', 岗位: '保安' })),
        row(person('KF-3', { 岗位: '楼层文员', 到岗日期: '明天' })),
        row(person('KF-4', { 岗位: '', 到岗日期: '' })),
      ],
      chart,
    );
    expect(entries).toEqual([]);
    expect(issues).toEqual([
      { row: 2, column: '姓名', rule: 'required' },
      { row: 2, column: '工号', rule: 'required' },
      { row: 3, column: '电话', rule: 'phone_format' },
      { row: 3, column: '岗位', rule: 'invalid_choice' },
      // Two positions share the title: the code tells them apart.
      { row: 4, column: '岗位', rule: 'invalid_choice' },
      { row: 4, column: '到岗日期', rule: 'invalid_date' },
      { row: 5, column: '岗位', rule: 'required' },
      { row: 5, column: '到岗日期', rule: 'required' },
    ]);
  });

  it('refuses an employee number or a phone a row above already has', () => {
    next = 2;
    const { entries, issues } = checkStaffImportRows(
      [row(person('KF-1', { 电话: '13912345678' })), row(person('KF-1')), row(person('KF-3', { 电话: '+86 139 1234 5678' }))],
      chart,
    );
    expect(entries.map((e) => e.row)).toEqual([2]);
    expect(issues).toEqual([
      { row: 3, column: '工号', rule: 'duplicate' },
      { row: 4, column: '电话', rule: 'duplicate' },
    ]);
  });

  it('counts the rows above against the headcount: beyond it, a row needs its reason (超编说明)', () => {
    next = 2;
    const { entries, issues } = checkStaffImportRows(
      [
        row(person('KF-1', { 岗位: '客服档案文员' })),
        row(person('KF-2', { 岗位: '客服档案文员' })),
        row(person('KF-3', { 岗位: '客服档案文员', 超编说明: '档案数字化期间增援' })),
      ],
      chart,
    );
    expect(issues).toEqual([{ row: 3, column: '岗位', rule: 'over_strength' }]);
    expect(entries.map((e) => [e.row, e.overStrengthReason])).toEqual([
      [2, null],
      [4, '档案数字化期间增援'],
    ]);
  });
});
