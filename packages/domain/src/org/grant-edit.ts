import { ForbiddenError } from '../shared/common.errors.js';
import type { StaffPrincipal } from '../shared/principal.js';
import { ValidationError } from '../shared/validation.js';
import { currentHolders } from './assignments.js';
import { GRANT_SCOPES, SCOPE_REACH, type GrantScope, type StoredGrant } from './grants.js';
import type { OrgChart } from './org-chart.js';
import { GrantEscalationError, LastOrgEditorError, UnknownPositionError } from './org.errors.js';
import type { RecordResource } from './permission-context.js';
import { ORG_EDIT_ACTION, type Permissions } from './permissions.js';
import type { FieldChange } from './org-change-record.js';

/** One cell of the permission matrix set to a scope; null takes the action away ("none"). */
export type GrantEdit = { positionId: string; action: string; scope: GrantScope | null };

/** Whether some current holder edits the org site-wide: the path that must never be cut. */
export const someoneEditsOrgSiteWide = <A extends string, R extends RecordResource>(permissions: Permissions<A, R>, chart: OrgChart, at: Date): boolean => {
  const staff = new Set(chart.positions.flatMap((p) => currentHolders(chart, p.id, at).map((a) => a.staffId)));
  return [...staff].some((staffId) => permissions.reachOf(chart, staffId, ORG_EDIT_ACTION, at) >= SCOPE_REACH.site);
};

/**
 * The site's grants after `editor` sets one cell of the matrix, or an error and nothing changed.
 * The guard rails (the product's own rules):
 * - the editor may take `org.edit` on the position (so a deputy edits only positions below it);
 * - the action takes grants from the matrix (not portal-facing, not fixed by the baseline) and
 *   the scope is one the action supports;
 * - no grant reaches further than the editor's own grant of the action (no privilege escalation);
 * - a change never leaves the site without someone who edits the org site-wide.
 */
export function editGrant<A extends string, R extends RecordResource>(
  permissions: Permissions<A, R>,
  editor: StaffPrincipal,
  chart: OrgChart,
  edit: GrantEdit,
  at: Date,
): StoredGrant[] {
  if (editor.siteId !== chart.siteId) throw new ForbiddenError(ORG_EDIT_ACTION);
  const position = chart.positions.find((p) => p.id === edit.positionId);
  if (!position) throw new UnknownPositionError(edit.positionId);
  if (!permissions.decide(editor, ORG_EDIT_ACTION as A, { type: 'position', siteId: chart.siteId, positionId: position.id }, chart, at).allowed) {
    throw new ForbiddenError(ORG_EDIT_ACTION);
  }
  if (!(permissions.actions as readonly string[]).includes(edit.action) || !permissions.isEditable(edit.action)) {
    throw new ValidationError([{ field: 'action', rule: 'invalid_choice' }]);
  }
  if (edit.scope !== null && !permissions.scopesOf(edit.action).includes(edit.scope)) {
    throw new ValidationError([{ field: 'scope', rule: 'invalid_choice' }]);
  }
  if (edit.scope !== null) {
    const reach = permissions.reachOf(chart, editor.staffId, edit.action, at);
    if (SCOPE_REACH[edit.scope] > reach) {
      const editorScope = GRANT_SCOPES.find((s) => SCOPE_REACH[s] === reach && permissions.scopesOf(edit.action).includes(s)) ?? null;
      throw new GrantEscalationError(edit.action, edit.scope, editorScope);
    }
  }
  const grants: StoredGrant[] = [
    ...(chart.grants ?? []).filter((g) => !(g.positionId === edit.positionId && g.action === edit.action)),
    { positionId: edit.positionId, action: edit.action, scope: edit.scope },
  ];
  if (edit.action === ORG_EDIT_ACTION && someoneEditsOrgSiteWide(permissions, chart, at) && !someoneEditsOrgSiteWide(permissions, { ...chart, grants }, at)) {
    throw new LastOrgEditorError(edit.action, edit.positionId);
  }
  return grants;
}

/** The trail's entry for a grant edit: the cell's action, from the position's widest grant of it to the new scope (null = none). */
export function grantEditChange<A extends string, R extends RecordResource>(permissions: Permissions<A, R>, chart: OrgChart, edit: GrantEdit): FieldChange {
  const position = chart.positions.find((p) => p.id === edit.positionId);
  if (!position) throw new UnknownPositionError(edit.positionId);
  const held = permissions.grantsOn(chart, position, edit.action).map((g) => g.scope);
  const before = GRANT_SCOPES.find((s) => held.includes(s)) ?? null;
  return { field: edit.action, before, after: edit.scope };
}
