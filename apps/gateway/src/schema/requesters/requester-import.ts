import { IMPORT_COLUMNS, IMPORT_LIMITS, type ImportIssue } from '@kefu/domain/requesters';
import { builder } from '../../builder.js';
import { importRequesters, importTemplate, type ImportOutcome } from '../../use-cases/requesters/import-requesters.js';
import { useCaseContext } from '../common/use-case-context.js';

const ImportIssueRef = builder.objectRef<ImportIssue>('RequesterImportIssue').implement({
  description: 'One cell at fault in an imported sheet. Reached only through `importRequesters`.',
  authScopes: { staff: true },
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The sheet’s row number (the header is row 1).' }),
    column: t.exposeString('column', { nullable: true, description: `The template column (${IMPORT_COLUMNS.join('、')}), or null for the row as a whole.` }),
    rule: t.exposeString('rule', { description: 'What is wrong: required, phone_format, invalid_choice, invalid_date, invalid_format, too_long, out_of_range, or duplicate (within the sheet or already on file).' }),
  }),
});

const ImportOutcomeRef = builder.objectRef<ImportOutcome>('RequesterImportResult').implement({
  description: 'What an import found and wrote. Reached only through `importRequesters`.',
  authScopes: { staff: true },
  fields: (t) => ({
    rowCount: t.exposeInt('rowCount', { description: 'Rows read below the header (empty rows skipped).' }),
    issueCount: t.exposeInt('issueCount', { description: 'How many cells are at fault in all.' }),
    written: t.exposeInt('written', { description: 'Files written: every row when confirmed without faults, otherwise 0.' }),
    issues: t.field({ type: [ImportIssueRef], description: 'The cells at fault, by row then column (the first 200); empty when the sheet can be written.', resolve: (o) => o.issues }),
  }),
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
