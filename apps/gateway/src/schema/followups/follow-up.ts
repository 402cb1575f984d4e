import {
  CALL_RESULTS,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_VIEWS,
  followUpResource,
  isFollowUpOverdue,
  MAX_FAILED_ATTEMPTS,
  mayCall,
  REACHED_OUTCOMES,
  type CallAttempt,
  type FollowUp,
  type FollowUpRates,
} from '@kefu/domain/followups';
import { ticketResource } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { TicketRef } from '../tickets/ticket.js';

export const FollowUpViewEnum = domainEnum('FollowUpView', FOLLOW_UP_VIEWS, 'A view of the 回访 queue.', {
  due_today: 'Due before the mall day ends and not yet late (今日到期).',
  overdue: 'Past its due time and still owed (已逾期), supervisor decisions included.',
  mine: 'The calls the viewer took or was assigned (我的回访).',
  team: 'Every follow-up still owed that the viewer may see: their queue or their team (本组回访).',
});

export const FollowUpStatusEnum = domainEnum('FollowUpStatus', FOLLOW_UP_STATUSES, 'Where a follow-up (回访) stands.', {
  open: 'To be called (待回访).',
  awaiting_decision: 'Three calls failed; the supervisor decides (待主管决定).',
  done: 'Done (已完成): reached, closed unreached, or withdrawn.',
});

export const FollowUpOutcomeEnum = domainEnum('FollowUpOutcome', FOLLOW_UP_OUTCOMES, 'How a follow-up ended.', {
  satisfied: 'Reached; the requester is satisfied (满意).',
  not_fixed: 'Reached; the problem is not fixed (问题未解决): the ticket went back to its handler.',
  unreached: 'Closed by the supervisor without reaching the requester (未联系上).',
  withdrawn: 'The ticket went back to work before the call (a low rating, a reopen); its next result owes a new one.',
});

export const ReachedOutcomeEnum = domainEnum('ReachedOutcome', REACHED_OUTCOMES, 'What a reached call found.', {
  satisfied: 'The requester is satisfied (满意): satisfaction 3 to 5.',
  not_fixed: 'The problem is not fixed (问题未解决): satisfaction 1 or 2; the ticket goes back to its handler.',
});

export const CallResultEnum = domainEnum('CallResult', CALL_RESULTS, 'The answer of one 回访 call.', {
  failed: 'Nobody reached (未接通): needs a retry time unless it is the last allowed attempt.',
  reached: 'The requester reached (已接通).',
});

const sameSiteStaff = (ctx: GatewayContext, siteId: string): boolean => ctx.viewer.principal.kind === 'staff' && ctx.viewer.principal.siteId === siteId;

const FollowUpAttemptRef = builder.objectRef<CallAttempt>('FollowUpAttempt').implement({
  description: 'One 回访 call attempt (staff only). Reached only through `FollowUp.attempts`.',
  authScopes: { staff: true },
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the call was made.', resolve: (a) => a.at }),
    caller: t.field({ type: StaffRef, nullable: true, description: 'Who called.', resolve: (a, _args, ctx) => signedInStaff(ctx).loaders.staff.load(a.callerId) }),
    result: t.field({ type: CallResultEnum, description: 'Reached or not.', resolve: (a) => a.result }),
    retryAt: t.field({ type: 'DateTime', nullable: true, description: 'When to call again, after a failed attempt.', resolve: (a) => a.retryAt }),
    outcome: t.field({ type: ReachedOutcomeEnum, nullable: true, description: 'What a reached call found.', resolve: (a) => a.outcome }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true, description: 'The requester’s satisfaction, 1–5, when reached.' }),
    note: t.exposeString('note', { nullable: true, description: 'The caller’s note (internal).' }),
  }),
});

const may = async (followUp: FollowUp, action: 'followup.call' | 'followup.decide', ctx: GatewayContext): Promise<boolean> =>
  (await ctx.access()).can(action, followUpResource(followUp));

