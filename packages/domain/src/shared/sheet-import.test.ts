import { describe, expect, it } from 'vitest';
import { readSheetHeader, SheetClaims, sortSheetIssues, type SheetIssue } from './sheet-import.js';

describe('what every sheet import shares', () => {
  it('reads a header only when every required column is there', () => {
    expect(readSheetHeader([' 甲 ', '丙', '乙'], ['甲', '乙', '丙'] as const, ['甲', '乙'])).toEqual(
      new Map([
        [0, '甲'],
        [1, '丙'],
        [2, '乙'],
      ]),
    );
    expect(readSheetHeader(['甲', '丙'], ['甲', '乙', '丙'] as const, ['甲', '乙'])).toBeNull();
  });

  it('sorts problems by row, then in the template’s column order, a row’s own problem first', () => {
    const issues: SheetIssue<'甲' | '乙'>[] = [
      { row: 3, column: '甲', rule: 'required' },
      { row: 2, column: '乙', rule: 'duplicate' },
      { row: 2, column: null, rule: 'invalid_choice' },
      { row: 2, column: '甲', rule: 'too_long' },
    ];
    expect(sortSheetIssues(issues, ['甲', '乙']).map((i) => `${i.row}${i.column ?? '-'}`)).toEqual(['2-', '2甲', '2乙', '3甲']);
  });

  it('lets the first row keep a value', () => {
    const claims = new SheetClaims();
    expect([claims.claim('a'), claims.claim('b'), claims.claim('a')]).toEqual([true, true, false]);
  });
});
