import { builder } from '../../builder.js';
import { decideFollowUp } from '../../use-cases/followups/decide-follow-up.js';
import { recordFollowUpCall } from '../../use-cases/followups/record-follow-up-call.js';
import { useCaseContext } from '../common/use-case-context.js';
import { FollowUpChannelEnum } from '../tickets/ticket-enums.js';
import { CallResultEnum, FollowUpRef, ReachedOutcomeEnum } from './follow-up.js';

const RecordFollowUpCallInput = builder.inputType('RecordFollowUpCallInput', {
  description: 'One 回访 call: failed with a retry time, or reached with what it found.',
  fields: (t) => ({
    followUpId: t.id({ required: true, description: 'The follow-up’s id; one the viewer may not see is NOT_FOUND.' }),
    expectedVersion: t.int({ required: true, description: 'The version the client read; a stale one is CONFLICT.' }),
    result: t.field({ type: CallResultEnum, required: true, description: 'Reached or not.' }),
    retryAt: t.field({ type: 'DateTime', description: 'Failed: when to call again, after now; not needed on the last allowed attempt.' }),
    outcome: t.field({ type: ReachedOutcomeEnum, description: 'Reached: satisfied, or the problem is not fixed.' }),
    satisfaction: t.int({ description: 'Reached: the requester’s satisfaction, 1–5 (1–2 with not fixed, 3–5 with satisfied).' }),
    channel: t.field({ type: FollowUpChannelEnum, description: 'Reached: by phone (the default) or on site.' }),
    note: t.string({ description: 'The caller’s note, at most 1000 characters (internal).' }),
  }),
});

const FollowUpDecisionEnum = builder.enumType('FollowUpDecision', {
  description: 'The supervisor’s decision after the last failed call.',
  values: {
    CLOSE: { value: 'close', description: 'Close without reaching the requester (未联系上，结束回访).' },
    REASSIGN: { value: 'reassign', description: 'Assign the call again, with a fresh set of attempts (重新指派).' },
  } as const,
});

builder.mutationField('recordFollowUpCall', (t) =>
  t.field({
    type: FollowUpRef,
    description:
      'Records a 回访 call. Failed: a retry time is required until the third failure, which hands the follow-up to the supervisor. Reached: the ticket is followed up (`followUp`), and "not fixed" sends it back to its handler and tells their supervisor. Needs `followup.call` over the follow-up (and `ticket.followUp` when reached); bad input is a field error and nothing is written.',
    authScopes: { can: 'followup.call' },
    args: { input: t.arg({ type: RecordFollowUpCallInput, required: true, description: 'The call.' }) },
    resolve: (_root, { input }, ctx) =>
      recordFollowUpCall(
        useCaseContext(ctx),
        { followUpId: String(input.followUpId), expectedVersion: input.expectedVersion },
        input.result === 'failed'
          ? { result: 'failed', retryAt: input.retryAt ?? null, note: input.note ?? null }
          : { result: 'reached', outcome: input.outcome ?? ('' as never), satisfaction: input.satisfaction ?? (undefined as never), note: input.note ?? null, channel: input.channel ?? undefined },
      ),
  }),
);

builder.mutationField('decideFollowUp', (t) =>
  t.field({
    type: FollowUpRef,
    description: 'After the third failed call: close it unreached, or assign the call again to a member of staff who may make it. Needs `followup.decide`.',
    authScopes: { can: 'followup.decide' },
    args: {
      followUpId: t.arg.id({ required: true, description: 'The follow-up’s id.' }),
      expectedVersion: t.arg.int({ required: true, description: 'The version the client read.' }),
      decision: t.arg({ type: FollowUpDecisionEnum, required: true, description: 'Close or assign again.' }),
      callerId: t.arg.id({ description: 'Assign again: the member of staff who calls.' }),
    },
    resolve: (_root, args, ctx) =>
      decideFollowUp(
        useCaseContext(ctx),
        { followUpId: String(args.followUpId), expectedVersion: args.expectedVersion },
        args.decision === 'close' ? { kind: 'close' } : { kind: 'reassign', callerId: args.callerId ? String(args.callerId) : '' },
      ),
  }),
);
