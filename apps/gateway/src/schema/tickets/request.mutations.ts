import { attachToTicket, type Queryable } from '@kefu/db';
import { InputChecker } from '@kefu/domain/shared';
import { checkPhotoCount, portalIntakeUnit, portalSeverity, type Ticket } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedInRequester } from '../common/request-scope.js';
import { createTicketOnce, runTicketCommand } from './ticket-commands.js';
import { TicketKindEnum } from './ticket-enums.js';
import { checkIdempotencyKey } from './ticket.mutations.js';
import { MyRequestRef } from './my-request.js';

const SubmitRequestInput = builder.inputType('SubmitRequestInput', {
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, required: true }),
    title: t.string({ required: true }),
    description: t.string({ required: true }),
    location: t.string({ description: 'Shop unit or place in the mall.' }),
    preferredContactTime: t.string({ description: 'When the requester prefers to be called back, in their words.' }),
    photoIds: t.idList({ description: 'Photos uploaded with uploadRequestPhoto by the same viewer, not yet sent with a request.' }),
    requestedBy: t.field({ type: 'DateTime', description: 'When the requester needs an answer by, if they say.' }),
  }),
});

builder.mutationField('submitRequest', (t) =>
  t.field({
    type: MyRequestRef,
    description: 'A merchant or owner submits a request from the portal. Retries with the same key return the same request.',
    authScopes: { requester: true },
    args: { input: t.arg({ type: SubmitRequestInput, required: true }), idempotencyKey: t.arg.string({ required: true }) },
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
    description: 'Rates the outcome 1–5 stars; 2 or fewer sends the request back to the department.',
    authScopes: { requester: true },
    args: {
      id: t.arg.globalID({ for: MyRequestRef, required: true }),
      version: t.arg.int({ required: true }),
      stars: t.arg.int({ required: true }),
      comment: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'rate', stars: args.stars, comment: args.comment ?? undefined })),
  }),
);
