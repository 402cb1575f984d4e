import { builder } from '../../builder.js';
import { createRequester } from '../../use-cases/requesters/create-requester.js';
import { updateRequester } from '../../use-cases/requesters/update-requester.js';
import { useCaseContext } from '../common/use-case-context.js';
import { RequesterRef } from './requester.js';
import { RequesterInput, toFileInput } from './requester-input.js';

builder.mutationField('createRequester', (t) =>
  t.field({
    type: RequesterRef,
    description: 'Registers a merchant, owner or customer. Needs `requester.create`; CONFLICT (reason REQUESTER.DUPLICATE, details.existingId) when the phone or an active unit is taken.',
    authScopes: { can: 'requester.create' },
    args: { input: t.arg({ type: RequesterInput, required: true, description: 'The file.' }) },
    resolve: (_root, { input }, ctx) => createRequester(useCaseContext(ctx), toFileInput(input)),
  }),
);

builder.mutationField('updateRequester', (t) =>
  t.field({
    type: RequesterRef,
    description: 'Rewrites a requester’s file. Needs `requester.edit`; NOT_FOUND for a file not on the viewer’s site; CONFLICT as for createRequester.',
    authScopes: { can: 'requester.edit' },
    args: {
      id: t.arg.id({ required: true, description: 'The requester’s id.' }),
      input: t.arg({ type: RequesterInput, required: true, description: 'The whole file as it should now be.' }),
    },
    resolve: (_root, { id, input }, ctx) => updateRequester(useCaseContext(ctx), id, toFileInput(input)),
  }),
);
