import { builder } from '../../builder.js';
import { receiveVisitor } from '../../use-cases/reception/receive-visitor.js';
import { recordReceptionOutcome } from '../../use-cases/reception/record-reception-outcome.js';
import { registerReception } from '../../use-cases/reception/register-reception.js';
import { setReceptionStandard } from '../../use-cases/reception/set-reception-standard.js';
import { turnReceptionIntoTicket } from '../../use-cases/reception/turn-reception-into-ticket.js';
import { useCaseContext } from '../common/use-case-context.js';
import { RepairCategoryEnum, SeverityEnum, TicketKindEnum } from '../tickets/ticket-enums.js';
import { ReceptionCategoryEnum, ReceptionChannelEnum, ReceptionEntryRef, RecordedOutcomeEnum } from './reception-entry.js';

const RegisterReceptionInput = builder.inputType('RegisterReceptionInput', {
  description: 'A call, visit or letter as the desk registers it.',
  fields: (t) => ({
    channel: t.field({ type: ReceptionChannelEnum, required: true, description: 'Call, visit or letter.' }),
    category: t.field({ type: ReceptionCategoryEnum, required: true, description: 'What it is about.' }),
    requesterId: t.id({ description: 'Who it is (a Requester id of the site, found or created first); empty for an anonymous contact.' }),
    summary: t.string({ required: true, description: 'What they said or asked (at most 500 characters).' }),
    arrivedAt: t.field({ type: 'DateTime', required: true, description: 'When the call came in or the visitor arrived; not in the future.' }),
    receivedAt: t.field({ type: 'DateTime', description: 'When the viewer received them; not before arrival nor in the future. Empty while a visitor waits.' }),
    outcome: t.field({ type: RecordedOutcomeEnum, description: 'How it ended, when it already has; needs `receivedAt`.' }),
  }),
});

builder.mutationField('registerReception', (t) =>
  t.field({
    type: ReceptionEntryRef,
    description: 'Registers a call, visit or letter (来电来访登记). Needs `reception.register`; BAD_USER_INPUT with field errors for times in the future, a reception before the arrival or a requester not on the site.',
    authScopes: { can: 'reception.register' },
    args: { input: t.arg({ type: RegisterReceptionInput, required: true, description: 'The entry.' }) },
    resolve: (_root, { input }, ctx) => registerReception(useCaseContext(ctx), input),
  }),
);

builder.mutationField('receiveVisitor', (t) =>
  t.field({
    type: ReceptionEntryRef,
    description: 'The viewer receives a waiting visitor, now or at the given time. Needs `reception.register`.',
    authScopes: { can: 'reception.register' },
    args: {
      id: t.arg.id({ required: true, description: 'The entry’s id.' }),
      receivedAt: t.arg({ type: 'DateTime', description: 'When they were received; now when empty.' }),
    },
    resolve: (_root, { id, receivedAt }, ctx) => receiveVisitor(useCaseContext(ctx), id, receivedAt ?? null),
  }),
);

builder.mutationField('recordReceptionOutcome', (t) =>
  t.field({
    type: ReceptionEntryRef,
    description: 'Records how a received contact ended: answered on the spot, relayed, or a message taken. Needs `reception.register`.',
    authScopes: { can: 'reception.register' },
    args: {
      id: t.arg.id({ required: true, description: 'The entry’s id.' }),
      outcome: t.arg({ type: RecordedOutcomeEnum, required: true, description: 'How it ended.' }),
    },
    resolve: (_root, { id, outcome }, ctx) => recordReceptionOutcome(useCaseContext(ctx), id, outcome),
  }),
);

const TicketFromReceptionInput = builder.inputType('TicketFromReceptionInput', {
  description: 'What a contact needs to become a ticket; channel, description and requester come from the entry unless given.',
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, description: 'What the ticket is about; by default the kind of the entry’s category.' }),
    severity: t.field({ type: SeverityEnum, required: true, description: 'Triage at intake; it sets the deadlines.' }),
    title: t.string({ required: true, description: 'A one-line summary.' }),
    description: t.string({ description: 'The details; the entry’s summary when empty.' }),
    requesterId: t.id({ description: 'The requester, when the entry has none or another is meant; a ticket always has one.' }),
    location: t.string({ description: 'Shop unit or place in the mall.' }),
    unitId: t.id({ description: 'The unit whose queue takes it (a Unit id).' }),
    repairCategory: t.field({ type: RepairCategoryEnum, description: 'Repairs only: what is to be repaired.' }),
  }),
});

builder.mutationField('turnReceptionIntoTicket', (t) =>
  t.field({
    type: ReceptionEntryRef,
    description:
      'Turns a received contact into a ticket in one step and links both (outcome `ticket`). Needs `reception.register` and `ticket.create`; a retried call with the same key returns the same entry.',
    authScopes: { can: 'reception.register' },
    args: {
      id: t.arg.id({ required: true, description: 'The entry’s id.' }),
      input: t.arg({ type: TicketFromReceptionInput, required: true, description: 'The ticket’s own fields.' }),
      idempotencyKey: t.arg.string({ required: true, description: 'Made up by the client per submit (8–100 characters) and sent again on retry.' }),
    },
    resolve: (_root, { id, input, idempotencyKey }, ctx) => turnReceptionIntoTicket(useCaseContext(ctx), id, input, idempotencyKey),
  }),
);

builder.mutationField('setReceptionStandardMinutes', (t) =>
  t.int({
    description: 'Sets the site’s reception standard in minutes (1 to 120). Needs `reception.configure`.',
    authScopes: { can: 'reception.configure' },
    args: { minutes: t.arg.int({ required: true, description: 'A visitor is received within this many minutes.' }) },
    resolve: (_root, { minutes }, ctx) => setReceptionStandard(useCaseContext(ctx), minutes),
  }),
);
