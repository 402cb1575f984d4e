import type { Action } from '../../../gql/graphql';

/** A context's columns: its actions share the prefix of their name (`TICKET_VIEW` → `TICKET`). */
export type ActionGroup = { context: string; actions: Action[] };

/** The org chart's own columns lead; every other context follows in the gateway's order. */
const LEADING = ['ORG', 'STAFF'];

const contextOf = (action: Action): string => action.split('_')[0]!;

/**
 * The matrix columns grouped by context, each keeping the gateway's order. Any context the
 * gateway lists gets its group, so a new context's actions show without a change here.
 */
export function groupActions(actions: readonly Action[]): ActionGroup[] {
  const contexts = [...new Set(actions.map(contextOf))];
  const ordered = [...LEADING.filter((c) => contexts.includes(c)), ...contexts.filter((c) => !LEADING.includes(c))];
  return ordered.map((context) => ({ context, actions: actions.filter((a) => contextOf(a) === context) }));
}

type Line = { id: string; reportsTo: readonly { id: string }[] };

/** How far below the top of the department each position sits (its longest reporting line). */
export function reportingDepths(positions: readonly Line[]): Map<string, number> {
  const byId = new Map(positions.map((p) => [p.id, p]));
  const depths = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const superiors = (byId.get(id)?.reportsTo ?? []).filter((s) => byId.has(s.id) && !seen.has(s.id));
    const depth = superiors.length === 0 ? 0 : 1 + Math.max(...superiors.map((s) => depthOf(s.id, new Set([...seen, id]))));
    depths.set(id, depth);
    return depth;
  };
  for (const p of positions) depthOf(p.id, new Set());
  return depths;
}

/** Rows top of the department first, then by title, so the matrix reads like the chart. */
export function orderRows<T extends { position: { id: string } }>(rows: readonly T[], depths: Map<string, number>, title: (row: T) => string): T[] {
  return [...rows].sort(
    (a, b) => (depths.get(a.position.id) ?? 99) - (depths.get(b.position.id) ?? 99) || title(a).localeCompare(title(b)),
  );
}
