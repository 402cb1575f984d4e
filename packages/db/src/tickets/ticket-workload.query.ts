import type { Queryable } from '../engine/database.js';

/** How many tickets each member of staff holds in `statuses` on the site (their open workload); staff holding none are absent. */
export async function countTicketsByAssignee(q: Queryable, siteId: string, statuses: readonly string[]): Promise<Map<string, number>> {
  const rows = await q.query<{ assignee_id: string; n: number | string }>(
    `SELECT assignee_id, count(*) AS n FROM tickets
      WHERE site_id = $1::uuid AND assignee_id IS NOT NULL AND status = ANY($2::text[])
      GROUP BY assignee_id`,
    [siteId, statuses],
  );
  return new Map(rows.map((r) => [r.assignee_id, Number(r.n)]));
}
