import { builder } from '../../builder.js';
import { acknowledgeInbound } from '../../use-cases/relays/acknowledge-inbound.js';
import { registerInbound } from '../../use-cases/relays/register-inbound.js';
import { useCaseContext } from '../common/use-case-context.js';
import { InboundAudienceEnum, InboundKindEnum, InboundRef } from './inbound.js';

const RegisterInboundInput = builder.inputType('RegisterInboundInput', {
  description: 'Information another department passes to customer service.',
  fields: (t) => ({
    departmentId: t.id({ required: true, description: 'The department that passes it on (a Department id of the site).' }),
    kind: t.field({ type: InboundKindEnum, required: true, description: 'What it is about.' }),
    title: t.string({ required: true, description: 'A one-line summary (at most 60 characters).' }),
    body: t.string({ required: true, description: 'The details (at most 1000 characters).' }),
    audience: t.field({ type: InboundAudienceEnum, required: true, description: 'Who it is for; `INTERNAL` keeps it off the portal.' }),
    unitPrefix: t.string({ description: 'For `UNITS`: the start of the shop units (letters, digits, dashes: "B2", "B2-007").' }),
    requesterId: t.id({ description: 'For `REQUESTER`: the requester (a Requester id of the site).' }),
  }),
});

builder.mutationField('registerInbound', (t) =>
  t.field({
    type: InboundRef,
    description:
      'Registers information another department passes to customer service. Needs `inbound.register`; BAD_USER_INPUT with field errors for a department or requester not of the site, a missing or malformed unit prefix.',
    authScopes: { can: 'inbound.register' },
    args: { input: t.arg({ type: RegisterInboundInput, required: true, description: 'The information.' }) },
    resolve: (_root, { input }, ctx) =>
      registerInbound(useCaseContext(ctx), {
        departmentId: String(input.departmentId),
        kind: input.kind,
        title: input.title,
        body: input.body,
        audience: input.audience,
        unitPrefix: input.unitPrefix ?? null,
        requesterId: input.requesterId ? String(input.requesterId) : null,
      }),
  }),
);

builder.mutationField('acknowledgeInbound', (t) =>
  t.field({
    type: InboundRef,
    description:
      'Customer service acknowledges inbound information (受理); a notice meant for requesters shows on their portal from now on. Needs `inbound.acknowledge`; again changes nothing; NOT_FOUND when not on the viewer’s site.',
    authScopes: { can: 'inbound.acknowledge' },
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }, ctx) => acknowledgeInbound(useCaseContext(ctx), String(id)),
  }),
);
