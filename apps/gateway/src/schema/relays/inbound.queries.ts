import { findNoticeOfRequester, listInbound } from '@kefu/db/relays';
import type { Inbound } from '@kefu/domain/relays';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInRequester, signedInStaff } from '../common/request-scope.js';
import { InboundRef, NoticeRef } from './inbound.js';

builder.queryField('inbound', (t) =>
  t.connection(
    {
      type: InboundRef,
      description: 'Information other departments passed to customer service, newest first (对其他部门传达的信息). Needs `inbound.view`.',
      authScopes: { can: 'inbound.view' },
      args: { unacknowledgedOnly: t.arg.boolean({ description: 'Only what customer service has not yet acknowledged.' }) },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await listInbound(ctx.db, siteId, { kind: 'desk', unacknowledgedOnly: args.unacknowledgedOnly ?? false }, {
          first: args.first ?? PAGE_SIZE.default,
          after: args.after ?? null,
        });
        return toConnection<Inbound>(page, args.after);
      },
    },
    { name: 'InboundConnection', description: 'A page of inbound information.' },
    { name: 'InboundEdge', description: 'One piece of inbound information in a page.' },
  ),
);

/** A notice with the name of the department it comes from. */
const asNotice = async (loaders: ReturnType<typeof signedInRequester>['loaders'], inbound: Inbound) => {
  const department = await loaders.departments.load(inbound.departmentId);
  return { ...inbound, from: department?.name ?? { zh: '', en: '' } };
};

builder.queryField('myNotices', (t) =>
  t.connection(
    {
      type: NoticeRef,
      description: 'The notices meant for the viewer, newest first: for the whole site, for their floor or unit, or for them. Requesters only.',
      authScopes: { requester: true },
      resolve: async (_root, args, ctx) => {
        const { siteId, principal, loaders } = signedInRequester(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await listInbound(ctx.db, siteId, { kind: 'notices', requesterId: principal.requesterId }, { first: args.first ?? 20, after: args.after ?? null });
        const rows = await Promise.all(page.rows.map((row) => asNotice(loaders, row)));
        return toConnection({ ...page, rows }, args.after);
      },
    },
    { name: 'NoticeConnection', description: 'A page of notices.' },
    { name: 'NoticeEdge', description: 'One notice in a page.' },
  ),
);

builder.queryField('myNotice', (t) =>
  t.field({
    type: NoticeRef,
    description: 'One notice meant for the viewer. Requesters only; NOT_FOUND for one that is not theirs, exactly as for one that does not exist.',
    authScopes: { requester: true },
    args: { id: t.arg.id({ required: true, description: 'The notice’s id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const { siteId, principal, loaders } = signedInRequester(ctx);
      const found = await findNoticeOfRequester(ctx.db, siteId, principal.requesterId, String(id));
      if (!found) throw new NotFoundError('Notice', String(id));
      return asNotice(loaders, found);
    },
  }),
);
