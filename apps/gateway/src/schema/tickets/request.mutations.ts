import { builder } from '../../builder.js';
import { rateRequest } from '../../use-cases/tickets/rate-request.js';
import { submitRequest } from '../../use-cases/tickets/submit-request.js';
import { useCaseContext } from '../common/use-case-context.js';
import { TicketKindEnum } from './ticket-enums.js';
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
    resolve: (_root, { input, idempotencyKey }, ctx) => submitRequest(useCaseContext(ctx), input, idempotencyKey),
  }),
);

builder.mutationField('rateRequest', (t) =>
  t.field({
    type: MyRequestRef,
    description: 'Rates the outcome 1–5 stars once it is resolved; 2 or fewer sends the request back to the department. Requesters only, on their own requests.',
    authScopes: { requester: true },
    args: {
      id: t.arg.globalID({ for: MyRequestRef, required: true, description: 'The request’s global id.' }),
      version: t.arg.int({ required: true, description: 'The version the requester last read; a stale one is refused with CONFLICT.' }),
      stars: t.arg.int({ required: true, description: '1 (very unhappy) to 5 (very happy).' }),
      comment: t.arg.string({ description: 'The requester’s own words (at most 1000 characters).' }),
    },
    resolve: (_root, args, ctx) =>
      rateRequest(useCaseContext(ctx), { ticketId: args.id.id, expectedVersion: args.version }, { stars: args.stars, comment: args.comment }),
  }),
);
