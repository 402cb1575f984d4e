import { builder } from '../../builder.js';
import { acknowledgeMessage } from '../../use-cases/messages/acknowledge-message.js';
import { setMessageEscalation } from '../../use-cases/messages/set-message-escalation.js';
import { takeMessage } from '../../use-cases/messages/take-message.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { MessageRef, MessageUrgencyEnum } from './message.js';

const TakeMessageInput = builder.inputType('TakeMessageInput', {
  description: 'A message as taken: for one person or one unit.',
  fields: (t) => ({
    fromName: t.string({ required: true, description: 'Who left it: a name, a shop (at most 60 characters).' }),
    fromPhone: t.string({ description: 'A number to call them back on (at most 30 characters).' }),
    forStaffId: t.globalID({ for: StaffRef, description: 'The active member of staff it is for; give this or `forUnitId`.' }),
    forUnitId: t.id({ description: 'The unit it is for (a Unit id); give this or `forStaffId`.' }),
    text: t.string({ required: true, description: 'The message (at most 1000 characters).' }),
    urgency: t.field({ type: MessageUrgencyEnum, required: true, description: 'Normal or urgent.' }),
  }),
});

builder.mutationField('takeMessage', (t) =>
  t.field({
    type: MessageRef,
    description: 'Takes a message for a member of staff or a unit (留言). Needs `message.take`; a receiver not on the site is a field error.',
    authScopes: { can: 'message.take' },
    args: { input: t.arg({ type: TakeMessageInput, required: true, description: 'The message.' }) },
    resolve: (_root, { input }, ctx) =>
      takeMessage(useCaseContext(ctx), { ...input, forStaffId: input.forStaffId?.id ?? null, forUnitId: input.forUnitId ?? null }),
  }),
);

builder.mutationField('acknowledgeMessage', (t) =>
  t.field({
    type: MessageRef,
    description: 'The receiver acknowledges a message, once. Needs `message.acknowledge` over it (its person or someone of its unit).',
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true, description: 'The message’s id; one the viewer may not see is NOT_FOUND.' }) },
    resolve: (_root, { id }, ctx) => acknowledgeMessage(useCaseContext(ctx), id),
  }),
);

builder.mutationField('setMessageEscalationMinutes', (t) =>
  t.int({
    description: 'Sets after how many minutes (5 to 1440) unacknowledged messages go to the taker’s supervisors. Needs `message.configure`.',
    authScopes: { can: 'message.configure' },
    args: { minutes: t.arg.int({ required: true, description: 'Minutes.' }) },
    resolve: (_root, { minutes }, ctx) => setMessageEscalation(useCaseContext(ctx), minutes),
  }),
);
