import type { Queryable } from '@kefu/db/engine';
import { attachToTicket } from '@kefu/db/tickets';
import { InputChecker } from '@kefu/domain/shared';
import { checkPhotoCount, portalIntakeUnit, portalSeverity, type Ticket } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedInRequester } from '../common/request-scope.js';
import { createTicketOnce, runTicketCommand } from '../tickets/ticket-commands.js';
import { TicketKindEnum } from '../tickets/ticket-enums.js';
import { checkIdempotencyKey } from '../tickets/ticket.mutations.js';
import { MyRequestRef } from './my-request.js';

const SubmitRequestInput = builder.inputType('SubmitRequestInput', {
  description: 'A request as a merchant or owner writes it in the portal; the severity follows from the kind.',
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, required: true, description: 'What it is about; complaints are treated as important, everything else as minor.' }),
    title: t.string({ required: true, description: 'A one-line summary.' }),
    description: t.string({ required: true, description: 'What happened, when, where, and what the requester asks for.' }),
    location: t.string({ description: 'Shop unit or place in the mall.' }),
    preferredContactTime: t.string({ description: 'When the requester prefers to be called back, in their words.' }),
    photoIds: t.idList({ description: 'Photos uploaded with uploadRequestPhoto by the same viewer, not yet sent with a request.' }),
    requestedBy: t.field({ type: 'DateTime', description: 'When the requester needs an answer by, if they say.' }),
  }),
});

builder.mutationField('submitRequest', (t) =>
  t.field({
    type: MyRequestRef,
    description: 'A merchant or owner submits a request from the portal; it lands in the merchant service centre’s queue (商户服务部). Retries with the same key return the same request. Requesters only.',
    authScopes: { requester: true },
    args: {
      input: t.arg({ type: SubmitRequestInput, required: true, description: 'The request.' }),
      idempotencyKey: t.arg.string({
        required: true,
        description: 'Made up by the client per submit (8–100 characters) and sent again on retry; the same key with a different request is refused with CONFLICT.',
      }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      const { principal } = signedInRequester(ctx);
      checkIdempotencyKey(idempotencyKey);
      const photoIds = [...new Set(input.photoIds ?? [])];
      checkPhotoCount(photoIds);
      const { chart } = await ctx.access();
      return createTicketOnce(
        ctx,
        {
          kind: input.kind,
          channel: 'portal',
          severity: portalSeverity(input.kind),
          title: input.title,
          description: input.description,
          location: input.location ?? null,
          preferredContactTime: input.preferredContactTime ?? null,
          requesterId: principal.requesterId,
          requesterKind: principal.requesterKind,
          unitId: portalIntakeUnit(chart?.units ?? []),
          requestedBy: input.requestedBy ?? null,
        },
        idempotencyKey,
        { fingerprint: photoIds, write: (tx, ticket) => attachPhotos(tx, ctx, ticket, photoIds) },
      );
    },
  }),
);

/** Only the viewer's own photos that no request carries yet; anything else refuses the whole submit. */
async function attachPhotos(tx: Queryable, ctx: GatewayContext, ticket: Ticket, photoIds: string[]): Promise<void> {
  if (photoIds.length === 0) return;
  const attached = await attachToTicket(tx, {
    siteId: ticket.siteId,
    uploaderAccountId: ctx.viewer.accountId!,
    ticketId: ticket.id,
    ids: photoIds,
  });
  if (attached.length !== photoIds.length) new InputChecker().add({ field: 'photoIds', rule: 'invalid_choice' }).check();
}

builder.mutationField('rateRequest', (t) =>
  t.field({
    type: MyRequestRef,
    description: 'Rates the outcome 1–5 stars once it is resolved; 2 or fewer sends the request back to the department and tells its supervisor. Requesters only, on their own requests.',
    authScopes: { requester: true },
    args: {
      id: t.arg.globalID({ for: MyRequestRef, required: true, description: 'The request’s global id.' }),
      version: t.arg.int({ required: true, description: 'The version the requester last read; a stale one is refused with CONFLICT.' }),
      stars: t.arg.int({ required: true, description: '1 (very unhappy) to 5 (very happy).' }),
      comment: t.arg.string({ description: 'The requester’s own words (at most 1000 characters).' }),
    },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'rate', stars: args.stars, comment: args.comment ?? undefined })),
  }),
);
