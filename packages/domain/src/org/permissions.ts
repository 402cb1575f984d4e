import type { Principal, RequesterPrincipal, StaffPrincipal } from '../shared/principal.js';
import { ACTIONS, type Action, type Resource } from './action.js';
import { currentHolders, isCurrent, positionsHeldBy } from './assignments.js';
import { grantsFor, type GrantScope } from './grants.js';
import type { OrgChart } from './org-chart.js';
import type { Position } from './position.js';
import { subordinatesOf, superiorsOf } from './reporting-lines.js';

/** Why a decision came out as it did; the permission screens show one message per reason. */
export const PERMISSION_REASONS = [
  // allowed
  'granted', // the action needs no record-level scope
  'site_scope', // the whole site
  'subordinate_scope', // a record of someone or some queue below the principal
  'own_ticket', // assigned to or created by the principal
  'own_unit_queue', // in the queue of the principal's unit
  'own_request', // a requester's own ticket
  'in_scope', // a list or new record, filtered to the principal's scope
  // denied
  'anonymous',
  'cross_site',
  'no_position', // staff holding no position now
  'not_granted',
  'out_of_scope',
  'not_below', // self, a peer or a superior
  'not_own_request',
  'requester_not_allowed',
] as const;
export type PermissionReason = (typeof PERMISSION_REASONS)[number];
export type PermissionDecision = { allowed: boolean; reason: PermissionReason };

/** The SQL-shaped counterpart of `decide(…, 'ticket.view', …)`; always combined with the principal's site. */
export type TicketVisibility =
  | { kind: 'site' }
  | { kind: 'scoped'; unitIds: string[]; staffIds: string[] }
  | { kind: 'requester'; requesterId: string }
  | { kind: 'none' };

export type PermissionMatrixCell = PermissionDecision & { scope: GrantScope | null };
export type PermissionMatrixRow = {
  positionId: string;
  code: string;
  holderIds: string[];
  cells: Record<Action, PermissionMatrixCell>;
};

const allow = (reason: PermissionReason): PermissionDecision => ({ allowed: true, reason });
const deny = (reason: PermissionReason): PermissionDecision => ({ allowed: false, reason });

const REQUESTER_ACTIONS: readonly Action[] = ['ticket.create', 'ticket.view', 'ticket.rate'];

/** `site` reaches everything only from the top of the tree; lower down it would reach superiors. */
const effectiveScope = (chart: OrgChart, position: Position, scope: GrantScope): GrantScope =>
  scope === 'site' && position.reportsTo.some((up) => chart.positions.some((p) => p.id === up)) ? 'subordinates' : scope;

/** What a staff member's scope is computed from: their positions now, and those at or above them. */
type Viewer = { chart: OrgChart; at: Date; staffId: string; held: Position[]; atOrAbove: Set<string> };

// A page of tickets asks about the same viewer hundreds of times against one chart: remember the
// walk up the tree per chart object (charts are never mutated; a change makes a new one).
const viewerCache = new WeakMap<OrgChart, Map<string, Viewer>>();

const viewerOf = (chart: OrgChart, staffId: string, at: Date): Viewer => {
  const perChart = viewerCache.get(chart) ?? new Map<string, Viewer>();
  viewerCache.set(chart, perChart);
  const key = `${staffId}@${at.getTime()}`;
  const cached = perChart.get(key);
  if (cached) return cached;
  const held = positionsHeldBy(chart, staffId, at);
  const atOrAbove = new Set(held.flatMap((p) => [p.id, ...superiorsOf(chart, p.id).map((s) => s.id)]));
  const viewer = { chart, at, staffId, held, atOrAbove };
  if (perChart.size > 1_000) perChart.clear();
  perChart.set(key, viewer);
  return viewer;
};

/** Positions strictly below `position` that are not also at or above one of the viewer's own. */
const positionsBelow = (viewer: Viewer, position: Position): Position[] =>
  subordinatesOf(viewer.chart, position.id).filter((p) => !viewer.atOrAbove.has(p.id));

/**
 * Staff strictly below: holding a position under `position`, and none at or above any of the
 * viewer's positions, so acting in a lower post never puts a superior in someone's scope.
 */
const staffBelow = (viewer: Viewer, position: Position): Set<string> => {
  const { chart, at } = viewer;
  const above = new Set(chart.assignments.filter((a) => isCurrent(a, at) && viewer.atOrAbove.has(a.positionId)).map((a) => a.staffId));
  const below = positionsBelow(viewer, position).flatMap((p) => currentHolders(chart, p.id, at).map((a) => a.staffId));
  return new Set(below.filter((id) => id !== viewer.staffId && !above.has(id)));
};

const queueUnits = (viewer: Viewer, position: Position, scope: GrantScope): { own: Set<string>; below: Set<string> } => ({
  own: new Set(scope === 'own_queue' || scope === 'subordinates' ? [position.unitId] : []),
  below: new Set(scope === 'subordinates' ? positionsBelow(viewer, position).map((p) => p.unitId) : []),
});

