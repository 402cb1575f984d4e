import type { DepartmentInput } from '@kefu/domain/relays';
import { builder } from '../../builder.js';
import { relayTicketToDepartment } from '../../use-cases/relays/relay-ticket.js';
import { answerRelay } from '../../use-cases/relays/respond-to-relay.js';
import { createDepartment, editDepartment } from '../../use-cases/relays/save-department.js';
import { useCaseContext } from '../common/use-case-context.js';
import { PeerDepartmentEnum } from '../tickets/ticket-enums.js';
import { TicketRef } from '../tickets/ticket.js';
import { DepartmentRef, RelayRef, ReturnReasonEnum } from './relay.js';

const LocalizedTextInput = builder.inputType('DepartmentNameInput', {
  description: 'A department’s name in both languages.',
  fields: (t) => ({
    zh: t.string({ required: true, description: 'In Chinese (工程维修部), at most 40 characters.' }),
    en: t.string({ required: true, description: 'In English, at most 40 characters.' }),
  }),
});

const DepartmentContactInput = builder.inputType('DepartmentContactInput', {
  description: 'Someone to call in a department.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Their name or a duty desk (at most 40 characters).' }),
    role: t.string({ description: 'Their role (at most 20 characters).' }),
    phone: t.string({ description: 'A mainland mobile (11 digits starting 1) or a landline with its area code (0571-87654321).' }),
  }),
});

const DepartmentInputRef = builder.inputType('DepartmentInput', {
  description: 'A department’s whole record.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A short code of lower-case letters, digits and _, unique within the site.' }),
    name: t.field({ type: LocalizedTextInput, required: true, description: 'Its name.' }),
    peer: t.field({ type: PeerDepartmentEnum, description: 'The kind of peer department it is, if any.' }),
    contacts: t.field({ type: [DepartmentContactInput], description: 'People and desks to call (at most 10).' }),
    memberIds: t.idList({ description: 'Its staff accounts (ids of staff of the site); they receive its relays.' }),
    active: t.boolean({ description: 'False retires it; true by default.' }),
  }),
});

type DepartmentInputShape = typeof DepartmentInputRef.$inferInput;
const toDepartmentInput = (input: DepartmentInputShape): DepartmentInput => ({
  code: input.code,
  name: input.name,
  peer: input.peer ?? null,
  contacts: input.contacts?.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? null })) ?? [],
  memberStaffIds: input.memberIds?.map(String) ?? [],
  active: input.active ?? true,
});

builder.mutationField('createDepartment', (t) =>
  t.field({
    type: DepartmentRef,
    description: 'Adds a department outside customer service. Needs `department.manage`; a code in use or a member not of the site is a field error.',
    authScopes: { can: 'department.manage' },
    args: { input: t.arg({ type: DepartmentInputRef, required: true, description: 'The department.' }) },
    resolve: (_root, { input }, ctx) => createDepartment(useCaseContext(ctx), toDepartmentInput(input)),
  }),
);

builder.mutationField('updateDepartment', (t) =>
  t.field({
    type: DepartmentRef,
    description: 'Rewrites a department: name, contacts, staff accounts, or retires it. Needs `department.manage`; NOT_FOUND for one not on the viewer’s site.',
    authScopes: { can: 'department.manage' },
    args: {
      id: t.arg.id({ required: true, description: 'The department’s id.' }),
      input: t.arg({ type: DepartmentInputRef, required: true, description: 'The whole department as it should now be.' }),
    },
    resolve: (_root, { id, input }, ctx) => editDepartment(useCaseContext(ctx), String(id), toDepartmentInput(input)),
  }),
);

builder.mutationField('relayTicketToDepartment', (t) =>
  t.field({
    type: RelayRef,
    description:
      'Relays a ticket to a department of the site (信息传达) with what is asked; the answer is due by the ticket’s severity. Needs `ticket.relay` over the ticket and `relay.create`. A department of another site, a ticket no longer open, or a correction of anything but a relay returned as not ours is a field error, and nothing is written.',
    authScopes: { can: 'relay.create' },
    args: {
      ticketId: t.arg.globalID({ for: TicketRef, required: true, description: 'The ticket’s global id; one the viewer may not see is NOT_FOUND.' }),
      version: t.arg.int({ required: true, description: 'The ticket version the client last read; a stale one is CONFLICT.' }),
      departmentId: t.arg.id({ required: true, description: 'The receiving department.' }),
      ask: t.arg.string({ required: true, description: 'What is asked of the department (at most 1000 characters); staff only.' }),
      correctsRelayId: t.arg.id({ description: 'The relay returned as not ours that this one sends to the right department.' }),
    },
    resolve: async (_root, args, ctx) =>
      (
        await relayTicketToDepartment(
          useCaseContext(ctx),
          { ticketId: args.ticketId.id, expectedVersion: args.version },
          { departmentId: String(args.departmentId), ask: args.ask, correctsRelayId: args.correctsRelayId ? String(args.correctsRelayId) : null },
        )
      ).relay,
  }),
);

const relayArgs = builder.args((t) => ({
  id: t.id({ required: true, description: 'The relay’s id; one the viewer may not see is NOT_FOUND.' }),
  version: t.int({ required: true, description: 'The relay version the client last read; a stale one is CONFLICT.' }),
}));
const relayTarget = (args: { id: string | number; version: number }) => ({ relayId: String(args.id), expectedVersion: args.version });

builder.mutationField('acceptRelay', (t) =>
  t.field({
    type: RelayRef,
    description: 'The department takes the relay up (受理); the requester reads that it did. Needs `relay.respond` (the department’s account, or recording it by phone).',
    authScopes: { staff: true },
    args: relayArgs,
    resolve: (_root, args, ctx) => answerRelay(useCaseContext(ctx), relayTarget(args), { type: 'accept' }),
  }),
);

builder.mutationField('returnRelay', (t) =>
  t.field({
    type: RelayRef,
    description:
      'The department sends the relay back with a reason; the ticket returns to the queue unless another relay of it is open. Not ours counts against 信息传递准确率. Needs `relay.respond`; a relay already answered or returned is a field error.',
    authScopes: { staff: true },
    args: {
      ...relayArgs,
      reason: t.arg({ type: ReturnReasonEnum, required: true, description: 'Why it goes back.' }),
      note: t.arg.string({ description: 'The department’s words (required for cannot_handle; at most 500 characters).' }),
    },
    resolve: (_root, args, ctx) => answerRelay(useCaseContext(ctx), relayTarget(args), { type: 'return', reason: args.reason, note: args.note ?? null }),
  }),
);

builder.mutationField('replyToRelay', (t) =>
  t.field({
    type: RelayRef,
    description:
      'The department answers with its result (反馈); the requester reads it on their timeline. Needs `relay.respond`; a relay already answered or returned is a field error.',
    authScopes: { staff: true },
    args: { ...relayArgs, reply: t.arg.string({ required: true, description: 'The result, in words the requester may read (at most 2000 characters).' }) },
    resolve: (_root, args, ctx) => answerRelay(useCaseContext(ctx), relayTarget(args), { type: 'reply', reply: args.reply }),
  }),
);
