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

/**
 * A site's own grant of one action to one position, replacing the catalogue's grants of that
 * action for that position (the catalogue is the default every site starts from). `scope` null
 * is "none": the position no longer holds the action beyond the baseline. The product's own rule.
 */
export type StoredGrant = { positionId: string; action: string; scope: GrantScope | null };

/**
 * How far each scope reaches, to compare an editor's grant with the one they give: a grant may
 * not reach further than the editor's own (no privilege escalation). `any` and `site` both reach
 * every record of the site. The product's own rule.
 */
export const SCOPE_REACH: Readonly<Record<GrantScope, number>> = { own: 1, own_queue: 2, subordinates: 3, site: 4, any: 4 };
