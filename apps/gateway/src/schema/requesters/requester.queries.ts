import { findRequesterFileById, listRequesterFiles, searchRequesters } from '@kefu/db/requesters';
import { requesterResource, type RequesterFile } from '@kefu/domain/requesters';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { RequesterKindEnum, RequesterRef } from './requester.js';

const SEARCH_MAX = 60;

builder.queryField('requesters', (t) =>
  t.field({
    type: [RequesterRef],
    description: 'Merchant, owner or customer lookup for the intake form. Needs `ticket.create`.',
    authScopes: { can: 'ticket.create' },
    args: {
      search: t.arg.string({ required: true, description: 'Part of a name, shop name, shop unit or phone number (at most 60 characters).' }),
      kind: t.arg({ type: RequesterKindEnum, description: 'Only requesters of this kind.' }),
      first: t.arg.int({ description: 'How many to return: 1 to 50, 10 by default.' }),
    },
    resolve: async (_root, { search, kind, first }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      new InputChecker().text('search', search, { max: SEARCH_MAX }).integer('first', first, { min: 1, max: 50 }).check();
      return searchRequesters(ctx.db, siteId, { text: search.trim(), kind: kind ?? undefined, first: first ?? 10 });
    },
  }),
);

builder.queryField('requesterFiles', (t) =>
  t.connection(
    {
      type: RequesterRef,
      description: 'The archive of requesters’ files (来访人档案), by shop name or else name: search by shop, unit, name or phone. Needs `requester.view`.',
      authScopes: { can: 'requester.view' },
      args: {
        search: t.arg.string({ description: 'Part of a shop name, unit, name or phone number (at most 60 characters).' }),
        kind: t.arg({ type: RequesterKindEnum, description: 'Only requesters of this kind.' }),
      },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().text('search', args.search, { max: SEARCH_MAX }).integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await listRequesterFiles(ctx.db, siteId, {
          text: args.search ?? null,
          kind: args.kind ?? null,
          first: args.first ?? PAGE_SIZE.default,
          after: args.after ?? null,
        });
        return toConnection<RequesterFile>(page, args.after);
      },
    },
    { name: 'RequesterConnection', description: 'A page of requesters’ files.' },
    { name: 'RequesterEdge', description: 'One requester’s file in a page.' },
  ),
);

builder.queryField('requester', (t) =>
  t.field({
    type: RequesterRef,
    description: 'One requester’s file. Needs `requester.view`; NOT_FOUND when it does not exist on the viewer’s site.',
    authScopes: { can: 'requester.view' },
    args: { id: t.arg.id({ required: true, description: 'The requester’s id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const file = await findRequesterFileById(ctx.db, siteId, id);
      if (!file || !(await ctx.access()).can('requester.view', requesterResource(file))) throw new NotFoundError('Requester', id);
      return file;
    },
  }),
);
