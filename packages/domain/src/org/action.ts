/** Everything a principal may be allowed to do. Each ticket transition names one of these. */
export const ACTIONS = [
  'ticket.create',
  'ticket.view',
  'ticket.assign',
  'ticket.relay',
  'ticket.start',
  'ticket.escalate',
  'ticket.resolve',
  'ticket.markInvalid',
  'ticket.followUp',
  'ticket.close',
  'ticket.reopen',
  'ticket.rate',
  'org.view',
  'org.position.edit',
  'org.reportingLine.edit',
  'org.assignment.edit',
  'staff.view',
  'staff.edit',
  'staff.appraise',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The facts about a record that a permission decision needs, and nothing more. */
export type Resource =
  | { type: 'site'; siteId: string }
  | {
      type: 'ticket';
      siteId: string;
      /** The unit whose queue holds the ticket. */
      unitId: string | null;
      assigneeId: string | null;
      requesterId: string;
      createdById: string | null;
    }
  | { type: 'position'; siteId: string; positionId: string }
  | { type: 'staff'; siteId: string; staffId: string };
