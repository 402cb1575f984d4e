import { createPermissions, type ActionOf, type RecordOf } from '../org/permissions.js';
import type { OrgResource } from '../org/action.js';
import { editGrant as editOrgGrant, grantEditChange as orgGrantEditChange, type GrantEdit } from '../org/grant-edit.js';
import type { FieldChange } from '../org/org-change-record.js';
import type { StoredGrant } from '../org/grants.js';
import type { OrgChart } from '../org/org-chart.js';
import type { StaffPrincipal } from '../shared/principal.js';
import { PERMISSION_CONTEXTS } from './permission-contexts.js';

/** The permission core over every registered context (see permission-contexts.ts). */
export const permissions = createPermissions(PERMISSION_CONTEXTS);

/** Every action of every context. */
export type Action = ActionOf<(typeof PERMISSION_CONTEXTS)[number]>;
/** A record of any context (a ticket, …): what `matches()` evaluates a visibility on. */
export type ContextRecord = RecordOf<(typeof PERMISSION_CONTEXTS)[number]>;
/** Everything `can()` decides on: the org context's resources and every context's records. */
export type Resource = OrgResource | ContextRecord;

export const ACTIONS: readonly Action[] = permissions.actions;
export const { can, decide, visibility, matches, permissionMatrix, grantsFor } = permissions;

/** The site's grants after `editor` sets one cell of the permission matrix (see org/grant-edit.ts). */
export const editGrant = (editor: StaffPrincipal, chart: OrgChart, edit: GrantEdit, at: Date): StoredGrant[] => editOrgGrant(permissions, editor, chart, edit, at);

/** The audit trail's entry for that edit: the position's widest grant of the action before → the new scope. */
export const grantEditChange = (chart: OrgChart, edit: GrantEdit): FieldChange => orgGrantEditChange(permissions, chart, edit);

export { PERMISSION_CONTEXTS } from './permission-contexts.js';
