import { scoped, type GrantScope } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';
import type { Visibility } from '../org/visibility.js';
import { ticketFacts, type TicketResource } from './ticket-resource.js';

const WORKING_SCOPES = ['site', 'subordinates', 'own_queue'] as const;
const SUPERVISING_SCOPES = ['site', 'subordinates'] as const;

/** The tickets context's actions, in display order, with the scopes a grant of each may have. Each transition names one. */
export const TICKET_ACTIONS = {
  'ticket.create': ['any'],
  'ticket.view': [...WORKING_SCOPES, 'own'],
  'ticket.assign': SUPERVISING_SCOPES,
  'ticket.relay': WORKING_SCOPES,
  'ticket.start': WORKING_SCOPES,
  'ticket.escalate': SUPERVISING_SCOPES,
  'ticket.resolve': WORKING_SCOPES,
  'ticket.markInvalid': SUPERVISING_SCOPES,
  'ticket.followUp': WORKING_SCOPES,
  'ticket.close': WORKING_SCOPES,
  'ticket.reopen': SUPERVISING_SCOPES,
  // Only the requester rates; no staff grant has it.
  'ticket.rate': [],
} as const satisfies Record<string, readonly GrantScope[]>;
export type TicketAction = keyof typeof TICKET_ACTIONS;

/**
 * Which tickets a viewer may see, as the ticket queue's storage filter: units are matched on
 * `unit_id`, staff on `assignee_id` or `created_by_id`, a requester on `requester_id`.
 */
export type TicketVisibility = Visibility;

const CLERK_ACTIONS = ['ticket.view', 'ticket.start', 'ticket.relay', 'ticket.resolve', 'ticket.followUp', 'ticket.close'] as const;
const SUPERVISOR_ACTIONS = [...CLERK_ACTIONS, 'ticket.assign', 'ticket.escalate', 'ticket.markInvalid', 'ticket.reopen'] as const;
const CLERK = scoped('own_queue', CLERK_ACTIONS);
const SUPERVISOR = scoped('subordinates', SUPERVISOR_ACTIONS);

/**
 * Who works tickets, per catalogue position. Clerks work their unit's queue, supervisors the
 * queues below them, the director every ticket of the site. Everyone in a position creates
 * tickets and follows their own.
 */
export const ticketPermissions: PermissionContext<TicketAction, TicketResource> = {
  name: 'tickets',
  actions: TICKET_ACTIONS,
  baseline: [
    { action: 'ticket.create', scope: 'any' },
    { action: 'ticket.view', scope: 'own' },
  ],
  grants: {
    director: scoped('site', SUPERVISOR_ACTIONS),
    deputy: SUPERVISOR,
    merchant_supervisor: SUPERVISOR,
    floor_supervisor: SUPERVISOR,
    office_clerk: CLERK,
    archive_clerk: CLERK,
    hall_clerk: CLERK,
    floor_clerk: CLERK,
    // The cart team works carts, not queues: it reports problems and follows its own tickets.
    cart_captain: [],
    cart_driver: [],
  },
  // Merchants, owners and customers submit requests, follow their own and rate them; rating
  // needs a ticket, so it is not offered at the site level.
  requesterGrants: [
    { action: 'ticket.create', onSite: true },
    { action: 'ticket.view', onSite: true },
    { action: 'ticket.rate', onSite: false },
  ],
  records: { type: 'ticket', facts: ticketFacts, view: 'ticket.view' },
};
