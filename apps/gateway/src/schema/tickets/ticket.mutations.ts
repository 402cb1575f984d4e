import { builder } from '../../builder.js';
import { ValidationError } from '@kefu/domain/shared';
import { commentTicket } from '../../use-cases/tickets/comment-ticket.js';
import { createTicket } from '../../use-cases/tickets/create-ticket.js';
import { createTicketForNewRequester } from '../../use-cases/tickets/create-ticket-for-new-requester.js';
import { escalateTicket } from '../../use-cases/tickets/escalate-ticket.js';
import { markTicketSeen } from '../../use-cases/tickets/mark-ticket-seen.js';
import { transitionTicket } from '../../use-cases/tickets/transition-ticket.js';
import { relayTicketToDepartment } from '../../use-cases/relays/relay-ticket.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { RequesterInput, toFileInput } from '../requesters/requester-input.js';
import { ChannelEnum, FollowUpChannelEnum, PeerDepartmentEnum, RepairCategoryEnum, SeverityEnum, TicketKindEnum } from './ticket-enums.js';
import { ComplaintSubjectInput, toSubjectInput } from './complaint-subject.js';
import { TicketRef } from './ticket.js';

const CreateTicketInput = builder.inputType('CreateTicketInput', {
  description: 'A ticket as staff take it in by phone, at the desk or from a letter.',
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, required: true, description: 'What it is about.' }),
    channel: t.field({ type: ChannelEnum, required: true, description: 'How it came in.' }),
    severity: t.field({ type: SeverityEnum, required: true, description: 'Triage at intake; it sets the deadlines.' }),
    title: t.string({ required: true, description: 'A one-line summary.' }),
    description: t.string({ required: true, description: 'What the requester said: what happened, when, where, and what they ask for.' }),
    location: t.string({ description: 'Shop unit or place in the mall.' }),
    requesterId: t.id({
      description: 'Who raised it (a Requester id, as `requesters` returns it); the requester’s kind is taken from that record. Give this or `newRequester`, not both.',
    }),
    newRequester: t.field({
      type: RequesterInput,
      description:
        'A caller not on file yet (a walk-in shopper with name and phone, or anonymous): registered with the ticket in one step. Needs `requester.create` too; CONFLICT (reason REQUESTER.DUPLICATE, details.existingId) when the phone or an active unit is on file already.',
    }),
    unitId: t.id({ description: 'The unit whose queue takes it (a Unit id).' }),
    requestedBy: t.field({ type: 'DateTime', description: 'The requester’s own deadline, if they gave one (minor tickets honour it).' }),
    repairCategory: t.field({ type: RepairCategoryEnum, description: 'Repairs only: what is to be repaired, when already known.' }),
    subject: t.field({ type: ComplaintSubjectInput, description: 'Complaints only: who it is about (被投诉人及被投诉部门); refused for other kinds.' }),
  }),
});

builder.mutationField('createTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Registers a phone, walk-in or letter ticket (受理), with its caller when `newRequester` is given. A retried call with the same key returns the same ticket. Needs `ticket.create`.',
    authScopes: { can: 'ticket.create' },
    args: {
      input: t.arg({ type: CreateTicketInput, required: true, description: 'The ticket as taken in.' }),
      idempotencyKey: t.arg.string({
        required: true,
        description: 'Made up by the client per submit (8–100 characters) and sent again on retry; the same key with a different ticket is refused with CONFLICT.',
      }),
    },
    resolve: (_root, { input, idempotencyKey }, ctx) => {
      const { requesterId, newRequester, subject, ...fields } = input;
      // A subject joins the intake only when given, so a retried submit hashes as before.
      const intake = subject ? { ...fields, subject: toSubjectInput(subject) } : fields;
      // Exactly one of the two says who called (product rule).
      if (newRequester && requesterId) throw new ValidationError([{ field: 'requesterId', rule: 'invalid_choice' }]);
      if (newRequester) return createTicketForNewRequester(useCaseContext(ctx), intake, toFileInput(newRequester), idempotencyKey);
      if (!requesterId) throw new ValidationError([{ field: 'requesterId', rule: 'required' }]);
      return createTicket(useCaseContext(ctx), { ...intake, requesterId }, idempotencyKey);
    },
  }),
);

// Every transition: the ticket's id, the version the client saw, and the command's own facts.
const ticketArgs = builder.args((t) => ({
  id: t.globalID({ for: TicketRef, required: true, description: 'The ticket’s global id; one the viewer may not see is NOT_FOUND.' }),
  version: t.int({ required: true, description: 'The version the client last read; a stale one is refused with CONFLICT.' }),
}));
const target = (args: { id: { id: string }; version: number }) => ({ ticketId: args.id.id, expectedVersion: args.version });

builder.mutationField('assignTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Dispatches the ticket to a member of staff (派单), optionally re-triaging its severity. Needs `ticket.assign` over the ticket (staff only).',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      assigneeId: t.arg.globalID({ for: StaffRef, required: true, description: 'The active member of staff who takes it.' }),
      severity: t.arg({ type: SeverityEnum, description: 'A new severity when it was triaged wrongly; the deadlines are recomputed from intake.' }),
    },
    resolve: (_root, args, ctx) =>
      transitionTicket(useCaseContext(ctx), target(args), {
        type: 'assign',
        assigneeId: args.assigneeId.id,
        ...(args.severity ? { severity: args.severity } : {}),
      }),
  }),
);

