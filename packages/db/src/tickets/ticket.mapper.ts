import {
  nextDeadline,
  type ComplaintSubject,
  type Channel,
  type PeerDepartment,
  type RepairCategory,
  type Severity,
  type Ticket,
  type TicketKind,
  type TicketStatus,
} from '@kefu/domain/tickets';
import type { RequesterKind } from '@kefu/domain/shared';
import type { UnitCode } from '@kefu/domain/org';

/** One row of `tickets` as both engines return it (timestamptz → Date, int4 → number). */
export type TicketRow = {
  id: string;
  site_id: string;
  number: number;
  kind: string;
  channel: string;
  severity: string;
  status: string;
  title: string;
  description: string;
  location: string | null;
  preferred_contact_time: string | null;
  requester_id: string;
  requester_kind: string;
  unit_id: string | null;
  assignee_id: string | null;
  relayed_to: string | null;
  subject_kind: string | null;
  subject_staff_id: string | null;
  subject_position_id: string | null;
  subject_unit_code: string | null;
  /** Another department's code (PeerDepartment): departments outside the chart have no table of their own. */
  subject_department_id: string | null;
  repair_category: string | null;
  requested_by: Date | null;
  received_at: Date;
  handover_by: Date | null;
  reply_by: Date | null;
  resolve_by: Date;
  follow_up_due_at: Date | null;
  handed_over_at: Date | null;
  replied_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  due_at: Date | null;
  escalation_level: number;
  reopen_count: number;
  reopened_at: Date | null;
  satisfaction: number | null;
  created_by_id: string | null;
  /** Written once: on insert, by markTicketSeenByStaff, or by the first staff command; never cleared. */
  first_seen_by_staff_at: Date | null;
  version: number;
  updated_at: Date;
};

/** Every column the repository writes, in the order its statements bind them. */
export const TICKET_WRITE_COLUMNS = [
  'kind',
  'channel',
  'severity',
  'status',
  'title',
  'description',
  'location',
  'preferred_contact_time',
  'requester_id',
  'requester_kind',
  'unit_id',
  'assignee_id',
  'relayed_to',
  'subject_kind',
  'subject_staff_id',
  'subject_position_id',
  'subject_unit_code',
  'subject_department_id',
  'repair_category',
  'requested_by',
  'received_at',
  'handover_by',
  'reply_by',
  'resolve_by',
  'follow_up_due_at',
  'handed_over_at',
  'replied_at',
  'resolved_at',
  'closed_at',
  'due_at',
  'escalation_level',
  'reopen_count',
  'reopened_at',
  'satisfaction',
  'created_by_id',
  'version',
  'updated_at',
] as const satisfies readonly (keyof TicketRow)[];

type TicketWriteRow = Pick<TicketRow, (typeof TICKET_WRITE_COLUMNS)[number]>;

type SubjectColumns = Pick<TicketRow, 'subject_kind' | 'subject_staff_id' | 'subject_position_id' | 'subject_unit_code' | 'subject_department_id'>;

/** A complaint's subject from its columns: the kind names the one column that is set. */
const subjectOf = (row: SubjectColumns): ComplaintSubject | null => {
  switch (row.subject_kind) {
    case 'staff':
      return row.subject_staff_id ? { kind: 'staff', staffId: row.subject_staff_id } : null;
    case 'position':
      return row.subject_position_id ? { kind: 'position', positionId: row.subject_position_id } : null;
    case 'unit':
      return row.subject_unit_code ? { kind: 'unit', unitCode: row.subject_unit_code as UnitCode } : null;
    case 'department':
      return row.subject_department_id ? { kind: 'department', department: row.subject_department_id as PeerDepartment } : null;
    default:
      return null;
  }
};

const subjectColumns = (subject: ComplaintSubject | null): SubjectColumns => ({
  subject_kind: subject?.kind ?? null,
  subject_staff_id: subject?.kind === 'staff' ? subject.staffId : null,
  subject_position_id: subject?.kind === 'position' ? subject.positionId : null,
  subject_unit_code: subject?.kind === 'unit' ? subject.unitCode : null,
  subject_department_id: subject?.kind === 'department' ? subject.department : null,
});

/**
 * Rows ↔ tickets. The three SLA deadlines live in their own columns. `due_at` exists only in
 * storage, as the queue's sort key: written from the domain's `nextDeadline`, dropped on reading.
 */
export const ticketMapper = {
  toDomain(row: TicketRow): Ticket {
    return {
      id: row.id,
      siteId: row.site_id,
      number: row.number,
      kind: row.kind as TicketKind,
      channel: row.channel as Channel,
      severity: row.severity as Severity,
      status: row.status as TicketStatus,
      title: row.title,
      description: row.description,
      location: row.location,
      preferredContactTime: row.preferred_contact_time,
      requesterId: row.requester_id,
      requesterKind: row.requester_kind as RequesterKind,
      unitId: row.unit_id,
      assigneeId: row.assignee_id,
      relayedTo: row.relayed_to as PeerDepartment | null,
      subject: subjectOf(row),
      repairCategory: row.repair_category as RepairCategory | null,
      requestedBy: row.requested_by,
      receivedAt: row.received_at,
      deadlines: { handoverBy: row.handover_by, replyBy: row.reply_by, resolveBy: row.resolve_by },
      followUpDueAt: row.follow_up_due_at,
      handedOverAt: row.handed_over_at,
      repliedAt: row.replied_at,
      resolvedAt: row.resolved_at,
      closedAt: row.closed_at,
      escalationLevel: row.escalation_level,
      satisfaction: row.satisfaction,
      createdById: row.created_by_id,
      firstSeenByStaffAt: row.first_seen_by_staff_at,
      reopenCount: row.reopen_count,
      reopenedAt: row.reopened_at,
      version: row.version,
      updatedAt: row.updated_at,
    };
  },

  toRow(ticket: Omit<Ticket, 'id' | 'number'>): TicketWriteRow {
    return {
      kind: ticket.kind,
      channel: ticket.channel,
      severity: ticket.severity,
      status: ticket.status,
      title: ticket.title,
      description: ticket.description,
      location: ticket.location,
      preferred_contact_time: ticket.preferredContactTime,
      requester_id: ticket.requesterId,
      requester_kind: ticket.requesterKind,
      unit_id: ticket.unitId,
      assignee_id: ticket.assigneeId,
      relayed_to: ticket.relayedTo,
      ...subjectColumns(ticket.subject),
      repair_category: ticket.repairCategory,
      requested_by: ticket.requestedBy,
      received_at: ticket.receivedAt,
      handover_by: ticket.deadlines.handoverBy,
      reply_by: ticket.deadlines.replyBy,
      resolve_by: ticket.deadlines.resolveBy,
      follow_up_due_at: ticket.followUpDueAt,
      handed_over_at: ticket.handedOverAt,
      replied_at: ticket.repliedAt,
      resolved_at: ticket.resolvedAt,
      closed_at: ticket.closedAt,
      due_at: nextDeadline(ticket),
      escalation_level: ticket.escalationLevel,
      reopen_count: ticket.reopenCount,
      reopened_at: ticket.reopenedAt,
      satisfaction: ticket.satisfaction,
      created_by_id: ticket.createdById,
      version: ticket.version,
      updated_at: ticket.updatedAt,
    };
  },

  /** The write columns as positional parameters, matching TICKET_WRITE_COLUMNS. */
  toParams(ticket: Omit<Ticket, 'id' | 'number'>): unknown[] {
    const row = ticketMapper.toRow(ticket);
    return TICKET_WRITE_COLUMNS.map((column) => row[column]);
  },
};
