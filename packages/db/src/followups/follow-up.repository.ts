import { DEFAULT_FOLLOW_UP_POLICY, type FollowUp, type FollowUpFacts, type FollowUpOutcome, type FollowUpPolicy, type FollowUpQueueFilter } from '@kefu/domain/followups';
import type { Visibility } from '@kefu/domain/org';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { FOLLOW_UP_COLUMNS, followUpMapper, type FollowUpAttemptRow, type FollowUpRow } from './follow-up.mapper.js';

const ATTEMPT_COLUMNS = 'follow_up_id, seq, at, caller_id, result, retry_at, outcome, satisfaction, note';

async function withAttempts(q: Queryable, siteId: string, rows: readonly FollowUpRow[]): Promise<FollowUp[]> {
  if (rows.length === 0) return [];
  const attempts = await q.query<FollowUpAttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM follow_up_attempts WHERE site_id = $1::uuid AND follow_up_id = ANY($2::uuid[]) ORDER BY follow_up_id, seq`,
    [siteId, rows.map((r) => r.id)],
  );
  return rows.map((row) =>
    followUpMapper.toDomain(
      row,
      attempts.filter((a) => a.follow_up_id === row.id),
    ),
  );
}

async function insertAttempts(q: Queryable, followUp: FollowUp, fromSeq: number): Promise<void> {
  for (const [i, a] of followUp.attempts.entries()) {
    if (i < fromSeq) continue;
    await q.query(
      `INSERT INTO follow_up_attempts (follow_up_id, seq, site_id, at, caller_id, result, retry_at, outcome, satisfaction, note)
       VALUES ($1::uuid, $2, $3::uuid, $4, $5::uuid, $6, $7, $8, $9, $10)`,
      [followUp.id, i + 1, followUp.siteId, a.at, a.callerId, a.result, a.retryAt, a.outcome, a.satisfaction, a.note],
    );
  }
}

export async function insertFollowUp(q: Queryable, followUp: FollowUp): Promise<FollowUp> {
  const [row] = await q.query<FollowUpRow>(
    `INSERT INTO follow_ups (id, site_id, ticket_id, unit_id, handler_id, caller_id, caller_must_not_be_handler, round, due_at, opened_at, status,
                             failed_attempts, next_call_at, outcome, done_at, version)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING ${FOLLOW_UP_COLUMNS}`,
    [
      followUp.id,
      followUp.siteId,
      followUp.ticketId,
      followUp.unitId,
      followUp.handlerId,
      followUp.callerId,
      followUp.callerMustNotBeHandler,
      followUp.round,
      followUp.dueAt,
      followUp.openedAt,
      followUp.status,
      followUp.failedAttempts,
      followUp.nextCallAt,
      followUp.outcome,
      followUp.doneAt,
      followUp.version,
    ],
  );
  await insertAttempts(q, followUp, 0);
  return (await withAttempts(q, followUp.siteId, [row!]))[0]!;
}

/**
 * Writes the follow-up's state and its new attempts when the stored version is still
 * `expectedVersion`; null when someone else wrote first. Attempts are append-only.
 */
export async function updateFollowUp(q: Queryable, followUp: FollowUp, expectedVersion: number, storedAttempts: number): Promise<FollowUp | null> {
  const [row] = await q.query<FollowUpRow>(
    `UPDATE follow_ups SET caller_id = $3::uuid, status = $4, failed_attempts = $5, next_call_at = $6, outcome = $7, done_at = $8, version = $9
     WHERE site_id = $1::uuid AND id = $2::uuid AND version = $10 RETURNING ${FOLLOW_UP_COLUMNS}`,
    [
      followUp.siteId,
      followUp.id,
      followUp.callerId,
      followUp.status,
      followUp.failedAttempts,
      followUp.nextCallAt,
      followUp.outcome,
      followUp.doneAt,
      followUp.version,
      expectedVersion,
    ],
  );
  if (!row) return null;
  await insertAttempts(q, followUp, storedAttempts);
  return (await withAttempts(q, followUp.siteId, [row]))[0]!;
}

export async function findFollowUpById(q: Queryable, siteId: string, id: string): Promise<FollowUp | null> {
  if (!isUuid(id)) return null;
  const rows = await q.query<FollowUpRow>(`SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return (await withAttempts(q, siteId, rows))[0] ?? null;
}

/** The follow-up a ticket still owes (open or awaiting a decision), if any. */
export async function findOwedFollowUpOfTicket(q: Queryable, siteId: string, ticketId: string): Promise<FollowUp | null> {
  if (!isUuid(ticketId)) return null;
  const rows = await q.query<FollowUpRow>(
    `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE site_id = $1::uuid AND ticket_id = $2::uuid AND status <> 'done'`,
    [siteId, ticketId],
  );
  return (await withAttempts(q, siteId, rows))[0] ?? null;
}

/** Every follow-up of a ticket, oldest first (one per resolution). */
export async function findFollowUpsOfTicket(q: Queryable, siteId: string, ticketId: string): Promise<FollowUp[]> {
  if (!isUuid(ticketId)) return [];
  const rows = await q.query<FollowUpRow>(`SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE site_id = $1::uuid AND ticket_id = $2::uuid ORDER BY opened_at, id`, [
    siteId,
    ticketId,
  ]);
  return withAttempts(q, siteId, rows);
}

