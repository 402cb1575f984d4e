import { STAFF_IMPORT_COLUMNS } from '@kefu/domain/org';
import { SHEET_LIMITS } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { importStaff, staffImportTemplate } from '../../use-cases/org/import-staff.js';
import { sheetImportResultRef } from '../common/sheet-import.js';
import { useCaseContext } from '../common/use-case-context.js';

const StaffImportResultRef = sheetImportResultRef({
  prefix: 'Staff',
  columns: STAFF_IMPORT_COLUMNS,
  mutation: 'importStaff',
  duplicate: 'an employee number or phone within the sheet or already on file; over_strength: beyond the position’s headcount without 超编说明; invalid_choice at 岗位: no position of the site has that title or code',
  written: 'Staff records written, each with its appointment',
});

builder.queryField('staffImportTemplate', (t) =>
  t.string({
    description: 'The staff import template (.xlsx), base64-encoded: the header row and one example row. Needs `staff.edit`.',
    authScopes: { can: 'staff.edit' },
    resolve: async () => (await staffImportTemplate()).toString('base64'),
  }),
);

builder.mutationField('importStaff', (t) =>
  t.field({
    type: StaffImportResultRef,
    description: `Staff with their position and first day from the template (.xlsx, at most ${SHEET_LIMITS.maxMb} MB and ${SHEET_LIMITS.rows} rows), sent as a multipart file part. With confirm false, a preview that checks every row and writes nothing; with confirm true, every record and appointment is written or, when any row is at fault, none. A file that is not xlsx, too large or without the header row is a BAD_USER_INPUT on \`file\`. Needs \`staff.edit\`.`,
    authScopes: { can: 'staff.edit' },
    args: {
      file: t.arg({ type: 'File', required: true, description: 'The sheet, as a multipart file part.' }),
      confirm: t.arg.boolean({ required: true, description: 'false: preview only; true: write all rows or none.' }),
    },
    resolve: (_root, { file, confirm }, ctx) => importStaff(useCaseContext(ctx), file, confirm),
  }),
);
