import { listMessages, type MessageBox } from '@kefu/db/messages';
import type { Message } from '@kefu/domain/messages';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { escalationOf, MessageRef } from './message.js';

type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };
const MINUTE = 60_000;

const page = async (ctx: GatewayContext, args: PageArgs, box: (ctx: GatewayContext) => Promise<MessageBox | null>) => {
  const { siteId } = signedInStaff(ctx);
  forwardPagingOnly(args);
  new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
  const which = await box(ctx);
  const found = which
    ? await listMessages(ctx.db, siteId, which, { first: args.first ?? PAGE_SIZE.default, after: args.after ?? null })
    : { rows: [], cursors: [], hasNextPage: false, endCursor: null };
  return toConnection<Message>(found, args.after);
};

builder.queryField('messageInbox', (t) =>
  t.connection(
    {
      type: MessageRef,
      description: 'Messages for the viewer and for their units, newest first. Needs `message.view`.',
      authScopes: { can: 'message.view' },
      resolve: (_root, args, ctx) =>
        page(ctx, args, async () => {
          const mine = (await ctx.access()).visibility('message.acknowledge');
          return mine.kind === 'scoped' ? { kind: 'inbox', staffIds: mine.staffIds, unitIds: mine.unitIds } : null;
        }),
    },
    { name: 'MessageConnection', description: 'A page of messages.' },
    { name: 'MessageEdge', description: 'One message in a page.' },
  ),
);

builder.queryField('messagesTakenByMe', (t) =>
  t.connection({
    type: MessageRef,
    description: 'Messages the viewer took, newest first, with whether each was acknowledged. Needs `message.take`.',
    authScopes: { can: 'message.take' },
    resolve: (_root, args, ctx) => page(ctx, args, async () => ({ kind: 'taken', staffId: signedInStaff(ctx).principal.staffId })),
  }),
);

builder.queryField('escalatedMessages', (t) =>
  t.connection({
    type: MessageRef,
    description:
      'Messages still unacknowledged past the site’s escalation time (urgent ones at half of it) that staff below the viewer took, newest first: the supervisor’s follow-up list. Needs `message.view`.',
    authScopes: { can: 'message.view' },
    resolve: (_root, args, ctx) =>
      page(ctx, args, async () => {
        const { principal } = signedInStaff(ctx);
        const over = (await ctx.access()).visibility('message.view');
        const minutes = await escalationOf(ctx);
        const times = { normalBefore: new Date(ctx.now.getTime() - minutes * MINUTE), urgentBefore: new Date(ctx.now.getTime() - (minutes / 2) * MINUTE) };
        if (over.kind === 'site') return { kind: 'escalated', takenBy: 'anyone', ...times };
        if (over.kind !== 'scoped') return null;
        return { kind: 'escalated', takenBy: over.staffIds.filter((id) => id !== principal.staffId), ...times };
      }),
  }),
);

builder.queryField('messageEscalationMinutes', (t) =>
  t.int({
    description: 'After how many minutes an unacknowledged message goes to the taker’s supervisors (30 unless the site set another). Needs `message.view`.',
    authScopes: { can: 'message.view' },
    resolve: (_root, _args, ctx) => escalationOf(ctx),
  }),
);
