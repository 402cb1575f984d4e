import { SEVERITIES, type DeadlinePolicy, type PolicyKind, type Severity, type TicketPolicies } from '@kefu/domain/tickets';
import type { Queryable } from '../engine/database.js';

type PolicyRow = {
  kind: PolicyKind;
  severity: Severity;
  handover_within_hours: number | null;
  reply_within_hours: number | null;
  resolve_within_hours: number;
};

/** A site's own deadlines per kind; a kind it set none for is absent (the product's default applies). */
export async function findTicketPolicies(q: Queryable, siteId: string): Promise<TicketPolicies> {
  const rows = await q.query<PolicyRow>(
    'SELECT kind, severity, handover_within_hours, reply_within_hours, resolve_within_hours FROM ticket_kind_policies WHERE site_id = $1::uuid',
    [siteId],
  );
  const policies: TicketPolicies = {};
  for (const row of rows) {
    const kind = (policies[row.kind] ??= {} as Record<Severity, DeadlinePolicy>);
    kind[row.severity] = { handoverWithinHours: row.handover_within_hours, replyWithinHours: row.reply_within_hours, resolveWithinHours: row.resolve_within_hours };
  }
  // A kind is stored whole (all three severities) or not at all; a partial one would be a bug, so it is left out.
  for (const kind of Object.keys(policies) as PolicyKind[]) {
    if (!SEVERITIES.every((s) => policies[kind]?.[s])) delete policies[kind];
  }
  return policies;
}

/** Sets a site's deadlines for one kind, all three severities at once (checked by `checkKindPolicy`). */
export async function saveKindPolicy(
  q: Queryable,
  siteId: string,
  kind: PolicyKind,
  policy: Record<Severity, DeadlinePolicy>,
  by: { staffId: string; at: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO ticket_kind_policies (site_id, kind, severity, handover_within_hours, reply_within_hours, resolve_within_hours, updated_at, updated_by_id)
     SELECT $1::uuid, $2, s.severity, s.handover, s.reply, s.resolve, $7::timestamptz, $8::uuid
     FROM unnest($3::text[], $4::int[], $5::int[], $6::int[]) AS s(severity, handover, reply, resolve)
     ON CONFLICT (site_id, kind, severity) DO UPDATE SET
       handover_within_hours = EXCLUDED.handover_within_hours, reply_within_hours = EXCLUDED.reply_within_hours,
       resolve_within_hours = EXCLUDED.resolve_within_hours, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [
      siteId,
      kind,
      SEVERITIES,
      SEVERITIES.map((s) => policy[s].handoverWithinHours),
      SEVERITIES.map((s) => policy[s].replyWithinHours),
      SEVERITIES.map((s) => policy[s].resolveWithinHours),
      by.at,
      by.staffId,
    ],
  );
}

/** Drops a site's own deadlines for one kind: the product's default applies again. */
export async function resetKindPolicy(q: Queryable, siteId: string, kind: PolicyKind): Promise<void> {
  await q.query('DELETE FROM ticket_kind_policies WHERE site_id = $1::uuid AND kind = $2', [siteId, kind]);
}
