import type { Action } from '../../../gql/graphql';

export type ActionGroup = { context: 'ORG' | 'STAFF' | 'TICKET'; actions: Action[] };

const CONTEXTS = ['ORG', 'STAFF', 'TICKET'] as const;

/** The matrix columns grouped by context (org, staff, tickets), each keeping the gateway's order. */
export function groupActions(actions: readonly Action[]): ActionGroup[] {
  return CONTEXTS.map((context) => ({ context, actions: actions.filter((a) => a.startsWith(`${context}_`)) })).filter((g) => g.actions.length > 0);
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
