import { IMPORT_COLUMNS, IMPORT_LIMITS } from '@kefu/domain/requesters';
import { builder } from '../../builder.js';
import { importRequesters, importTemplate } from '../../use-cases/requesters/import-requesters.js';
import { sheetImportResultRef } from '../common/sheet-import.js';
import { useCaseContext } from '../common/use-case-context.js';

const ImportOutcomeRef = sheetImportResultRef({
  prefix: 'Requester',
  columns: IMPORT_COLUMNS,
  mutation: 'importRequesters',
  rules: 'required, phone_format, invalid_choice, invalid_date, invalid_format, too_long, out_of_range, or duplicate',
  duplicate: 'within the sheet or already on file',
  written: 'Files written',
});

builder.queryField('requesterImportTemplate', (t) =>
  t.string({
    description: 'The import template (.xlsx), base64-encoded: the header row and one example row. Needs `requester.import`.',
    authScopes: { can: 'requester.import' },
    resolve: async () => (await importTemplate()).toString('base64'),
  }),
);

builder.mutationField('importRequesters', (t) =>
  t.field({
    type: ImportOutcomeRef,
    description: `Merchants and owners from the template (.xlsx, at most ${IMPORT_LIMITS.maxMb} MB and ${IMPORT_LIMITS.rows} rows), sent as a multipart file part. With confirm false, a preview that checks every row and writes nothing; with confirm true, every row is written or, when any is at fault, none. A file that is not xlsx, too large or without the header row is a BAD_USER_INPUT on \`file\`. Needs \`requester.import\`.`,
    authScopes: { can: 'requester.import' },
    args: {
      file: t.arg({ type: 'File', required: true, description: 'The sheet, as a multipart file part.' }),
      confirm: t.arg.boolean({ required: true, description: 'false: preview only; true: write all rows or none.' }),
    },
    resolve: (_root, { file, confirm }, ctx) => importRequesters(useCaseContext(ctx), file, confirm),
  }),
);
