import { ORG_RESOURCE_TYPES } from './action.js';
import type { Grant, GrantScope, RequesterGrant } from './grants.js';
import type { PositionCode } from './position.js';

/** A record of some context, as `can()` receives it: its type names the context's record kind. */
export type RecordResource = { type: string; siteId: string };

/**
 * What a scope check reads from a record: the unit whose queue holds it, the staff it belongs
 * to (an assignee, an author) and the requester whose record it is. `own` reaches records of
 * the viewer's own staff id, `own_queue` its unit, `subordinates` units and staff below it.
 */
export type RecordFacts = {
  unitId: string | null;
  staffIds: readonly (string | null)[];
  requesterId: string | null;
  /** What kind of record it is, as far as a tagged grant (Grant.alsoTagged) is concerned. */
  tags?: readonly string[];
  /**
   * Who or what the record is about (a complaint's subject): reached only by a `subordinates`
   * scope above it — the subject's supervisors — never by the subject themselves.
   */
  about?: RecordSubject;
};

/** A record's subject as scope checks read it: a member of staff, a position or a unit (by code). */
export type RecordSubject = { staffId: string | null; positionId: string | null; unitCode: string | null };

/** A context's record kind: how to read a record's facts and which action lists a queue of them. */
export type RecordKind<A extends string, R extends RecordResource> = {
  type: R['type'];
  facts(resource: R): RecordFacts;
  /** A record is in the viewer's queue exactly when the viewer may do this to it. */
  view: A;
  /** Its records may be about someone (RecordFacts.about), so its visibility lists the subjects below the viewer. */
  hasSubjects?: true;
};

/**
 * What a business context plugs into the permission core, declared in its own folder. The org
 * context owns the position tree, grants and `can()`; it reads these declarations and knows no
 * context by name. Contexts are listed in one place, `permissions/permission-contexts.ts`.
 */
export type PermissionContext<A extends string = string, R extends RecordResource = RecordResource> = {
  /** The context's folder name, the same in every layer. */
  name: string;
  /** Its actions in display order, each with the scopes a grant of it may have. */
  actions: Readonly<Record<A, readonly GrantScope[]>>;
  /** What every current position holder may do, custom positions included. */
  baseline: readonly Grant<A>[];
  /** What each catalogue position may do on top of the baseline. */
  grants: Readonly<Partial<Record<PositionCode, readonly Grant<A>[]>>>;
  /** What requesters (merchants, owners, customers) may do with their own records. */
  requesterGrants: readonly RequesterGrant<A>[];
  /** Its record kind; null for a context whose actions apply only to org resources. */
  records: RecordKind<A, R> | null;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context, whatever its actions and record type
export type AnyPermissionContext = PermissionContext<any, any>;

/** A broken declaration is a programming error: the permission core refuses to start with it. */
export function assertValidContexts(contexts: readonly AnyPermissionContext[]): void {
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
