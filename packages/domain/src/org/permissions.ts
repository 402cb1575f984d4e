import type { Principal, RequesterPrincipal, StaffPrincipal } from '../shared/principal.js';
import { ORG_RESOURCE_TYPES, type OrgResource } from './action.js';
import { currentHolders } from './assignments.js';
import { GRANT_SCOPES, SCOPE_REACH, type Grant, type GrantScope, type RequesterGrant, type StoredGrant } from './grants.js';
import type { OrgChart } from './org-chart.js';
import { assertValidContexts, type AnyPermissionContext, type PermissionContext, type RecordFacts, type RecordKind, type RecordResource, type RecordSubject } from './permission-context.js';
import type { Position } from './position.js';
import { belowOf, effectiveScope, positionsBelow, reachesOwnQueue, staffBelow, viewerOf, type Viewer } from './viewer-place.js';
import { isVisible, type Visibility } from './visibility.js';

/**
 * The action that edits the org (`org.edit`): whoever may take it on a position may change that
 * position's grants, and the site always keeps someone who holds it site-wide. The product's own rule.
 */
export const ORG_EDIT_ACTION = 'org.position.edit';

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
  'narrowed_by_reporting_line', // matrix only: a site-wide grant below the top of the tree reaches only below
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

/** Where a matrix cell's grant comes from: every position's baseline, the default catalogue, or the site's own grant. */
export type GrantSource = 'baseline' | 'catalogue' | 'site';

export type PermissionMatrixCell = PermissionDecision & {
  /** The widest scope the position's holders act with, after the reporting line. */
  scope: GrantScope | null;
  /** Where that scope comes from; null when nothing grants the action. */
  source: GrantSource | null;
  /** The position's own grant of the action (catalogue or site), before the reporting line narrows it: what an editor changes. */
  positionScope: GrantScope | null;
  /** The scopes the editor asking may set here, or null when they may not edit this cell. */
  choices: GrantScope[] | null;
};
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
  /** The scopes a grant of `action` may have; empty for an action only requesters take. */
  scopesOf(action: string): readonly GrantScope[];
  /**
   * Whether the matrix may change `action`: not when only requesters take it (portal-facing), nor
   * when the baseline already gives every holder its widest scope. The product's own rule.
   */
  isEditable(action: string): boolean;
  /** The grants `position` holds for `action` on `chart`: the baseline and the site's own grant, else the catalogue's. */
  grantsOn(chart: OrgChart, position: Position, action: string): readonly Grant<A>[];
  /** How far the widest grant of `action` reaches for `staffId` at `at` (0 when not held), reporting lines applied. */
  reachOf(chart: OrgChart, staffId: string, action: string, at: Date): number;
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
  permissionMatrix(chart: OrgChart, at: Date, editor?: StaffPrincipal): PermissionMatrixRow<A>[];
};

export type ActionOf<C> = C extends PermissionContext<infer A, RecordResource> ? A : never;
export type RecordOf<C> = C extends PermissionContext<string, infer R extends RecordResource> ? R : never;

const allow = (reason: PermissionReason): PermissionDecision => ({ allowed: true, reason });
const deny = (reason: PermissionReason): PermissionDecision => ({ allowed: false, reason });

/**
 * A record about someone or something below the viewer's position: the subject's supervisors
 * see it (`000_…` 投诉监管: a supervisor receives complaints about the staff below them).
 */
const isAboutBelow = (viewer: Viewer, position: Position, about: RecordSubject): boolean => {
  if (about.staffId !== null && staffBelow(viewer, position).has(about.staffId)) return true;
  const below = belowOf(viewer, position);
  if (about.positionId !== null && below.positions.some((p) => p.id === about.positionId)) return true;
  return about.unitCode !== null && viewer.chart.units.some((u) => u.code === about.unitCode && below.units.has(u.id));
};

