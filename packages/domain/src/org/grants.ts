/**
 * How far a grant reaches.
 * - `any`: no record-level check beyond the site (viewing the org, creating a record).
 * - `site`: every record of the site. Only meaningful at the top of the tree; a position
 *   holding it that reports to someone is treated as `subordinates`.
 * - `subordinates`: the principal's own records, the queues of its units and of every position
 *   below it, and the staff and positions strictly below it.
 * - `own_queue`: records belonging to the principal, or in its unit's queue.
 * - `own`: records belonging to the principal (assigned to or created by them).
 */
export type GrantScope = 'any' | 'site' | 'subordinates' | 'own_queue' | 'own';

/** Every scope, widest first: the permission matrix shows the widest a position holds. */
export const GRANT_SCOPES: readonly GrantScope[] = ['any', 'site', 'subordinates', 'own_queue', 'own'];

/**
 * `alsoTagged`: the grant also reaches, anywhere on the site, the records that carry one of
 * these tags (see RecordFacts.tags), whatever its scope; e.g. merchant complaints for the
 * merchant-service desk, wherever they were taken.
 */
export type Grant<A extends string = string> = { action: A; scope: GrantScope; alsoTagged?: readonly string[] };

/** One grant per action, all with the same scope. */
export const scoped = <A extends string>(scope: GrantScope, actions: readonly A[]): Grant<A>[] => actions.map((action) => ({ action, scope }));

/** The same grants, each also reaching the records that carry one of `tags`. */
export const alsoTagged = <A extends string>(tags: readonly string[], grants: readonly Grant<A>[]): Grant<A>[] =>
  grants.map((grant) => ({ ...grant, alsoTagged: [...(grant.alsoTagged ?? []), ...tags] }));

/**
 * What a requester may do. Requesters reach only their own records; `onSite` also allows the
 * action at the site level (creating a record, listing their own).
 */
export type RequesterGrant<A extends string = string> = { action: A; onSite: boolean };
