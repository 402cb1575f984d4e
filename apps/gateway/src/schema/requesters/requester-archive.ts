import { findSiteById } from '@kefu/db/sites';
import { listExpiring, listRequesterChanges, listRequesterDocuments, listRequesterNotes, type Expiring } from '@kefu/db/requesters';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  EXPIRY_WINDOW_DAYS,
  expiryWindowEnd,
  requesterResource,
  type FieldChange,
  type Requester,
  type RequesterChange,
  type RequesterDocument,
  type RequesterNote,
} from '@kefu/domain/requesters';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { InputChecker } from '@kefu/domain/shared';
import { photoUrl } from '../../attachments/photo-access.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { addRequesterDocument } from '../../use-cases/requesters/add-requester-document.js';
import { addRequesterNote } from '../../use-cases/requesters/add-requester-note.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { RequesterRef } from './requester.js';

const asDay = (day: string | null): Date | null => (day === null ? null : new Date(`${day}T00:00:00Z`));
const day = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
const mayReadFile = async (requester: Pick<Requester, 'id' | 'siteId'>, ctx: GatewayContext): Promise<boolean> =>
  (await ctx.access()).can('requester.view', requesterResource(requester));
const staffById = (id: string | null, ctx: GatewayContext) => (id ? signedInStaff(ctx).loaders.staff.load(id) : null);

const DocumentKindEnum = domainEnum('DocumentKind', DOCUMENT_KINDS, 'What a document on a requester’s file is.', {
  licence: 'Business licence (营业执照).',
  contract: 'Lease contract (租赁合同).',
  insurance_card: 'Insurance card (保险卡).',
});

const CHANGE_ACTIONS = ['created', 'updated', 'document_added'] as const;
const ChangeActionEnum = domainEnum('RequesterChangeAction', CHANGE_ACTIONS, 'What happened to a requester’s file.', {
  created: 'The file was registered.',
  updated: 'Its fields were changed.',
  document_added: 'A document was filed.',
});

const EXPIRING_WHAT = ['contract', ...DOCUMENT_KINDS] as const;
const ExpiringWhatEnum = domainEnum('ExpiringWhat', EXPIRING_WHAT, 'What runs out: the lease contract on the file, or one of its documents.', {
  contract: 'The merchant’s lease contract (its end day on the file).',
  licence: 'A business licence document.',
  insurance_card: 'An insurance card document.',
});

export const RequesterDocumentRef = builder.objectRef<RequesterDocument>('RequesterDocument').implement({
  description: 'A document on a requester’s file (档案资料). Readable by whoever may read the file (`requester.view`).',
  authScopes: (doc, ctx) => mayReadFile({ id: doc.requesterId, siteId: doc.siteId }, ctx),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The document’s id.' }),
    kind: t.field({ type: DocumentKindEnum, description: 'Licence, contract or insurance card.', resolve: (d) => d.kind }),
    expiresOn: t.field({ type: 'LocalDate', nullable: true, description: 'The last day it is valid, on the site’s calendar; null when it does not expire.', resolve: (d) => asDay(d.expiresOn) }),
    fileName: t.exposeString('fileName', { description: 'The uploaded file’s name.' }),
    contentType: t.exposeString('contentType', { description: 'application/pdf, image/jpeg, image/png or image/webp, as read from the bytes.' }),
    byteSize: t.exposeInt('byteSize', { description: 'Size in bytes.' }),
    url: t.string({ description: 'Where the bytes are served to staff who may read the file.', resolve: (d) => photoUrl(d.attachmentId) }),
    addedBy: t.field({ type: StaffRef, nullable: true, description: 'Who filed it.', resolve: (d, _a, ctx) => staffById(d.addedById, ctx) }),
    addedAt: t.field({ type: 'DateTime', description: 'When it was filed.', resolve: (d) => d.addedAt }),
  }),
});

const RequesterNoteRef = builder.objectRef<RequesterNote>('RequesterNote').implement({
  description: 'A note a member of staff keeps on a requester’s file. Readable by whoever may read the file.',
  authScopes: (note, ctx) => mayReadFile({ id: note.requesterId, siteId: note.siteId }, ctx),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The note’s id.' }),
    body: t.exposeString('body', { description: 'What was noted.' }),
    author: t.field({ type: StaffRef, nullable: true, description: 'Who wrote it.', resolve: (n, _a, ctx) => staffById(n.authorId, ctx) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was written.', resolve: (n) => n.createdAt }),
  }),
});

const FieldChangeRef = builder.objectRef<FieldChange>('RequesterFieldChange').implement({
  description: 'One field of a file as it was and as it became. Reached only through `RequesterChange.fields`.',
  authScopes: { staff: true },
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field’s name (phone, units, contractEndsOn …; a document kind for a filed document).' }),
    from: t.exposeString('from', { nullable: true, description: 'Its value before, as text; null when empty.' }),
    to: t.exposeString('to', { nullable: true, description: 'Its value after, as text; null when empty.' }),
  }),
});