export type FollowUpPage = { rows: FollowUp[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/**
 * The visibility's conditions on the domain's follow-up facts (followUpFacts): units on unit_id,
 * staff on caller_id or handler_id. Null when the viewer sees nothing.
 */
function visibilityConditions(visibility: Visibility, bind: (value: unknown) => string): string[] | null {
  switch (visibility.kind) {
    case 'site':
      return [];
    case 'none':
    case 'requester':
      return null;
    case 'scoped': {
      const unitIds = visibility.unitIds.filter(isUuid);
      const staffIds = visibility.staffIds.filter(isUuid);
      const any: string[] = [];
      if (unitIds.length > 0) any.push(`f.unit_id = ANY(${bind(unitIds)}::uuid[])`);
      if (staffIds.length > 0) {
        const staff = bind(staffIds);
        any.push(`f.caller_id = ANY(${staff}::uuid[])`, `f.handler_id = ANY(${staff}::uuid[])`);
      }
      return any.length > 0 ? [`(${any.join(' OR ')})`] : null;
    }
  }
}

/** The queue: follow-ups matching the view's filter that the viewer may see, soonest due first, keyset-paged. */
export async function listFollowUps(
  q: Queryable,
  siteId: string,
  visibility: Visibility,
  filter: FollowUpQueueFilter,
  page: { first: number; after?: string | null },
): Promise<FollowUpPage> {
  const empty: FollowUpPage = { rows: [], cursors: [], hasNextPage: false, endCursor: null };
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const visible = visibilityConditions(visibility, bind);
  if (visible === null || filter.statuses.length === 0) return empty;
  const clauses = ['f.site_id = $1::uuid', ...visible, `f.status = ANY(${bind(filter.statuses)}::text[])`];
  if (filter.dueAtOrAfter) clauses.push(`f.due_at >= ${bind(filter.dueAtOrAfter)}`);
  if (filter.dueBefore) clauses.push(`f.due_at < ${bind(filter.dueBefore)}`);
  if (filter.callerId !== undefined) {
    if (!isUuid(filter.callerId)) return empty;
    clauses.push(`f.caller_id = ${bind(filter.callerId)}::uuid`);
  }
  if (page.after) {
    const [at, id] = decodeCursor(page.after, 2);
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    clauses.push(`(f.due_at, f.id) > (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(page.first));
  const columns = FOLLOW_UP_COLUMNS.split(', ')
    .map((c) => `f.${c}`)
    .join(', ');
  const rows = await q.query<FollowUpRow>(
    `SELECT ${columns} FROM follow_ups f WHERE ${clauses.join(' AND ')} ORDER BY f.due_at, f.id LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const shown = await withAttempts(q, siteId, rows.slice(0, first));
  const cursors = shown.map((f) => encodeCursor([f.dueAt.toISOString(), f.id]));
  return { rows: shown, cursors, hasNextPage: rows.length > shown.length, endCursor: cursors.at(-1) ?? null };
}

/** The facts of the rates over follow-ups due in [from, to) that the viewer may see; the domain tallies them. */
export async function listFollowUpFacts(q: Queryable, siteId: string, visibility: Visibility, period: { from: Date; to: Date }): Promise<FollowUpFacts[]> {
  const params: unknown[] = [siteId, period.from, period.to];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const visible = visibilityConditions(visibility, bind);
  if (visible === null) return [];
  const rows = await q.query<{ due_at: Date; done_at: Date | null; outcome: string | null }>(
    `SELECT f.due_at, f.done_at, f.outcome FROM follow_ups f
     WHERE ${['f.site_id = $1::uuid', 'f.due_at >= $2', 'f.due_at < $3', ...visible].join(' AND ')}`,
    params,
  );
  return rows.map((r) => ({ dueAt: new Date(r.due_at), doneAt: r.done_at === null ? null : new Date(r.done_at), outcome: r.outcome as FollowUpOutcome | null }));
}

/** The site's 回访 policy; the product's default when the site is unknown. */
export async function findFollowUpPolicy(q: Queryable, siteId: string): Promise<FollowUpPolicy> {
  if (!isUuid(siteId)) return DEFAULT_FOLLOW_UP_POLICY;
  const [row] = await q.query<{ follow_up_other_caller_after_reopen: boolean }>('SELECT follow_up_other_caller_after_reopen FROM sites WHERE id = $1::uuid', [siteId]);
  return row ? { otherCallerAfterReopen: row.follow_up_other_caller_after_reopen } : DEFAULT_FOLLOW_UP_POLICY;
}

/** Follow-ups a member of staff is still to call (open or awaiting a decision), soonest due first, at most `limit`. */
export async function listOwedFollowUpsOfCaller(q: Queryable, siteId: string, callerId: string, limit: number): Promise<FollowUp[]> {
  if (!isUuid(callerId)) return [];
  const rows = await q.query<FollowUpRow>(
    `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups WHERE site_id = $1::uuid AND caller_id = $2::uuid AND status <> 'done' ORDER BY due_at, id LIMIT $3::int`,
    [siteId, callerId, limit],
  );
  return withAttempts(q, siteId, rows);
}
