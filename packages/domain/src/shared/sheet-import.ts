import type { FieldIssue, ValidationError } from './validation.js';

/**
 * What every import from Excel shares (issue 14 §4, the product's own limits): the file's size
 * and row limits, a row's cells by template column, and a problem named by row and column.
 */
export const SHEET_LIMITS = { maxBytes: 10 * 1024 * 1024, maxMb: 10, rows: 5000 } as const;

/** A cell's problem: a field rule, or the same value as another row or a record on file. */
export type SheetRule = FieldIssue['rule'] | 'duplicate';
/** One problem of one cell: the sheet's row number (the header is row 1) and its column. */
export type SheetIssue<C extends string> = { row: number; column: C | null; rule: SheetRule };
export type SheetRow<C extends string> = { row: number; cells: Partial<Record<C, string>> };

/**
 * The header row's template columns by position; null when a required column is missing,
 * which is how a sheet without a header row looks.
 */
export function readSheetHeader<C extends string>(cells: readonly string[], columns: readonly C[], required: readonly C[]): Map<number, C> | null {
  const found = new Map<number, C>();
  cells.forEach((cell, i) => {
    const column = columns.find((c) => c === cell.trim());
    if (column) found.set(i, column);
  });
  const present = new Set(found.values());
  return required.every((c) => present.has(c)) ? found : null;
}

/** A row's validation problems as cells: `columnOf` names the column of a field the rules named. */
export const sheetIssuesOf = <C extends string>(row: number, error: ValidationError, columnOf: (field: string) => C | null): SheetIssue<C>[] =>
  error.issues.map((issue) => ({ row, column: columnOf(issue.field), rule: issue.rule }));

/** By row, then in the template's column order (a row's own problem first). */
export const sortSheetIssues = <C extends string>(issues: SheetIssue<C>[], columns: readonly C[]): SheetIssue<C>[] =>
  issues.sort((a, b) => a.row - b.row || (a.column ? columns.indexOf(a.column) : -1) - (b.column ? columns.indexOf(b.column) : -1));

/** Values a sheet may hold once (a phone, an employee number): the first row to claim one keeps it. */
export class SheetClaims {
  private readonly seen = new Set<string>();
  /** True when the value was still free, and is now this row's. */
  claim(value: string): boolean {
    if (this.seen.has(value)) return false;
    this.seen.add(value);
    return true;
  }
}
