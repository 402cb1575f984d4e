import type { Principal, RequesterPrincipal, StaffPrincipal } from '../shared/principal.js';
import { ORG_RESOURCE_TYPES, type OrgResource } from './action.js';
import { currentHolders, isCurrent, positionsHeldBy } from './assignments.js';
import { GRANT_SCOPES, type Grant, type GrantScope, type RequesterGrant } from './grants.js';
import type { OrgChart } from './org-chart.js';
import type { PermissionContext, RecordFacts, RecordKind, RecordResource } from './permission-context.js';
import type { Position } from './position.js';
import { subordinatesOf, superiorsOf } from './reporting-lines.js';
import { isVisible, type Visibility } from './visibility.js';

/** Why a decision came out as it did; the permission screens show one message per reason. */
export const PERMISSION_REASONS = [
  // allowed
  'granted', // the action needs no record-level scope
  'site_scope', // the whole site
  'subordinate_scope', // a record of someone or some queue below the principal
  'own_ticket', // a record assigned to or created by the principal
  'own_unit_queue', // in the queue of the principal's unit
  'own_request', // a requester's own record
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

export type PermissionMatrixCell = PermissionDecision & { scope: GrantScope | null };
export type PermissionMatrixRow<A extends string = string> = {
  positionId: string;
  code: string;
  holderIds: string[];
  cells: Record<A, PermissionMatrixCell>;
};

/** The permission core over a list of contexts: every action, record kind and grant they declare. */
export type Permissions<A extends string, R extends RecordResource> = {
  /** Every action of every context, in the order the contexts are listed. */
  actions: readonly A[];
  /** The grants of a position code; unknown (custom) codes get the baselines only. */
  grantsFor(code: string): readonly Grant<A>[];
  /**
   * The one place a permission is decided. Deny by default; staff act through the positions
   * they hold at `at`, requesters reach only their own records, and nothing crosses sites.
   */
  decide(principal: Principal, action: A, resource: OrgResource | R, chart: OrgChart, at: Date): PermissionDecision;
  can(principal: Principal, action: A, resource: OrgResource | R, chart: OrgChart, at: Date): boolean;
  /** The records `principal` may `action`, as a filter storage can run: agrees with `can()` record by record. */
  visibility(principal: Principal, action: A, chart: OrgChart, at: Date): Visibility;
  /** The filter evaluated in memory for one record of the viewer's site: what storage's SQL must agree with. */
  matches(visibility: Visibility, record: R): boolean;
  /**
   * Every position × action for the read-only matrix screen. A scope-dependent grant shows as
   * allowed with reason `in_scope` and its scope; `granted` and `site_scope` reach every record.
   */
  permissionMatrix(chart: OrgChart, at: Date): PermissionMatrixRow<A>[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context, whatever its actions and record type
type AnyContext = PermissionContext<any, any>;
export type ActionOf<C> = C extends PermissionContext<infer A, RecordResource> ? A : never;
export type RecordOf<C> = C extends PermissionContext<string, infer R extends RecordResource> ? R : never;

const allow = (reason: PermissionReason): PermissionDecision => ({ allowed: true, reason });
const deny = (reason: PermissionReason): PermissionDecision => ({ allowed: false, reason });

/** `site` reaches everything only from the top of the tree; lower down it would reach superiors. */
const effectiveScope = (chart: OrgChart, position: Position, scope: GrantScope): GrantScope =>
  scope === 'site' && position.reportsTo.some((up) => chart.positions.some((p) => p.id === up)) ? 'subordinates' : scope;

/** What lies below one of the viewer's positions: worked out on the first check that needs it. */
type Below = { positions: Position[]; units: Set<string>; staff: Set<string> | null };

/** What a staff member's scope is computed from: their positions now, and those at or above them. */
type Viewer = { chart: OrgChart; at: Date; staffId: string; held: Position[]; atOrAbove: Set<string>; below: Map<string, Below> };

// A page of tickets asks about the same viewer hundreds of times against one chart: remember the
// walk up and down the tree per chart object (charts are never mutated; a change makes a new one).
const viewerCache = new WeakMap<OrgChart, Map<string, Viewer>>();

const viewerOf = (chart: OrgChart, staffId: string, at: Date): Viewer => {
  const perChart = viewerCache.get(chart) ?? new Map<string, Viewer>();
  viewerCache.set(chart, perChart);
  const key = `${staffId}@${at.getTime()}`;
  const cached = perChart.get(key);
  if (cached) return cached;
  const held = positionsHeldBy(chart, staffId, at);
  const atOrAbove = new Set(held.flatMap((p) => [p.id, ...superiorsOf(chart, p.id).map((s) => s.id)]));
  const viewer = { chart, at, staffId, held, atOrAbove, below: new Map<string, Below>() };
  if (perChart.size > 1_000) perChart.clear();
  perChart.set(key, viewer);
  return viewer;
};

/** Positions strictly below `position` that are not also at or above one of the viewer's own, and their units. */
const belowOf = (viewer: Viewer, position: Position): Below => {
  const known = viewer.below.get(position.id);
  if (known) return known;
  const positions = subordinatesOf(viewer.chart, position.id).filter((p) => !viewer.atOrAbove.has(p.id));
  const below = { positions, units: new Set(positions.map((p) => p.unitId)), staff: null };
  viewer.below.set(position.id, below);
  return below;
};

const positionsBelow = (viewer: Viewer, position: Position): Position[] => belowOf(viewer, position).positions;

/**
 * Staff strictly below: holding a position under `position`, and none at or above any of the
 * viewer's positions, so acting in a lower post never puts a superior in someone's scope.
 */
const staffBelow = (viewer: Viewer, position: Position): Set<string> => {
  const below = belowOf(viewer, position);
  if (below.staff) return below.staff;
  const { chart, at } = viewer;
  const above = new Set(chart.assignments.filter((a) => isCurrent(a, at) && viewer.atOrAbove.has(a.positionId)).map((a) => a.staffId));
  const holders = below.positions.flatMap((p) => currentHolders(chart, p.id, at).map((a) => a.staffId));
  below.staff = new Set(holders.filter((id) => id !== viewer.staffId && !above.has(id)));
  return below.staff;
};

/** A grant of `own_queue` or wider reaches its position's unit; `subordinates` also the units below. */
const reachesOwnQueue = (scope: GrantScope): boolean => scope === 'own_queue' || scope === 'subordinates';

const evaluateRecord = (viewer: Viewer, position: Position, scope: GrantScope, facts: RecordFacts): PermissionDecision => {
  if (facts.staffIds.includes(viewer.staffId)) return allow('own_ticket');
  if (facts.unitId !== null && reachesOwnQueue(scope) && facts.unitId === position.unitId) return allow('own_unit_queue');
  if (scope === 'subordinates') {
    if (facts.unitId !== null && belowOf(viewer, position).units.has(facts.unitId)) return allow('subordinate_scope');
    const below = staffBelow(viewer, position);
    if (facts.staffIds.some((id) => id !== null && below.has(id))) return allow('subordinate_scope');
  }
  return deny('out_of_scope');
};

/** What a check is about: one of the org context's own resources, or the facts of a context's record. */
type Subject = OrgResource | { type: 'record'; facts: RecordFacts };

const evaluate = (viewer: Viewer, position: Position, granted: GrantScope, subject: Subject): PermissionDecision => {
  const scope = effectiveScope(viewer.chart, position, granted);
  if (scope === 'any') return allow('granted');
  if (scope === 'site') return allow('site_scope');
  switch (subject.type) {
    case 'record':
      return evaluateRecord(viewer, position, scope, subject.facts);
    case 'site':
      return allow('in_scope');
    case 'staff':
      if (scope !== 'subordinates') return deny('out_of_scope');
      return staffBelow(viewer, position).has(subject.staffId) ? allow('subordinate_scope') : deny('not_below');
    case 'position':
      if (scope !== 'subordinates') return deny('out_of_scope');
      return positionsBelow(viewer, position).some((p) => p.id === subject.positionId) ? allow('subordinate_scope') : deny('not_below');
  }
};

/** A broken declaration is a programming error: the permission core refuses to start with it. */
function assertValid(contexts: readonly AnyContext[]): void {
  const actions = new Set<string>();
  const recordTypes = new Set<string>(ORG_RESOURCE_TYPES);
  for (const context of contexts) {
    const scopes = context.actions as Record<string, readonly GrantScope[]>;
    for (const action of Object.keys(scopes)) {
      if (actions.has(action)) throw new Error(`Action ${action} is declared twice (context ${context.name})`);
      actions.add(action);
    }
    const grants: Grant[] = [...context.baseline, ...Object.values<readonly Grant[]>(context.grants).flat()];
    for (const { action, scope } of grants) {
      if (!scopes[action]?.includes(scope)) throw new Error(`Context ${context.name} grants ${action} with scope ${scope}, which it does not support`);
    }
    for (const { action } of context.requesterGrants as readonly RequesterGrant[]) {
      if (!(action in scopes)) throw new Error(`Context ${context.name} grants requesters ${action}, which it does not declare`);
    }
    if (context.records) {
      if (recordTypes.has(context.records.type)) throw new Error(`Record type ${context.records.type} is declared twice (context ${context.name})`);
      recordTypes.add(context.records.type);
    }
  }
}

/** Builds the permission core over `contexts`; listed once per process, in `permissions/permission-contexts.ts`. */
export function createPermissions<const C extends readonly AnyContext[]>(contexts: C): Permissions<ActionOf<C[number]>, RecordOf<C[number]>> {
  type A = ActionOf<C[number]>;
  type R = RecordOf<C[number]>;
  assertValid(contexts);
  const actions = contexts.flatMap((c) => Object.keys(c.actions)) as A[];
  const baseline: Grant<A>[] = contexts.flatMap((c) => c.baseline);
  const requesterGrants = new Map<string, RequesterGrant>(contexts.flatMap((c) => c.requesterGrants).map((g: RequesterGrant) => [g.action, g]));
  const recordKinds = new Map<string, RecordKind<string, RecordResource>>(contexts.flatMap((c) => (c.records ? [[c.records.type, c.records]] : [])));

  const grantsFor = (code: string): readonly Grant<A>[] => [
    ...baseline,
    ...contexts.flatMap((c): readonly Grant<A>[] => (Object.hasOwn(c.grants, code) ? (c.grants[code as keyof typeof c.grants] ?? []) : [])),
  ];

  // Grants per position code and action, in grant order: a check reads only the action's own.
  const grantIndex = new Map<string, Map<string, readonly Grant<A>[]>>();
  const grantsOf = (code: string, action: string): readonly Grant<A>[] => {
    let byAction = grantIndex.get(code);
    if (!byAction) {
      byAction = new Map();
      for (const grant of grantsFor(code)) byAction.set(grant.action, [...(byAction.get(grant.action) ?? []), grant]);
      grantIndex.set(code, byAction);
    }
    return byAction.get(action) ?? [];
  };

  const isOrgResource = (resource: OrgResource | RecordResource): resource is OrgResource =>
    (ORG_RESOURCE_TYPES as readonly string[]).includes(resource.type);

  const subjectOf = (resource: OrgResource | RecordResource): Subject => {
    if (isOrgResource(resource)) return resource;
    const kind = recordKinds.get(resource.type);
    if (!kind) throw new Error(`No permission context declares records of type ${resource.type}`);
    return { type: 'record', facts: kind.facts(resource) };
  };

  const decideForRequester = (principal: RequesterPrincipal, action: string, resource: OrgResource | RecordResource): PermissionDecision => {
    const grant = requesterGrants.get(action);
    if (!grant) return deny('requester_not_allowed');
    const subject = subjectOf(resource);
    if (subject.type === 'record') return subject.facts.requesterId === principal.requesterId ? allow('own_request') : deny('not_own_request');
    if (subject.type === 'site' && grant.onSite) return allow('in_scope');
    return deny('requester_not_allowed');
  };

  const decideForStaff = (principal: StaffPrincipal, action: string, resource: OrgResource | RecordResource, chart: OrgChart, at: Date): PermissionDecision => {
    const viewer = viewerOf(chart, principal.staffId, at);
    if (viewer.held.length === 0) return deny('no_position');
    const subject = subjectOf(resource);
    let outcome = deny('not_granted');
    for (const position of viewer.held) {
      for (const grant of grantsOf(position.code, action)) {
        const decision = evaluate(viewer, position, grant.scope, subject);
        if (decision.allowed) return decision;
        outcome = decision;
      }
    }
    return outcome;
  };

  const decide = (principal: Principal, action: string, resource: OrgResource | RecordResource, chart: OrgChart, at: Date): PermissionDecision => {
    if (principal.kind === 'anonymous') return deny('anonymous');
    if (resource.siteId !== principal.siteId || chart.siteId !== principal.siteId) return deny('cross_site');
    return principal.kind === 'requester' ? decideForRequester(principal, action, resource) : decideForStaff(principal, action, resource, chart, at);
  };

  const visibility = (principal: Principal, action: string, chart: OrgChart, at: Date): Visibility => {
    if (principal.kind === 'anonymous' || chart.siteId !== principal.siteId) return { kind: 'none' };
    if (principal.kind === 'requester') {
      return requesterGrants.has(action) ? { kind: 'requester', requesterId: principal.requesterId } : { kind: 'none' };
    }
    const viewer = viewerOf(chart, principal.staffId, at);
    const unitIds = new Set<string>();
    const staffIds = new Set<string>();
    for (const position of viewer.held) {
      for (const grant of grantsOf(position.code, action)) {
        const scope = effectiveScope(chart, position, grant.scope);
        if (scope === 'any' || scope === 'site') return { kind: 'site' };
        staffIds.add(viewer.staffId);
        if (reachesOwnQueue(scope)) unitIds.add(position.unitId);
        if (scope === 'subordinates') {
          for (const id of belowOf(viewer, position).units) unitIds.add(id);
          for (const id of staffBelow(viewer, position)) staffIds.add(id);
        }
      }
    }
    if (unitIds.size === 0 && staffIds.size === 0) return { kind: 'none' };
    return { kind: 'scoped', unitIds: [...unitIds].sort(), staffIds: [...staffIds].sort() };
  };

  const permissionMatrix = (chart: OrgChart, at: Date): PermissionMatrixRow<A>[] =>
    chart.positions.map((position) => {
      const cells = Object.fromEntries(
        actions.map((action): [A, PermissionMatrixCell] => {
          const scopes = grantsOf(position.code, action).map((g) => effectiveScope(chart, position, g.scope));
          const widest = GRANT_SCOPES.find((s) => scopes.includes(s)) ?? null;
          if (widest === null) return [action, { allowed: false, reason: 'not_granted', scope: null }];
          const reason: PermissionReason = widest === 'any' ? 'granted' : widest === 'site' ? 'site_scope' : 'in_scope';
          return [action, { allowed: true, reason, scope: widest }];
        }),
      ) as Record<A, PermissionMatrixCell>;
      const holderIds = [...new Set(currentHolders(chart, position.id, at).map((a) => a.staffId))];
      return { positionId: position.id, code: position.code, holderIds, cells };
    });

  // A record type the contexts declare is a RecordResource; the compiler cannot see it through `RecordOf`.
  const asResource = (resource: OrgResource | R) => resource as OrgResource | RecordResource;
  return {
    actions,
    grantsFor,
    decide: (principal, action, resource, chart, at) => decide(principal, action, asResource(resource), chart, at),
    can: (principal, action, resource, chart, at) => decide(principal, action, asResource(resource), chart, at).allowed,
    visibility,
    matches: (filter, record) => {
      const subject = subjectOf(asResource(record));
      if (subject.type !== 'record') throw new Error(`${subject.type} is not a record of any context`);
      return isVisible(filter, subject.facts);
    },
    permissionMatrix,
  };
}