builder.mutationField('takeTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'The viewer takes the ticket on as its handler (接单), e.g. a clerk working what they registered. Needs `ticket.take` over the ticket (staff only).',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'take' }),
  }),
);

builder.mutationField('commentTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Adds an internal note (备注) to the ticket’s timeline: staff only, never shown in the portal; the ticket and its version are unchanged. Needs `ticket.view` over the ticket (staff only).',
    authScopes: { staff: true },
    args: {
      id: t.arg.globalID({ for: TicketRef, required: true, description: 'The ticket’s global id; one the viewer may not see is NOT_FOUND.' }),
      note: t.arg.string({ required: true, description: 'The note, for staff only.' }),
    },
    resolve: (_root, args, ctx) => commentTicket(useCaseContext(ctx), args.id.id, args.note),
  }),
);

builder.mutationField('replyTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Gives the requester a clear answer (明确答复), shown on their timeline; it meets the reply deadline. Needs `ticket.reply` over the ticket (staff only).',
    authScopes: { staff: true },
    args: { ...ticketArgs, message: t.arg.string({ required: true, description: 'The answer, as the requester will read it.' }) },
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'reply', message: args.message }),
  }),
);

builder.mutationField('relayTicket', (t) =>
  t.field({
    type: TicketRef,
    description:
      'Hands the ticket to another department (传达), such as repairs or logistics: a relay the department accepts, returns or answers (see `relayTicketToDepartment`). Needs `ticket.relay` over the ticket and `relay.create` (staff only).',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      department: t.arg({ type: PeerDepartmentEnum, required: true, description: 'The kind of department that takes it over: the site’s first active department of that kind.' }),
      note: t.arg.string({ description: 'What is asked of the department (the ticket’s title when empty); never shown to the requester.' }),
    },
    resolve: async (_root, args, ctx) =>
      (await relayTicketToDepartment(useCaseContext(ctx), target(args), { peer: args.department, ask: args.note ?? '' })).ticket,
  }),
);

builder.mutationField('startTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Marks the ticket as being worked on. Needs `ticket.start` over the ticket (staff only).',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'start' }),
  }),
);

builder.mutationField('escalateTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Escalates the ticket (上报) to the next holder up the reporting line. Needs `ticket.escalate` over the ticket (staff only).',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true, description: 'Why it goes up; staff only, never shown to the requester.' }) },
    resolve: (_root, args, ctx) => escalateTicket(useCaseContext(ctx), target(args), args.reason),
  }),
);

builder.mutationField('resolveTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Reports the result (反馈); complaints and repairs get their follow-up (回访) due date, repairs by category. Needs `ticket.resolve` over the ticket (staff only).',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      resolution: t.arg.string({ required: true, description: 'What was done, as the requester will read it.' }),
      repairCategory: t.arg({ type: RepairCategoryEnum, description: 'Repairs only: what was repaired (the ticket’s own, else other); refused for other kinds.' }),
      waterTestAt: t.arg({ type: 'DateTime', description: 'Leak repairs: when the water test (试漏) was done; the follow-up is due 3 days after it.' }),
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
    description: 'Judges a complaint not valid (无效投诉); it no longer counts as a valid complaint. Needs `ticket.markInvalid` over the ticket (staff only).',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true, description: 'Why it is not valid; staff only.' }) },
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'markInvalid', reason: args.reason }),
  }),
);

builder.mutationField('recordFollowUp', (t) =>
  t.field({
    type: TicketRef,
    description: 'Records the follow-up call or visit (回访) and the requester’s satisfaction (1–5). Needs `ticket.followUp` over the ticket (staff only).',
    authScopes: { staff: true },
    args: {
      ...ticketArgs,
      satisfaction: t.arg.int({ required: true, description: '1–5 as the requester says; 2 or less puts the ticket back in the queue with fresh deadlines.' }),
      channel: t.arg({ type: FollowUpChannelEnum, required: true, description: 'By phone or on site.' }),
      note: t.arg.string({ description: 'What was said; staff only.' }),
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
    description: 'Closes the ticket; a resolved one only when no follow-up (回访) is owed. Needs `ticket.close` over the ticket (staff only).',
    authScopes: { staff: true },
    args: ticketArgs,
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'close' }),
  }),
);

builder.mutationField('reopenTicket', (t) =>
  t.field({
    type: TicketRef,
    description: 'Reopens a resolved, closed or invalid ticket and puts it back in the queue with fresh deadlines. Needs `ticket.reopen` over the ticket (staff only).',
    authScopes: { staff: true },
    args: { ...ticketArgs, reason: t.arg.string({ required: true, description: 'Why it goes back; staff only.' }) },
    resolve: (_root, args, ctx) => transitionTicket(useCaseContext(ctx), target(args), { type: 'reopen', reason: args.reason }),
  }),
);

builder.mutationField('markTicketSeen', (t) =>
  t.field({
    type: TicketRef,
    description:
      'Records that a member of staff opened the ticket, so a portal request is no longer new to the desk (`newToStaff`). Idempotent: the first look stands; needs only `ticket.view` over the ticket (staff only).',
    authScopes: { staff: true },
    args: { id: t.arg.globalID({ for: TicketRef, required: true, description: 'The ticket’s global id; one the viewer may not see is NOT_FOUND.' }) },
    resolve: (_root, args, ctx) => markTicketSeen(useCaseContext(ctx), args.id.id),
  }),
);
