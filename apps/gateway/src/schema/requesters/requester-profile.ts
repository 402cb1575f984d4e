import { findPreferredContactTime } from '@kefu/db/requesters';
import { CONTACT_TIME_MAX, requesterResource } from '@kefu/domain/requesters';
import { builder } from '../../builder.js';
import { updateMyContact } from '../../use-cases/requesters/update-my-contact.js';
import { useCaseContext } from '../common/use-case-context.js';
import { RequesterRef } from './requester.js';

builder.objectField(RequesterRef, 'preferredContactTime', (t) =>
  t.string({
    nullable: true,
    description: 'When they prefer to be called back (工作日 14:00 以后). Staff with `requester.view`, and the requester themself.',
    authScopes: async (r, _args, ctx) => {
      const { principal } = ctx.viewer;
      if (principal.kind === 'requester') return principal.requesterId === r.id && principal.siteId === r.siteId;
      return (await ctx.access()).can('requester.view', requesterResource(r));
    },
    resolve: (r, _args, ctx) => findPreferredContactTime(ctx.db, r.siteId, r.id),
  }),
);

const MyContactInput = builder.inputType('MyContactInput', {
  description: 'What a portal user may correct on their own file.',
  fields: (t) => ({
    phone: t.string({ description: 'A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321); empty for none.' }),
    preferredContactTime: t.string({ description: `When to call them back, in their words (at most ${CONTACT_TIME_MAX} characters); empty for any time.` }),
  }),
});

builder.mutationField('updateMyContact', (t) =>
  t.field({
    type: RequesterRef,
    description: 'A portal user corrects their own phone and preferred contact time; the file is always the signed-in requester’s own. Requesters only.',
    authScopes: { requester: true },
    args: { input: t.arg({ type: MyContactInput, required: true, description: 'The corrected contact.' }) },
    resolve: (_root, { input }, ctx) => updateMyContact(useCaseContext(ctx), input),
  }),
);
