import { findReceptionEntryById, listReceptionEntries, type ReceptionEntryPage } from '@kefu/db/reception';
import { receptionResource, type ReceptionEntry } from '@kefu/domain/reception';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { ReceptionEntryRef, receptionStandardOf } from './reception-entry.js';

const page = async (ctx: GatewayContext, args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }, waiting: boolean) => {
  const { siteId } = signedInStaff(ctx);
  forwardPagingOnly(args);
  new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
  const found: ReceptionEntryPage = await listReceptionEntries(ctx.db, siteId, { waiting, first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
  return toConnection<ReceptionEntry>(found, args.after);
};

builder.queryField('receptionEntries', (t) =>
  t.connection(
    {
      type: ReceptionEntryRef,
      description: 'The reception log (来电来访登记), newest arrival first. Needs `reception.view`.',
      authScopes: { can: 'reception.view' },
      resolve: (_root, args, ctx) => page(ctx, args, false),
    },
    { name: 'ReceptionEntryConnection', description: 'A page of the reception log.' },
    { name: 'ReceptionEntryEdge', description: 'One entry of the reception log in a page.' },
  ),
);

builder.queryField('receptionWaiting', (t) =>
  t.connection({
    type: ReceptionEntryRef,
    description: 'The hall’s waiting view: visitors and callers registered and not yet received, the longest waiting first. Needs `reception.view`.',
    authScopes: { can: 'reception.view' },
    resolve: (_root, args, ctx) => page(ctx, args, true),
  }),
);

builder.queryField('receptionEntry', (t) =>
  t.field({
    type: ReceptionEntryRef,
    description: 'One entry of the reception log. Needs `reception.view`; NOT_FOUND when it is not on the viewer’s site.',
    authScopes: { can: 'reception.view' },
    args: { id: t.arg.id({ required: true, description: 'The entry’s id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const entry = await findReceptionEntryById(ctx.db, siteId, id);
      if (!entry || !(await ctx.access()).can('reception.view', receptionResource(entry))) throw new NotFoundError('ReceptionEntry', id);
      return entry;
    },
  }),
);

builder.queryField('receptionStandardMinutes', (t) =>
  t.int({
    description: 'The site’s reception standard: a visitor is received within this many minutes (3 unless the site set another). Needs `reception.view`.',
    authScopes: { can: 'reception.view' },
    resolve: (_root, _args, ctx) => receptionStandardOf(ctx),
  }),
);
