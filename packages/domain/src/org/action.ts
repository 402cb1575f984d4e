import type { GrantScope } from './grants.js';

/** The org context's own actions, in display order, with the scopes a grant of each may have. */
export const ORG_ACTIONS = {
  'org.view': ['any'],
  'org.position.edit': ['site', 'subordinates'],
  'org.reportingLine.edit': ['site', 'subordinates'],
  'org.assignment.edit': ['site', 'subordinates'],
  'staff.view': ['any'],
  'staff.edit': ['site', 'subordinates'],
  'staff.appraise': ['subordinates'],
  'org.audit.view': ['site'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type OrgAction = keyof typeof ORG_ACTIONS;

/**
 * The records the org context decides on itself: the site as a whole (an action at the site
 * level, such as listing or creating), a position, a staff member. Every other context's
 * records are described by its permission context (see permission-context.ts).
 */
export type OrgResource =
  | { type: 'site'; siteId: string }
  | { type: 'position'; siteId: string; positionId: string }
  | { type: 'staff'; siteId: string; staffId: string };

export const ORG_RESOURCE_TYPES: readonly OrgResource['type'][] = ['site', 'position', 'staff'];
