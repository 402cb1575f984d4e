import { InputChecker } from '@kefu/domain/shared';

/** Page sizes accepted from clients: enough for a screen, never a whole table. */
export const PAGE_SIZE = { default: 50, max: 100 } as const;

type Page<T> = { rows: T[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/** A keyset page from storage as a Relay connection: any edge's cursor resumes right after it. */
export function toConnection<T>(page: Page<T>, after: string | null | undefined) {
  return {
    edges: page.rows.map((node, index) => ({ node, cursor: page.cursors[index]! })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: page.cursors[0] ?? null,
      endCursor: page.endCursor,
    },
  };
}

/** kefu's lists page forward (keyset on the sort key); `last`/`before` are refused, not ignored. */
export function forwardPagingOnly(args: { last?: number | null; before?: string | null }): void {
  const check = new InputChecker();
  if (args.last != null) check.add({ field: 'last', rule: 'invalid_choice' });
  if (args.before != null) check.add({ field: 'before', rule: 'invalid_choice' });
  check.check();
}
