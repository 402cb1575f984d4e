import { escalationTarget } from '@kefu/domain/org';
import { InputChecker } from '@kefu/domain/shared';
import { FOLLOW_UP_CHANNELS, NoEscalationTargetError } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { createTicketOnce, runTicketCommand } from './ticket-commands.js';
import { ChannelEnum, PeerDepartmentEnum, RepairCategoryEnum, SeverityEnum, TicketKindEnum } from './ticket-enums.js';
import { TicketRef } from './ticket.js';

const IDEMPOTENCY_KEY = { min: 8, max: 100 } as const;
export const checkIdempotencyKey = (key: string) =>
  new InputChecker().text('idempotencyKey', key, { required: true, min: IDEMPOTENCY_KEY.min, max: IDEMPOTENCY_KEY.max }).check();

const CreateTicketInput = builder.inputType('CreateTicketInput', {
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, required: true }),
    channel: t.field({ type: ChannelEnum, required: true }),
    severity: t.field({ type: SeverityEnum, required: true }),
    title: t.string({ required: true }),
    description: t.string({ required: true }),
    location: t.string(),
    requesterId: t.id({ required: true }),
    unitId: t.id(),
    requestedBy: t.field({ type: 'DateTime' }),
    repairCategory: t.field({ type: RepairCategoryEnum }),
  }),
});

builder.mutationField('createTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Registers a phone, walk-in or letter ticket (受理). A retried call with the same key returns the same ticket.',
    authScopes: { can: 'ticket.create' },
    args: {
      input: t.arg({ type: CreateTicketInput, required: true }),
      idempotencyKey: t.arg.string({ required: true }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      const { loaders } = signedInStaff(ctx);
      checkIdempotencyKey(idempotencyKey);
      // The requester's kind is the record's own, not the client's word for it.
      const requester = await loaders.requesters.load(input.requesterId);
      return createTicketOnce(
        ctx,
        {
          ...input,
          requesterKind: requester?.kind ?? 'customer',
          location: input.location ?? null,
          unitId: input.unitId ?? null,
          requestedBy: input.requestedBy ?? null,
          repairCategory: input.repairCategory ?? null,
        },
        idempotencyKey,
      );
    },
  }),
);

// Every transition: the ticket's id, the version the client saw, and the command's own facts.
const ticketArgs = builder.args((t) => ({
  id: t.globalID({ for: TicketRef, required: true }),
  version: t.int({ required: true }),
}));

builder.mutationField('assignTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '派单: gives the ticket to a member of staff, optionally re-triaging its severity.',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      assigneeId: t.arg.globalID({ for: StaffRef, required: true }),
      severity: t.arg({ type: SeverityEnum }),
    },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({
        type: 'assign',
        assigneeId: args.assigneeId.id,
        ...(args.severity ? { severity: args.severity } : {}),
      })),
  }),
);

builder.mutationField('relayTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '传达: hands the ticket to another department (repairs, logistics, …).',
    authScopes: { staff: true },
    args: { ...ticketArgs, department: t.arg({ type: PeerDepartmentEnum, required: true }), note: t.arg.string() },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'relay', department: args.department, note: args.note ?? undefined })),
  }),
);

builder.mutationField('startTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Marks the ticket as being worked on.',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'start' })),
  }),
);

builder.mutationField('escalateTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '上报: sends the ticket to the next holder up the reporting line.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { chart } = await ctx.access();
      return runTicketCommand(ctx, args.id.id, args.version, (ticket) => {
        const target = chart ? escalationTarget(chart, ticket.assigneeId, ticket.unitId, ctx.now) : null;
        if (!target) throw new NoEscalationTargetError(ticket.id);
        return { type: 'escalate', toStaffId: target.staffId, reason: args.reason };
      });
    },
  }),
);

builder.mutationField('resolveTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '反馈: records the resolution; repairs get their follow-up due date by category.',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      resolution: t.arg.string({ required: true }),
      repairCategory: t.arg({ type: RepairCategoryEnum }),
      waterTestAt: t.arg({ type: 'DateTime' }),
    },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({
        type: 'resolve',
        resolution: args.resolution,
        repairCategory: args.repairCategory ?? undefined,
        waterTestAt: args.waterTestAt ?? undefined,
      })),
  }),
);

builder.mutationField('markTicketInvalid', (t) =>
  t.field({
    type: TicketRef,
    description: '无效投诉: judges a complaint not valid; it no longer counts as a valid complaint.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'markInvalid', reason: args.reason })),
  }),
);

const FollowUpChannelEnum = domainEnum('FollowUpChannel', FOLLOW_UP_CHANNELS);

builder.mutationField('recordFollowUp', (t) =>
  t.field({
    type: TicketRef,
    description: '回访: records the follow-up call or visit and the requester’s satisfaction (1–5).',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      satisfaction: t.arg.int({ required: true }),
      channel: t.arg({ type: FollowUpChannelEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      runTicketCommand(ctx, args.id.id, args.version, () => ({
        type: 'followUp',
        satisfaction: args.satisfaction,
        channel: args.channel,
        note: args.note ?? undefined,
      })),
  }),
);

builder.mutationField('closeTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Closes the ticket.',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'close' })),
  }),
);

builder.mutationField('reopenTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Reopens a resolved, closed or invalid ticket and puts it back in the queue.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => runTicketCommand(ctx, args.id.id, args.version, () => ({ type: 'reopen', reason: args.reason })),
  }),
);