const RequesterChangeRef = builder.objectRef<RequesterChange>('RequesterChange').implement({
  description: 'An entry of a file’s history: who changed what, when. Reached only through `Requester.history`, which needs `requester.view`.',
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entry’s id.' }),
    action: t.field({ type: ChangeActionEnum, description: 'Registered, changed or a document filed.', resolve: (c) => c.action }),
    actor: t.field({ type: StaffRef, nullable: true, description: 'Who did it.', resolve: (c, _a, ctx) => staffById(c.actorId, ctx) }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (c) => c.at }),
    fields: t.field({ type: [FieldChangeRef], description: 'The fields that changed, from what to what.', resolve: (c) => c.fields }),
  }),
});

builder.objectFields(RequesterRef, (t) => ({
  documents: t.field({
    type: [RequesterDocumentRef],
    description: 'The file’s documents, newest first (the latest 50). Needs `requester.view`.',
    authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
    resolve: (r, _args, ctx) => listRequesterDocuments(ctx.db, r.siteId, r.id),
  }),
  notes: t.field({
    type: [RequesterNoteRef],
    description: 'Staff notes on the file, newest first (the latest 50). Needs `requester.view`.',
    authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
    resolve: (r, _args, ctx) => listRequesterNotes(ctx.db, r.siteId, r.id),
  }),
  history: t.field({
    type: [RequesterChangeRef],
    description: 'Who changed what on the file, and when, newest first (the latest 50). Needs `requester.view`.',
    authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
    resolve: (r, _args, ctx) => listRequesterChanges(ctx.db, r.siteId, r.id),
  }),
}));

const ExpiringRef = builder.objectRef<Expiring & { siteId: string }>('ExpiringItem').implement({
  description: 'A merchant’s contract or document that runs out soon. Reached only through `expiringRequesterFiles`.',
  authScopes: { staff: true },
  fields: (t) => ({
    what: t.field({ type: ExpiringWhatEnum, description: 'The contract, or which kind of document.', resolve: (e) => e.what }),
    expiresOn: t.field({ type: 'LocalDate', description: 'Its last valid day, on the site’s calendar.', resolve: (e) => asDay(e.expiresOn)! }),
    requester: t.field({
      type: RequesterRef,
      description: 'Whose file it is on.',
      resolve: async (e, _a, ctx) => (await signedInStaff(ctx).loaders.requesterFiles.load(e.requesterId))!,
    }),
  }),
});

builder.queryField('expiringRequesterFiles', (t) =>
  t.connection(
    {
      type: ExpiringRef,
      description: `Merchants’ contracts and documents that expire within ${EXPIRY_WINDOW_DAYS} days of the site’s today (today included), soonest first; merchants that left are not listed. Needs \`requester.documents\` (the archive clerk).`,
      authScopes: { can: 'requester.documents' },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const site = await findSiteById(ctx.db, siteId);
        const today = toSiteLocalDate(ctx.now, site?.timeZone ?? 'Asia/Shanghai');
        const page = await listExpiring(ctx.db, siteId, { from: today, to: expiryWindowEnd(today), first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
        return toConnection({ ...page, rows: page.rows.map((row) => ({ ...row, siteId })) }, args.after);
      },
    },
    { name: 'ExpiringItemConnection', description: 'A page of contracts and documents running out.' },
    { name: 'ExpiringItemEdge', description: 'One contract or document running out.' },
  ),
);

builder.mutationField('addRequesterNote', (t) =>
  t.field({
    type: RequesterNoteRef,
    description: 'Adds a staff note (at most 1000 characters) to a requester’s file. Needs `requester.view`; NOT_FOUND for a file not on the viewer’s site.',
    authScopes: { can: 'requester.view' },
    args: {
      requesterId: t.arg.id({ required: true, description: 'The requester’s id.' }),
      body: t.arg.string({ required: true, description: 'The note.' }),
    },
    resolve: (_root, { requesterId, body }, ctx) => addRequesterNote(useCaseContext(ctx), requesterId, body),
  }),
);

builder.mutationField('addRequesterDocument', (t) =>
  t.field({
    type: RequesterDocumentRef,
    description: `Files a document (PDF, JPEG, PNG or WebP, at most ${DOCUMENT_LIMITS.maxMb} MB) on a requester’s file, sent as a multipart file part. Needs \`requester.documents\` (the archive clerk); NOT_FOUND for a file not on the viewer’s site.`,
    authScopes: { can: 'requester.documents' },
    args: {
      requesterId: t.arg.id({ required: true, description: 'The requester’s id.' }),
      kind: t.arg({ type: DocumentKindEnum, required: true, description: 'Licence, contract or insurance card.' }),
      expiresOn: t.arg({ type: 'LocalDate', description: 'The last day it is valid; leave out when it does not expire.' }),
      file: t.arg({ type: 'File', required: true, description: 'The document, as a multipart file part.' }),
    },
    resolve: (_root, { requesterId, kind, expiresOn, file }, ctx) => addRequesterDocument(useCaseContext(ctx), requesterId, { kind, expiresOn: day(expiresOn), file }),
  }),
);
