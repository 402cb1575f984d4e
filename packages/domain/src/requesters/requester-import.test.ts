import { describe, expect, it } from 'vitest';
import { checkImportRows, readHeader, type ImportRow } from './requester-import.js';

const merchant = (row: number, patch: Record<string, string> = {}): ImportRow => ({
  row,
  cells: { 类别: '商户', 店名: `店${row}`, 姓名: '老板', 铺位: `A1-${String(row).padStart(3, '0')}`, 电话: `138000${String(row).padStart(5, '0')}`, 合同结束: '2027-12-31', ...patch },
});

describe('the requester import', () => {
  it('finds the template’s header, or says there is none', () => {
    expect(readHeader(['类别', '店名', '姓名', '铺位', '电话', '经营类别'])?.get(4)).toBe('电话');
    expect(readHeader(['鑫源瓷砖', 'A1-018', '13800001111'])).toBeNull();
  });

  it('takes valid merchants and owners in stored form', () => {
    const { files, issues } = checkImportRows([merchant(2), { row: 3, cells: { 类别: '业主', 姓名: '李先生', 铺位: 'c2-001, C2-002', 电话: '' } }]);
    expect(issues).toEqual([]);
    expect(files.map((f) => [f.row, f.file.kind, f.file.units])).toEqual([
      [2, 'merchant', ['A1-002']],
      [3, 'owner', ['C2-001', 'C2-002']],
    ]);
  });

  it('names every bad cell by row and column, and duplicates within the sheet', () => {
    const { files, issues } = checkImportRows([
      merchant(2),
      merchant(3, { 店名: '', 电话: 'abc' }),
      merchant(4, { 类别: '游客' }),
      merchant(5, { 电话: '13800000002' }),
      merchant(6, { 铺位: 'A1-002' }),
      merchant(7, { 合同结束: '2027-02-30' }),
    ]);
    expect(issues).toEqual([
      { row: 3, column: '店名', rule: 'required' },
      { row: 3, column: '电话', rule: 'phone_format' },
      { row: 4, column: '类别', rule: 'invalid_choice' },
      { row: 5, column: '电话', rule: 'duplicate' },
      { row: 6, column: '铺位', rule: 'duplicate' },
      { row: 7, column: '合同结束', rule: 'invalid_date' },
    ]);
    expect(files.map((f) => f.row)).toEqual([2]);
  });
});
