import { findAttachmentsByTicketIds } from '@kefu/db/tickets';
import { PHOTO_MAX_MB, type Attachment } from '@kefu/domain/tickets';
import { photoUrl } from '../../attachments/photo-access.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { uploadRequestPhoto } from '../../use-cases/tickets/upload-request-photo.js';
import { signedIn } from '../common/request-scope.js';
import { useCaseContext } from '../common/use-case-context.js';
import { TicketRef } from './ticket.js';
import { MyRequestRef } from './my-request.js';

builder.scalarType('File', {
  description: 'A file sent as a part of a GraphQL multipart request (graphql-multipart-request-spec).',
  serialize: () => {
    throw new TypeError('File is an input only');
  },
});

/** A photo attached to a request. The bytes are served at `url` to those who may see the request. */
export const PhotoRef = builder.objectRef<Attachment>('Photo').implement({
  description: 'A photo sent with a request. Reached only through an upload or a request the viewer may see.',
  // Reached only through an upload or a request the viewer may already see.
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The photo’s id, as SubmitRequestInput.photoIds takes it.' }),
    url: t.string({ description: 'Where the bytes are served, to the uploader and to those who may see its request.', resolve: (p) => photoUrl(p.id) }),
    contentType: t.exposeString('contentType', { description: 'image/jpeg, image/png or image/webp, as read from the bytes.' }),
    byteSize: t.exposeInt('byteSize', { description: 'Size in bytes.' }),
  }),
});

const photosOfTickets = (ids: string[], ctx: GatewayContext) => findAttachmentsByTicketIds(ctx.db, signedIn(ctx).siteId, ids);

builder.objectField(MyRequestRef, 'photos', (t) =>
  t.loadableList({ type: PhotoRef, description: 'Photos sent with the request, oldest first.', load: photosOfTickets, resolve: (x) => x.id }),
);

builder.objectField(TicketRef, 'photos', (t) =>
  t.loadableList({ type: PhotoRef, description: 'Photos the requester sent, oldest first.', load: photosOfTickets, resolve: (x) => x.id }),
);

builder.mutationField('uploadRequestPhoto', (t) =>
  t.field({
    type: PhotoRef,
    description: `Stores one photo (JPEG, PNG or WebP, at most ${PHOTO_MAX_MB} MB) for a request about to be submitted; pass its id in SubmitRequestInput.photoIds. Requesters only.`,
    authScopes: { requester: true },
    args: { file: t.arg({ type: 'File', required: true, description: 'The photo, as a multipart file part.' }) },
    resolve: (_root, { file }, ctx) => uploadRequestPhoto(useCaseContext(ctx), file),
  }),
);