export const FollowUpRef = builder.objectRef<FollowUp>('FollowUp').implement({
  description:
    'A 回访 owed by a resolved repair (`001_…` 走回访) and its calls. Staff of the site who may see it with `followup.view`: their queue, their team, their own calls. Never shown in the portal.',
  authScopes: async (f, ctx) => sameSiteStaff(ctx, f.siteId) && (await ctx.access()).can('followup.view', followUpResource(f)),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The follow-up’s id.' }),
    version: t.exposeInt('version', { description: 'Its version: a call names the one the client read; a stale one is CONFLICT.' }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description: 'The ticket followed up; null for a viewer who may not open the ticket itself.',
      resolve: async (f, _args, ctx) => {
        const ticket = await signedInStaff(ctx).loaders.tickets.load(f.ticketId);
        return ticket && (await ctx.access()).can('ticket.view', ticketResource(ticket)) ? ticket : null;
      },
    }),
    ticketNumber: t.int({ description: 'The ticket’s number (KF-000123).', resolve: async (f, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(f.ticketId))!.number }),
    ticketTitle: t.string({ description: 'The ticket’s one-line summary.', resolve: async (f, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(f.ticketId))!.title }),
    ticketReopenCount: t.int({
      description: 'How many times the ticket was sent back to work (已退回).',
      resolve: async (f, _args, ctx) => (await signedInStaff(ctx).loaders.tickets.load(f.ticketId))!.reopenCount,
    }),
    status: t.field({ type: FollowUpStatusEnum, description: 'Where it stands.', resolve: (f) => f.status }),
    dueAt: t.field({ type: 'DateTime', description: 'When the 回访 is due (repairs: 2 days, leaks 3 days after the water test).', resolve: (f) => f.dueAt }),
    overdue: t.boolean({ description: 'Still owed and past its due time.', resolve: (f, _args, ctx) => isFollowUpOverdue(f, ctx.now) }),
    round: t.exposeInt('round', { description: 'The ticket’s reopen count when it was resolved: 0 for the first result.' }),
    callerMustNotBeHandler: t.exposeBoolean('callerMustNotBeHandler', { description: 'After a reopen, the site’s policy wants a caller other than the handler.' }),
    caller: t.field({ type: StaffRef, nullable: true, description: 'Who calls; null until someone takes it.', resolve: (f, _args, ctx) => (f.callerId ? signedInStaff(ctx).loaders.staff.load(f.callerId) : null) }),
    handler: t.field({ type: StaffRef, nullable: true, description: 'The ticket’s handler when it was resolved.', resolve: (f, _args, ctx) => (f.handlerId ? signedInStaff(ctx).loaders.staff.load(f.handlerId) : null) }),
    failedAttempts: t.exposeInt('failedAttempts', { description: 'Failed calls since it was last assigned.' }),
    attemptsLeft: t.int({ description: `Failed calls left before the supervisor decides (at most ${MAX_FAILED_ATTEMPTS}).`, resolve: (f) => Math.max(0, MAX_FAILED_ATTEMPTS - f.failedAttempts) }),
    nextCallAt: t.field({ type: 'DateTime', nullable: true, description: 'When to call again, after a failed call.', resolve: (f) => f.nextCallAt }),
    attempts: t.field({ type: [FollowUpAttemptRef], description: 'Every call, oldest first.', resolve: (f) => [...f.attempts] }),
    outcome: t.field({ type: FollowUpOutcomeEnum, nullable: true, description: 'How it ended; null while owed.', resolve: (f) => f.outcome }),
    doneAt: t.field({ type: 'DateTime', nullable: true, description: 'When it ended.', resolve: (f) => f.doneAt }),
    viewerMayCall: t.boolean({
      description: 'The viewer may record a call now: open, `followup.call`, and not the handler the policy keeps out.',
      resolve: async (f, _args, ctx) => f.status === 'open' && mayCall(f, signedInStaff(ctx).principal.staffId) && (await may(f, 'followup.call', ctx)),
    }),
    viewerMayDecide: t.boolean({
      description: 'The viewer may decide now: awaiting a decision and `followup.decide`.',
      resolve: async (f, _args, ctx) => f.status === 'awaiting_decision' && (await may(f, 'followup.decide', ctx)),
    }),
  }),
});

export type FollowUpRatesShape = FollowUpRates & { from: Date; to: Date };

export const FollowUpRatesRef = builder.objectRef<FollowUpRatesShape>('FollowUpRates').implement({
  description:
    'The month’s 回访 rates over the follow-ups the viewer may see: 客户意见定时回访率 (reached by the due time) and 回访处理率 (`001_…` "对维修服务回访处理率达100%"). Staff with `followup.view`.',
  authScopes: { can: 'followup.view' },
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'The month’s start in the mall’s time zone.', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', description: 'Now: follow-ups due up to now count.', resolve: (r) => r.to }),
    due: t.exposeInt('due', { description: 'Follow-ups due in the period (withdrawn ones are not owed).' }),
    onTime: t.exposeInt('onTime', { description: 'Reached by their due time.' }),
    handled: t.exposeInt('handled', { description: 'Done: reached, or closed unreached by the supervisor.' }),
    onTimeRate: t.exposeFloat('onTimeRate', { nullable: true, description: 'onTime / due; null when nothing was due.' }),
    handledRate: t.exposeFloat('handledRate', { nullable: true, description: 'handled / due; null when nothing was due.' }),
  }),
});
