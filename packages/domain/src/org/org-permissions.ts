import { ORG_ACTIONS, type OrgAction } from './action.js';
import { scoped, type Grant } from './grants.js';
import type { PermissionContext } from './permission-context.js';

const ORG_EDITING = ['org.position.edit', 'org.reportingLine.edit', 'org.assignment.edit', 'staff.edit'] as const;
const APPRAISAL: Grant<OrgAction> = { action: 'staff.appraise', scope: 'subordinates' };
// 002 客户服务部经理: "对本部门人员岗位工作的实施监督检查" — the director oversees how positions are
// set up and filled; reading the org's audit trail, site-wide and only the director's, is the product's own rule.
const AUDIT: Grant<OrgAction> = { action: 'org.audit.view', scope: 'site' };

/**
 * The org context's own permissions. Appraisal is always `subordinates`: nobody appraises
 * themselves, a peer or a superior, the director included. The deputy edits the org only below
 * itself, so it cannot reassign the director.
 */
export const orgPermissions: PermissionContext<OrgAction, never> = {
  name: 'org',
  actions: ORG_ACTIONS,
  baseline: [
    { action: 'org.view', scope: 'any' },
    { action: 'staff.view', scope: 'any' },
  ],
  grants: {
    director: [...scoped('site', ORG_EDITING), APPRAISAL, AUDIT],
    deputy: [...scoped('subordinates', ORG_EDITING), APPRAISAL],
  },
  requesterGrants: [],
  records: null,
};
