import { builder } from '../../builder.js';
import { listAssignmentOpenWork, type OpenWork } from '../../use-cases/org/assignment-open-work.js';
import { useCaseContext } from '../common/use-case-context.js';
import { FollowUpRef } from '../followups/follow-up.js';
import { TicketRef } from '../tickets/ticket.js';
import { AssignmentRef } from './assignment.js';

const AssignmentOpenWorkRef = builder.objectRef<OpenWork>('AssignmentOpenWork').implement({
  description: 'What the holder of an assignment leaves open when it ends: what endAssignment’s `handOverTo` hands over. Needs `org.assignment.edit` over its position.',
  authScopes: { can: 'org.assignment.edit' },
  fields: (t) => ({
    assignment: t.field({ type: AssignmentRef, description: 'The assignment about to end.', resolve: (w) => w.assignment }),
    tickets: t.field({
      type: [TicketRef],
      description: 'Their open tickets (assigned to them, still being worked) that the viewer may see, oldest first; at most 50 are read.',
      resolve: (w) => w.tickets,
    }),
    unseenTickets: t.int({
      description: 'How many of their open tickets the viewer may not see (left out of `tickets`): while there are any, handing the work over is refused (ORG.HANDOVER_NOT_PERMITTED).',
      resolve: (w) => w.unseenTickets,
    }),
    followUps: t.field({
      type: [FollowUpRef],
      description: 'The follow-ups (回访) they are still to call, soonest due first; at most 50.',
      resolve: (w) => w.followUps,
    }),
  }),
});

builder.queryField('assignmentOpenWork', (t) =>
  t.field({
    type: AssignmentOpenWorkRef,
    description: 'The open tickets and follow-ups of the person on an assignment, before it is ended. Needs `org.assignment.edit` over its position; another’s is FORBIDDEN.',
    authScopes: { can: 'org.assignment.edit' },
    args: { id: t.arg.id({ required: true, description: 'The assignment’s id, as endAssignment takes it.' }) },
    resolve: (_root, { id }, ctx) => listAssignmentOpenWork(useCaseContext(ctx), id),
  }),
);
