import type { Principal, RequesterPrincipal, StaffPrincipal } from '../shared/principal.js';
import { ORG_RESOURCE_TYPES, type OrgResource } from './action.js';
import { currentHolders } from './assignments.js';
import { GRANT_SCOPES, type Grant, type GrantScope, type RequesterGrant } from './grants.js';
import type { OrgChart } from './org-chart.js';
import { assertValidContexts, type AnyPermissionContext, type PermissionContext, type RecordFacts, type RecordKind, type RecordResource } from './permission-context.js';
import type { Position } from './position.js';
import { belowOf, effectiveScope, positionsBelow, reachesOwnQueue, staffBelow, viewerOf, type Viewer } from './viewer-place.js';
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
  'tagged_record', // a kind of record the position follows wherever it is (Grant.alsoTagged)
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

export type ActionOf<C> = C extends PermissionContext<infer A, RecordResource> ? A : never;
export type RecordOf<C> = C extends PermissionContext<string, infer R extends RecordResource> ? R : never;

const allow = (reason: PermissionReason): PermissionDecision => ({ allowed: true, reason });
const deny = (reason: PermissionReason): PermissionDecision => ({ allowed: false, reason });

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

/** Builds the permission core over `contexts`; listed once per process, in `permissions/permission-contexts.ts`. */
export function createPermissions<const C extends readonly AnyPermissionContext[]>(contexts: C): Permissions<ActionOf<C[number]>, RecordOf<C[number]>> {
  type A = ActionOf<C[number]>;
  type R = RecordOf<C[number]>;
  assertValidContexts(contexts);
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
        if (subject.type === 'record' && grant.alsoTagged?.some((tag) => subject.facts.tags?.includes(tag))) return allow('tagged_record');
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
    const tags = new Set<string>();
    for (const position of viewer.held) {
      for (const grant of grantsOf(position.code, action)) {
        for (const tag of grant.alsoTagged ?? []) tags.add(tag);
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
    if (unitIds.size === 0 && staffIds.size === 0 && tags.size === 0) return { kind: 'none' };
    const scoped: Visibility = { kind: 'scoped', unitIds: [...unitIds].sort(), staffIds: [...staffIds].sort() };
    return tags.size > 0 ? { ...scoped, tags: [...tags].sort() } : scoped;
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
