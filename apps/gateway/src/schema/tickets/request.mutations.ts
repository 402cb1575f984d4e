import { builder } from '../../builder.js';
import { rateRequest } from '../../use-cases/tickets/rate-request.js';
import { submitRequest } from '../../use-cases/tickets/submit-request.js';
import { useCaseContext } from '../common/use-case-context.js';
import { TicketKindEnum } from './ticket-enums.js';
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
    resolve: (_root, { input, idempotencyKey }, ctx) => submitRequest(useCaseContext(ctx), input, idempotencyKey),
  }),
);

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
      rateRequest(useCaseContext(ctx), { ticketId: args.id.id, expectedVersion: args.version }, { stars: args.stars, comment: args.comment }),
  }),
);
