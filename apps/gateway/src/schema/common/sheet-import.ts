import type { SheetIssue } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { SheetImportOutcome } from '../../use-cases/shared/sheet-import.js';

const RULES = 'required, phone_format, invalid_choice, invalid_date, invalid_format, invalid_characters, too_long, out_of_range, over_strength, or duplicate';

/**
 * The answer of an import from Excel, one pair of types per import (`<prefix>ImportIssue`,
 * `<prefix>ImportResult`): every import reports its cells at fault and what it wrote the same way.
 */
export function sheetImportResultRef<C extends string>(opts: { prefix: string; columns: readonly C[]; mutation: string; rules?: string; written: string; duplicate: string }) {
  const issue = builder.objectRef<SheetIssue<C>>(`${opts.prefix}ImportIssue`).implement({
    description: `One cell at fault in an imported sheet. Reached only through \`${opts.mutation}\`.`,
    authScopes: { staff: true },
    fields: (t) => ({
      row: t.exposeInt('row', { description: 'The sheet’s row number (the header is row 1).' }),
      column: t.string({ nullable: true, description: `The template column (${opts.columns.join('、')}), or null for the row as a whole.`, resolve: (i) => i.column }),
      rule: t.exposeString('rule', { description: `What is wrong: ${opts.rules ?? RULES} (${opts.duplicate}).` }),
    }),
  });
  return builder.objectRef<SheetImportOutcome<C>>(`${opts.prefix}ImportResult`).implement({
    description: `What an import found and wrote. Reached only through \`${opts.mutation}\`.`,
    authScopes: { staff: true },
    fields: (t) => ({
      rowCount: t.exposeInt('rowCount', { description: 'Rows read below the header (empty rows skipped).' }),
      issueCount: t.exposeInt('issueCount', { description: 'How many cells are at fault in all.' }),
      written: t.exposeInt('written', { description: `${opts.written}: every row when confirmed without faults, otherwise 0.` }),
      issues: t.field({ type: [issue], description: 'The cells at fault, by row then column (the first 200); empty when the sheet can be written.', resolve: (o) => o.issues }),
    }),
  });
}
