import { FOLLOW_UP_CHANNELS } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { createTicket } from '../../use-cases/tickets/create-ticket.js';
import { escalateTicket } from '../../use-cases/tickets/escalate-ticket.js';
import { transitionTicket } from '../../use-cases/tickets/transition-ticket.js';
import { domainEnum } from '../common/domain-enum.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { ChannelEnum, PeerDepartmentEnum, RepairCategoryEnum, SeverityEnum, TicketKindEnum } from './ticket-enums.js';
import { TicketRef } from './ticket.js';

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
    resolve: (_root, { input, idempotencyKey }, ctx) => createTicket(useCaseContext(ctx), input, idempotencyKey),
  }),
);

// Every transition: the ticket's id, the version the client saw, and the command's own facts.
const ticketArgs = builder.args((t) => ({
  id: t.globalID({ for: TicketRef, required: true }),
  version: t.int({ required: true }),
}));
const target = (args: { id: { id: string }; version: number }) => ({ ticketId: args.id.id, expectedVersion: args.version });

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
      transitionTicket(useCaseContext(ctx), target(args), {
        type: 'assign',
        assigneeId: args.assigneeId.id,
        ...(args.severity ? { severity: args.severity } : {}),
      }),
  }),
);

builder.mutationField('relayTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '传达: hands the ticket to another department (repairs, logistics, …).',
    authScopes: { staff: true },
    args: { ...ticketArgs, department: t.arg({ type: PeerDepartmentEnum, required: true }), note: t.arg.string() },
    resolve: (_root, args, ctx) =>
      transitionTicket(useCaseContext(ctx), target(args), { type: 'relay', department: args.department, note: args.note ?? undefined }),
  }),
);

builder.mutationField('startTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Marks the ticket as being worked on.',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'start' }),
  }),
);

builder.mutationField('escalateTicket', (t) =>
  t.field({
    type: TicketRef,
    description: '上报: sends the ticket to the next holder up the reporting line.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => escalateTicket(useCaseContext(ctx), target(args), args.reason),
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
      transitionTicket(useCaseContext(ctx), target(args), {
        type: 'resolve',
        resolution: args.resolution,
        repairCategory: args.repairCategory ?? undefined,
        waterTestAt: args.waterTestAt ?? undefined,
      }),
  }),
);

builder.mutationField('markTicketInvalid', (t) =>
  t.field({
    type: TicketRef,
    description: '无效投诉: judges a complaint not valid; it no longer counts as a valid complaint.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'markInvalid', reason: args.reason }),
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
      transitionTicket(useCaseContext(ctx), target(args), {
        type: 'followUp',
        satisfaction: args.satisfaction,
        channel: args.channel,
        note: args.note ?? undefined,
      }),
  }),
);

builder.mutationField('closeTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Closes the ticket.',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'close' }),
  }),
);

builder.mutationField('reopenTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Reopens a resolved, closed or invalid ticket and puts it back in the queue.',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'reopen', reason: args.reason }),
  }),
);
