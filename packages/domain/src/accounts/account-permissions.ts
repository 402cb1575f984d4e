import { scoped } from '../org/grants.js';
import type { GrantScope } from '../org/grants.js';
import type { PermissionContext } from '../org/permission-context.js';

/** The accounts context's actions: reading the account audit log of the site. */
export const ACCOUNT_ACTIONS = {
  'account.audit': ['any'],
} as const satisfies Record<string, readonly GrantScope[]>;
export type AccountAction = keyof typeof ACCOUNT_ACTIONS;

/**
 * Who reads the account audit log. The product's own rule: the director alone, by default; the
 * permission matrix may widen it.
 */
export const accountPermissions: PermissionContext<AccountAction, never> = {
  name: 'accounts',
  actions: ACCOUNT_ACTIONS,
  baseline: [],
  grants: { director: scoped('any', ['account.audit'] as const) },
  requesterGrants: [],
  records: null,
};
