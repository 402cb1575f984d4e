import type { TicketQueueFilter } from '@kefu/db/tickets';
import { InputChecker } from '@kefu/domain/shared';
import type { Severity, TicketKind, TicketStatus } from '@kefu/domain/tickets';

/** The `TicketFilter` input as the queue and the queue's export receive it (global ids decoded). */
export type TicketFilterArgs = {
  statuses?: readonly TicketStatus[] | null;
  kinds?: readonly TicketKind[] | null;
  severities?: readonly Severity[] | null;
  overdue?: boolean | null;
  assigneeId?: { id: string } | null;
  unassigned?: boolean | null;
  unitId?: string | number | null;
  requesterId?: string | number | null;
  newToStaff?: boolean | null;
  reopened?: boolean | null;
  text?: string | null;
};

/**
 * Checks the filter and turns it into the storage's queue filter: one rule for the queue and its
 * export. `checker` may already hold the caller's own checks, so every issue is named at once.
 */
export function toQueueFilter(filter: TicketFilterArgs, now: Date, checker = new InputChecker()): TicketQueueFilter {
  checker.text('filter.text', filter.text, { max: 100 }).check();
  return {
    now,
    statuses: filter.statuses ? [...filter.statuses] : undefined,
    kinds: filter.kinds ? [...filter.kinds] : undefined,
    severities: filter.severities ? [...filter.severities] : undefined,
    overdue: filter.overdue ?? undefined,
    assigneeId: filter.assigneeId?.id ?? undefined,
    unassigned: filter.unassigned ?? undefined,
    unitId: filter.unitId == null ? undefined : String(filter.unitId),
    requesterId: filter.requesterId == null ? undefined : String(filter.requesterId),
    newToStaff: filter.newToStaff ?? undefined,
    reopened: filter.reopened ?? undefined,
    text: filter.text?.trim() || undefined,
  };
}
