import type { DeadlineBreach, DeadlineKind, Ticket } from '@kefu/domain/tickets';
import type { Queryable } from '../engine/database.js';
import { ticketMapper, type TicketRow } from './ticket.mapper.js';

/** A ticket whose deadline that matters has passed, with the breaches already escalated. */
export type BreachCandidate = { ticket: Ticket; escalated: DeadlineBreach[] };

/** Where the next page of candidates starts: after this (due_at, id). */
export type BreachCursor = { dueAt: Date; id: string };

type CandidateRow = TicketRow & { escalated: unknown };

const toBreaches = (value: unknown): DeadlineBreach[] => {
  // jsonb arrives parsed from postgres.js and as text from PGlite.
  const list = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as { kind: string; due_at: string }[];
  return list.map((e) => ({ kind: e.kind as DeadlineKind, dueAt: new Date(e.due_at) }));
};

/**
 * Tickets of every site still owing something (open, or resolved with a 回访 due) whose current
 * deadline (`due_at`, the domain's `nextDeadline`) is before `now`, oldest breach first, one page
 * at a time. Which deadlines are breached is the domain's to say (`breachedDeadlines`); the
 * breaches already escalated come along so the caller can leave them out.
 */
export async function findBreachCandidates(
  q: Queryable,
  now: Date,
  { first, after }: { first: number; after?: BreachCursor },
): Promise<BreachCandidate[]> {
  const rows = await q.query<CandidateRow>(
    `SELECT t.*,
       (SELECT coalesce(json_agg(json_build_object('kind', e.deadline_kind, 'due_at', e.due_at)), '[]'::json)
          FROM deadline_escalations e WHERE e.ticket_id = t.id) AS escalated
     FROM tickets t
     WHERE t.status IN ('received', 'assigned', 'relayed', 'in_progress', 'resolved')
       AND t.due_at < $1
       AND ($2::timestamptz IS NULL OR (t.due_at, t.id) > ($2::timestamptz, $3::uuid))
     ORDER BY t.due_at, t.id
     LIMIT $4`,
    [now, after?.dueAt ?? null, after?.id ?? null, first],
  );
  return rows.map((row) => ({ ticket: ticketMapper.toDomain(row), escalated: toBreaches(row.escalated) }));
}

/**
 * Claims breaches of one ticket for escalation to `toStaffId`, inside the caller's transaction,
 * and answers the ones this call claimed. A breach claimed by a concurrent transaction is
 * waited for and then left out (the primary key), so each breach escalates once however many
 * sweepers run; a rolled-back claim frees the breach for the next sweep.
 */
export async function claimDeadlineEscalations(
  tx: Queryable,
  ticket: Pick<Ticket, 'id' | 'siteId'>,
  breaches: readonly DeadlineBreach[],
  toStaffId: string,
  at: Date,
): Promise<DeadlineBreach[]> {
  if (breaches.length === 0) return [];
  const rows = await tx.query<{ deadline_kind: string; due_at: Date }>(
    `INSERT INTO deadline_escalations (ticket_id, deadline_kind, due_at, site_id, escalated_at, to_staff_id)
     SELECT $1, b.kind, b.due_at, $2, $3, $4
     FROM unnest($5::text[], $6::timestamptz[]) AS b(kind, due_at)
     ON CONFLICT (ticket_id, deadline_kind, due_at) DO NOTHING
     RETURNING deadline_kind, due_at`,
    [ticket.id, ticket.siteId, at, toStaffId, breaches.map((b) => b.kind), breaches.map((b) => b.dueAt.toISOString())],
  );
  return rows.map((r) => ({ kind: r.deadline_kind as DeadlineKind, dueAt: new Date(r.due_at) }));
}

/** How many times breaches of one ticket were escalated (tests and the timeline agree). */
export async function countDeadlineEscalations(q: Queryable, ticketId: string): Promise<number> {
  const [row] = await q.query<{ n: number | string }>('SELECT count(*)::int AS n FROM deadline_escalations WHERE ticket_id = $1', [ticketId]);
  return Number(row?.n ?? 0);
}

/**
 * Reads one ticket and locks its row until the caller's transaction ends: two sweepers that
 * reach the same ticket take turns, and the second sees what the first wrote.
 */
export async function lockTicketForSweep(tx: Queryable, siteId: string, id: string): Promise<Ticket | null> {
  const [row] = await tx.query<TicketRow>('SELECT * FROM tickets WHERE id = $1 AND site_id = $2 FOR UPDATE', [id, siteId]);
  return row ? ticketMapper.toDomain(row) : null;
}