const evaluate = (viewer: Viewer, position: Position, granted: GrantScope, resource: Resource): PermissionDecision => {
  const scope = effectiveScope(viewer.chart, position, granted);
  if (scope === 'any') return allow('granted');
  if (scope === 'site') return allow('site_scope');
  switch (resource.type) {
    case 'site':
      return allow('in_scope');
    case 'ticket': {
      if (resource.assigneeId === viewer.staffId || resource.createdById === viewer.staffId) return allow('own_ticket');
      const units = queueUnits(viewer, position, scope);
      if (resource.unitId !== null && units.own.has(resource.unitId)) return allow('own_unit_queue');
      if (resource.unitId !== null && units.below.has(resource.unitId)) return allow('subordinate_scope');
      if (scope === 'subordinates') {
        const below = staffBelow(viewer, position);
        if ((resource.assigneeId !== null && below.has(resource.assigneeId)) || (resource.createdById !== null && below.has(resource.createdById))) {
          return allow('subordinate_scope');
        }
      }
      return deny('out_of_scope');
    }
    case 'staff':
      if (scope !== 'subordinates') return deny('out_of_scope');
      return staffBelow(viewer, position).has(resource.staffId) ? allow('subordinate_scope') : deny('not_below');
    case 'position':
      if (scope !== 'subordinates') return deny('out_of_scope');
      return positionsBelow(viewer, position).some((p) => p.id === resource.positionId) ? allow('subordinate_scope') : deny('not_below');
  }
};

const decideForRequester = (principal: RequesterPrincipal, action: Action, resource: Resource): PermissionDecision => {
  if (!REQUESTER_ACTIONS.includes(action)) return deny('requester_not_allowed');
  if (resource.type === 'ticket') return resource.requesterId === principal.requesterId ? allow('own_request') : deny('not_own_request');
  if (resource.type === 'site' && action !== 'ticket.rate') return allow('in_scope');
  return deny('requester_not_allowed');
};

const decideForStaff = (principal: StaffPrincipal, action: Action, resource: Resource, chart: OrgChart, at: Date): PermissionDecision => {
  const viewer = viewerOf(chart, principal.staffId, at);
  if (viewer.held.length === 0) return deny('no_position');
  let outcome = deny('not_granted');
  for (const position of viewer.held) {
    for (const grant of grantsFor(position.code)) {
      if (grant.action !== action) continue;
      const decision = evaluate(viewer, position, grant.scope, resource);
      if (decision.allowed) return decision;
      outcome = decision;
    }
  }
  return outcome;
};

/**
 * The one place a permission is decided. Deny by default; staff act through the positions they
 * hold at `at`, requesters reach only their own tickets, and nothing crosses sites.
 */
export const decide = (principal: Principal, action: Action, resource: Resource, chart: OrgChart, at: Date): PermissionDecision => {
  if (principal.kind === 'anonymous') return deny('anonymous');
  if (resource.siteId !== principal.siteId || chart.siteId !== principal.siteId) return deny('cross_site');
  return principal.kind === 'requester' ? decideForRequester(principal, action, resource) : decideForStaff(principal, action, resource, chart, at);
};

export const can = (principal: Principal, action: Action, resource: Resource, chart: OrgChart, at: Date): boolean =>
  decide(principal, action, resource, chart, at).allowed;

/**
 * Which tickets `principal` may view, as a filter storage can run: a ticket is visible in
 * `scoped` when its unit is in `unitIds` or its assignee or creator is in `staffIds`.
 */
export const ticketVisibility = (principal: Principal, chart: OrgChart, at: Date): TicketVisibility => {
  if (principal.kind === 'anonymous' || chart.siteId !== principal.siteId) return { kind: 'none' };
  if (principal.kind === 'requester') return { kind: 'requester', requesterId: principal.requesterId };
  const viewer = viewerOf(chart, principal.staffId, at);
  const unitIds = new Set<string>();
  const staffIds = new Set<string>();
  for (const position of viewer.held) {
    for (const grant of grantsFor(position.code)) {
      if (grant.action !== 'ticket.view') continue;
      const scope = effectiveScope(chart, position, grant.scope);
      if (scope === 'any' || scope === 'site') return { kind: 'site' };
      staffIds.add(viewer.staffId);
      const units = queueUnits(viewer, position, scope);
      for (const id of [...units.own, ...units.below]) unitIds.add(id);
      if (scope === 'subordinates') for (const id of staffBelow(viewer, position)) staffIds.add(id);
    }
  }
  if (unitIds.size === 0 && staffIds.size === 0) return { kind: 'none' };
  return { kind: 'scoped', unitIds: [...unitIds].sort(), staffIds: [...staffIds].sort() };
};

const SCOPE_BREADTH: readonly GrantScope[] = ['any', 'site', 'subordinates', 'own_queue', 'own'];

/**
 * Every position × action for the read-only matrix screen. A scope-dependent grant shows as
 * allowed with reason `in_scope` and its scope; `granted` and `site_scope` reach every record.
 */
export const permissionMatrix = (chart: OrgChart, at: Date): PermissionMatrixRow[] =>
  chart.positions.map((position) => {
    const grants = grantsFor(position.code);
    const cells = Object.fromEntries(
      ACTIONS.map((action): [Action, PermissionMatrixCell] => {
        const scopes = grants.filter((g) => g.action === action).map((g) => effectiveScope(chart, position, g.scope));
        const widest = SCOPE_BREADTH.find((s) => scopes.includes(s)) ?? null;
        if (widest === null) return [action, { allowed: false, reason: 'not_granted', scope: null }];
        const reason: PermissionReason = widest === 'any' ? 'granted' : widest === 'site' ? 'site_scope' : 'in_scope';
        return [action, { allowed: true, reason, scope: widest }];
      }),
    ) as Record<Action, PermissionMatrixCell>;
    const holderIds = [...new Set(currentHolders(chart, position.id, at).map((a) => a.staffId))];
    return { positionId: position.id, code: position.code, holderIds, cells };
  });