const evaluateRecord = (viewer: Viewer, position: Position, scope: GrantScope, facts: RecordFacts): PermissionDecision => {
  if (facts.staffIds.includes(viewer.staffId)) return allow('own_ticket');
  if (facts.unitId !== null && reachesOwnQueue(scope) && facts.unitId === position.unitId) return allow('own_unit_queue');
  if (scope === 'subordinates') {
    if (facts.unitId !== null && belowOf(viewer, position).units.has(facts.unitId)) return allow('subordinate_scope');
    const below = staffBelow(viewer, position);
    if (facts.staffIds.some((id) => id !== null && below.has(id))) return allow('subordinate_scope');
    if (facts.about && isAboutBelow(viewer, position, facts.about)) return allow('subordinate_scope');
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
  // The actions of contexts whose records have subjects: only their visibility lists the subjects below.
  const actionsAbout = new Set<string>(contexts.flatMap((c) => (c.records?.hasSubjects ? Object.keys(c.actions) : [])));
  const recordKinds = new Map<string, RecordKind<string, RecordResource>>(contexts.flatMap((c) => (c.records ? [[c.records.type, c.records]] : [])));

  const grantsFor = (code: string): readonly Grant<A>[] => [
    ...baseline,
    ...contexts.flatMap((c): readonly Grant<A>[] => (Object.hasOwn(c.grants, code) ? (c.grants[code as keyof typeof c.grants] ?? []) : [])),
  ];
  const scopesByAction = new Map<string, readonly GrantScope[]>(
    contexts.flatMap((c) => Object.entries(c.actions as Record<string, readonly GrantScope[]>)),
  );
  const scopesOf = (action: string): readonly GrantScope[] => scopesByAction.get(action) ?? [];

  const byAction = (grants: readonly Grant<A>[]): Map<string, Grant<A>[]> => {
    const index = new Map<string, Grant<A>[]>();
    for (const grant of grants) index.set(grant.action, [...(index.get(grant.action) ?? []), grant]);
    return index;
  };
  const baselineIndex = byAction(baseline);
  const baselineOf = (action: string): readonly Grant<A>[] => baselineIndex.get(action) ?? [];

  const isEditable = (action: string): boolean => {
    const scopes = scopesOf(action);
    if (scopes.length === 0) return false;
    const widest = Math.max(...scopes.map((s) => SCOPE_REACH[s]));
    return !baselineOf(action).some((g) => SCOPE_REACH[g.scope] >= widest);
  };

  // The catalogue's grants per position code and action, without the baseline, in grant order.
  const catalogueIndex = new Map<string, Map<string, Grant<A>[]>>();
  const catalogueOf = (code: string, action: string): readonly Grant<A>[] => {
    let index = catalogueIndex.get(code);
    if (!index) {
      index = byAction(contexts.flatMap((c): readonly Grant<A>[] => (Object.hasOwn(c.grants, code) ? (c.grants[code as keyof typeof c.grants] ?? []) : [])));
      catalogueIndex.set(code, index);
    }
    return index.get(action) ?? [];
  };

  // The site's own grants per chart object (charts are never mutated; a change makes a new one).
  const storedIndex = new WeakMap<OrgChart, Map<string, StoredGrant>>();
  const storedOf = (chart: OrgChart, positionId: string, action: string): StoredGrant | undefined => {
    if (!chart.grants || chart.grants.length === 0) return undefined;
    let index = storedIndex.get(chart);
    if (!index) {
      index = new Map(chart.grants.map((g) => [`${g.positionId}/${g.action}`, g]));
      storedIndex.set(chart, index);
    }
    return index.get(`${positionId}/${action}`);
  };

  /** The position's own grants of `action`: the site's when it stored one, else the catalogue's. */
  const ownGrantsOf = (chart: OrgChart, position: Position, action: string): readonly Grant<A>[] => {
    const stored = storedOf(chart, position.id, action);
    if (stored) {
      if (stored.scope === null) return [];
      // A site's scope replaces the catalogue's; the kinds of record the position follows stay.
      const tags = catalogueOf(position.code, action).flatMap((g) => g.alsoTagged ?? []);
      return [tags.length > 0 ? { action: action as A, scope: stored.scope, alsoTagged: tags } : { action: action as A, scope: stored.scope }];
    }
    return catalogueOf(position.code, action);
  };

  const grantsOf = (chart: OrgChart, position: Position, action: string): readonly Grant<A>[] => {
    const own = ownGrantsOf(chart, position, action);
    const base = baselineOf(action);
    return own.length === 0 ? base : base.length === 0 ? own : [...base, ...own];
  };

  const reachOf = (chart: OrgChart, staffId: string, action: string, at: Date): number => {
    let reach = 0;
    for (const position of viewerOf(chart, staffId, at).held) {
      for (const grant of grantsOf(chart, position, action)) reach = Math.max(reach, SCOPE_REACH[effectiveScope(chart, position, grant.scope)]);
    }
    return reach;
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
      for (const grant of grantsOf(chart, position, action)) {
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
    const about = { staffIds: new Set<string>(), positionIds: new Set<string>(), unitIds: new Set<string>() };
    for (const position of viewer.held) {
      for (const grant of grantsOf(chart, position, action)) {
        for (const tag of grant.alsoTagged ?? []) tags.add(tag);
        const scope = effectiveScope(chart, position, grant.scope);
        if (scope === 'any' || scope === 'site') return { kind: 'site' };
        staffIds.add(viewer.staffId);
        if (reachesOwnQueue(scope)) unitIds.add(position.unitId);
        if (scope === 'subordinates') {
          const below = belowOf(viewer, position);
          for (const id of below.units) {
            unitIds.add(id);
            about.unitIds.add(id);
          }
          for (const id of staffBelow(viewer, position)) {
            staffIds.add(id);
            about.staffIds.add(id);
          }
          for (const p of below.positions) about.positionIds.add(p.id);
        }
      }
    }
    if (unitIds.size === 0 && staffIds.size === 0 && tags.size === 0) return { kind: 'none' };
    let scoped: Visibility = { kind: 'scoped', unitIds: [...unitIds].sort(), staffIds: [...staffIds].sort() };
    if (tags.size > 0) scoped = { ...scoped, tags: [...tags].sort() };
    if (actionsAbout.has(action) && about.staffIds.size + about.positionIds.size + about.unitIds.size > 0) {
      const unitCodes = viewer.chart.units.filter((u) => about.unitIds.has(u.id)).map((u) => u.code);
      scoped = { ...scoped, about: { staffIds: [...about.staffIds].sort(), positionIds: [...about.positionIds].sort(), unitCodes: [...new Set(unitCodes)].sort() } };
    }
    return scoped;
  };

  const widestOf = (scopes: readonly GrantScope[]): GrantScope | null => GRANT_SCOPES.find((s) => scopes.includes(s)) ?? null;

  type MatrixEditor = { staffId: string; reach: Map<string, number>; mayEdit: boolean };

  const matrixCell = (chart: OrgChart, at: Date, position: Position, action: string, editor: MatrixEditor | null): PermissionMatrixCell => {
    const own = ownGrantsOf(chart, position, action);
    const positionScope = widestOf(own.map((g) => g.scope));
    const ownSource: GrantSource = storedOf(chart, position.id, action) ? 'site' : 'catalogue';
    const candidates: { scope: GrantScope; granted: GrantScope; source: GrantSource }[] = [
      ...baselineOf(action).map((g) => ({ scope: effectiveScope(chart, position, g.scope), granted: g.scope, source: 'baseline' as const })),
      ...own.map((g) => ({ scope: effectiveScope(chart, position, g.scope), granted: g.scope, source: ownSource })),
    ];
    const widest = widestOf(candidates.map((c) => c.scope));
    let choices: GrantScope[] | null = null;
    if (editor?.mayEdit && isEditable(action)) {
      const reach = editor.reach.get(action) ?? reachOf(chart, editor.staffId, action, at);
      editor.reach.set(action, reach);
      choices = scopesOf(action).filter((s) => SCOPE_REACH[s] <= reach);
    }
    if (widest === null) return { allowed: false, reason: 'not_granted', scope: null, source: null, positionScope, choices };
    const from = candidates.find((c) => c.scope === widest)!;
    const reason: PermissionReason =
      widest === 'any' ? 'granted' : widest === 'site' ? 'site_scope' : from.granted === 'site' ? 'narrowed_by_reporting_line' : 'in_scope';
    return { allowed: true, reason, scope: widest, source: from.source, positionScope, choices };
  };

  const permissionMatrix = (chart: OrgChart, at: Date, editor?: StaffPrincipal): PermissionMatrixRow<A>[] => {
    const reach = new Map<string, number>();
    return chart.positions.map((position) => {
      const mayEdit =
        editor !== undefined && decide(editor, ORG_EDIT_ACTION, { type: 'position', siteId: chart.siteId, positionId: position.id }, chart, at).allowed;
      const asEditor = editor ? { staffId: editor.staffId, reach, mayEdit } : null;
      const cells = Object.fromEntries(actions.map((action): [A, PermissionMatrixCell] => [action, matrixCell(chart, at, position, action, asEditor)])) as Record<
        A,
        PermissionMatrixCell
      >;
      const holderIds = [...new Set(currentHolders(chart, position.id, at).map((a) => a.staffId))];
      return { positionId: position.id, code: position.code, holderIds, cells };
    });
  };

  // A record type the contexts declare is a RecordResource; the compiler cannot see it through `RecordOf`.
  const asResource = (resource: OrgResource | R) => resource as OrgResource | RecordResource;
  return {
    actions,
    grantsFor,
    scopesOf,
    isEditable,
    grantsOn: grantsOf,
    reachOf,
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
