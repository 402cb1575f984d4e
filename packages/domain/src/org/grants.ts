import type { Action } from './action.js';
import type { PositionCode } from './position.js';

/**
 * How far a grant reaches.
 * - `any`: no record-level check beyond the site (org.view, ticket.create).
 * - `site`: every record of the site. Only meaningful at the top of the tree; a position
 *   holding it that reports to someone is treated as `subordinates`.
 * - `subordinates`: the principal's own tickets, the queues of its units and of every position
 *   below it, and the staff and positions strictly below it.
 * - `own_queue`: tickets assigned to or created by the principal, or in its unit's queue.
 * - `own`: tickets assigned to or created by the principal.
 */
export type GrantScope = 'any' | 'site' | 'subordinates' | 'own_queue' | 'own';
export type Grant = { action: Action; scope: GrantScope };

/** What every current position holder may do, including custom positions with no grants. */
export const BASELINE_GRANTS: readonly Grant[] = [
  { action: 'org.view', scope: 'any' },
  { action: 'staff.view', scope: 'any' },
  { action: 'ticket.create', scope: 'any' },
  { action: 'ticket.view', scope: 'own' },
];

const CLERK_TICKET_ACTIONS = ['ticket.view', 'ticket.start', 'ticket.relay', 'ticket.resolve', 'ticket.followUp', 'ticket.close'] as const;
const SUPERVISOR_TICKET_ACTIONS = [...CLERK_TICKET_ACTIONS, 'ticket.assign', 'ticket.escalate', 'ticket.markInvalid', 'ticket.reopen'] as const;
const ORG_EDITING = ['org.position.edit', 'org.reportingLine.edit', 'org.assignment.edit', 'staff.edit'] as const;

const scoped = (scope: GrantScope, actions: readonly Action[]): Grant[] => actions.map((action) => ({ action, scope }));

const CLERK: readonly Grant[] = scoped('own_queue', CLERK_TICKET_ACTIONS);
const SUPERVISOR: readonly Grant[] = scoped('subordinates', SUPERVISOR_TICKET_ACTIONS);

/**
 * The grant table, per catalogue position, on top of BASELINE_GRANTS. Appraisal is always
 * `subordinates`: nobody appraises themselves, a peer or a superior, the director included.
 * The deputy edits the org only below itself, so it cannot reassign the director.
 */
export const GRANTS: Readonly<Record<PositionCode, readonly Grant[]>> = {
  director: [
    ...scoped('site', SUPERVISOR_TICKET_ACTIONS),
    ...scoped('site', ORG_EDITING),
    { action: 'staff.appraise', scope: 'subordinates' },
  ],
  deputy: [...SUPERVISOR, ...scoped('subordinates', ORG_EDITING), { action: 'staff.appraise', scope: 'subordinates' }],
  merchant_supervisor: SUPERVISOR,
  floor_supervisor: SUPERVISOR,
  office_clerk: CLERK,
  archive_clerk: CLERK,
  hall_clerk: CLERK,
  floor_clerk: CLERK,
  // The cart team works carts, not queues: it reports problems and follows its own tickets.
  cart_captain: [],
  cart_driver: [],
};

const isCatalogueCode = (code: string): code is PositionCode => Object.hasOwn(GRANTS, code);

/** The grants of a position code; unknown (custom) codes get the baseline only. */
export const grantsFor = (code: string): readonly Grant[] => [...BASELINE_GRANTS, ...(isCatalogueCode(code) ? GRANTS[code] : [])];
