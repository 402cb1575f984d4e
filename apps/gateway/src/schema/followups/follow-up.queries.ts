import { listFollowUpFacts, listFollowUps } from '@kefu/db/followups';
import { followUpRatePeriod, followUpViewFilter, tallyFollowUps, type FollowUp } from '@kefu/domain/followups';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { FollowUpRatesRef, FollowUpRef, FollowUpViewEnum } from './follow-up.js';

builder.queryField('followUps', (t) =>
  t.connection(
    {
      type: FollowUpRef,
      description: 'The 回访 queue in one view, soonest due first, in cursor pages. Needs `followup.view`; filtered to what it allows.',
      authScopes: { can: 'followup.view' },
      args: { view: t.arg({ type: FollowUpViewEnum, required: true, description: 'Due today, overdue, mine, or my team.' }) },
      resolve: async (_root, args, ctx) => {
        const { siteId, principal } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const visibility = (await ctx.access()).visibility('followup.view');
        const filter = followUpViewFilter(args.view, { now: ctx.now, staffId: principal.staffId });
        const page = await listFollowUps(ctx.db, siteId, visibility, filter, { first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
        return toConnection<FollowUp>(page, args.after);
      },
    },
    { name: 'FollowUpConnection', description: 'A page of follow-ups.' },
    { name: 'FollowUpEdge', description: 'One follow-up in a page.' },
  ),
);

builder.queryField('followUpRates', (t) =>
  t.field({
    type: FollowUpRatesRef,
    description: 'This month’s 回访 rates over the follow-ups the viewer may see. Needs `followup.view`.',
    authScopes: { can: 'followup.view' },
    resolve: async (_root, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const period = followUpRatePeriod(ctx.now);
      const facts = await listFollowUpFacts(ctx.db, siteId, (await ctx.access()).visibility('followup.view'), period);
      return { ...tallyFollowUps(facts, period), ...period };
    },
  }),
);
