import type { CallAttempt, CallResult, FollowUp, FollowUpOutcome, FollowUpStatus, ReachedOutcome } from '@kefu/domain/followups';

export type FollowUpRow = {
  id: string;
  site_id: string;
  ticket_id: string;
  unit_id: string | null;
  handler_id: string | null;
  caller_id: string | null;
  caller_must_not_be_handler: boolean;
  round: number;
  due_at: Date;
  opened_at: Date;
  status: string;
  failed_attempts: number;
  next_call_at: Date | null;
  outcome: string | null;
  done_at: Date | null;
  version: number;
};

export type FollowUpAttemptRow = {
  follow_up_id: string;
  seq: number;
  at: Date;
  caller_id: string;
  result: string;
  retry_at: Date | null;
  outcome: string | null;
  satisfaction: number | null;
  note: string | null;
};

export const FOLLOW_UP_COLUMNS =
  'id, site_id, ticket_id, unit_id, handler_id, caller_id, caller_must_not_be_handler, round, due_at, opened_at, status, failed_attempts, next_call_at, outcome, done_at, version';

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** Rows ↔ follow-ups; the attempts come from their own table, oldest first. */
export const followUpMapper = {
  toDomain(row: FollowUpRow, attempts: readonly FollowUpAttemptRow[]): FollowUp {
    return {
      id: row.id,
      siteId: row.site_id,
      ticketId: row.ticket_id,
      unitId: row.unit_id,
      handlerId: row.handler_id,
      callerId: row.caller_id,
      callerMustNotBeHandler: row.caller_must_not_be_handler,
      round: row.round,
      dueAt: new Date(row.due_at),
      openedAt: new Date(row.opened_at),
      status: row.status as FollowUpStatus,
      failedAttempts: row.failed_attempts,
      nextCallAt: date(row.next_call_at),
      attempts: [...attempts].sort((a, b) => a.seq - b.seq).map(followUpMapper.attemptToDomain),
      outcome: row.outcome as FollowUpOutcome | null,
      doneAt: date(row.done_at),
      version: row.version,
    };
  },

  attemptToDomain(row: FollowUpAttemptRow): CallAttempt {
    return {
      at: new Date(row.at),
      callerId: row.caller_id,
      result: row.result as CallResult,
      retryAt: date(row.retry_at),
      outcome: row.outcome as ReachedOutcome | null,
      satisfaction: row.satisfaction,
      note: row.note,
    };
  },
};
