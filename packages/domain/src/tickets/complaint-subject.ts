import type { OrgChart } from '../org/org-chart.js';
import { UNIT_CODES, type UnitCode } from '../org/position.js';
import { InputChecker } from '../shared/validation.js';
import { complaintTallies, type ComplaintTallies } from './ticket-kpi.js';
import type { NewTicketEvent } from './ticket-state-machine.js';
import { PEER_DEPARTMENTS, type PeerDepartment, type Ticket, type TicketKind, type TicketStatus } from './ticket.js';

/**
 * Who a complaint is about (`001_…` 投诉接待 (1): "详细记录投诉事件的发生时间、地点、被投诉人及被投诉部门"):
 * a member of staff, a position, one of the department's units, or another department.
 */
export const COMPLAINT_SUBJECT_KINDS = ['staff', 'position', 'unit', 'department'] as const;
export type ComplaintSubjectKind = (typeof COMPLAINT_SUBJECT_KINDS)[number];

export type ComplaintSubject =
  | { kind: 'staff'; staffId: string }
  | { kind: 'position'; positionId: string }
  | { kind: 'unit'; unitCode: UnitCode }
  | { kind: 'department'; department: PeerDepartment };

/** A subject as a form or the API sends it: the kind and the one reference it needs. */
export type ComplaintSubjectInput = {
  kind: string;
  staffId?: string | null;
  positionId?: string | null;
  unitCode?: string | null;
  department?: string | null;
};

/**
 * Checks a subject against the ticket's kind and the site's chart, naming every problem at once
 * (field `subject.<part>`). Only complaints have a subject (the seed records it for 投诉); a staff
 * member must hold or have held a post on the site, a position and a unit must be the site's.
 * Null clears the subject.
 */
export const checkComplaintSubject = (
  input: ComplaintSubjectInput | null | undefined,
  kind: TicketKind,
  chart: Pick<OrgChart, 'positions' | 'units' | 'assignments'>,
): ComplaintSubject | null => {
  if (input === null || input === undefined) return null;
  const check = new InputChecker();
  if (kind !== 'complaint') {
    check.add({ field: 'subject.kind', rule: 'invalid_choice' });
    check.check();
  }
  check.oneOf('subject.kind', input.kind, COMPLAINT_SUBJECT_KINDS);
  check.check();
  const reference = (field: 'staffId' | 'positionId' | 'unitCode' | 'department', known: (value: string) => boolean): string => {
    const value = input[field]?.trim() ?? '';
    if (value === '') check.add({ field: `subject.${field}`, rule: 'required' });
    else if (!known(value)) check.add({ field: `subject.${field}`, rule: 'invalid_choice' });
    return value;
  };
  let subject: ComplaintSubject;
  switch (input.kind as ComplaintSubjectKind) {
    case 'staff':
      subject = { kind: 'staff', staffId: reference('staffId', (id) => chart.assignments.some((a) => a.staffId === id)) };
      break;
    case 'position':
      subject = { kind: 'position', positionId: reference('positionId', (id) => chart.positions.some((p) => p.id === id)) };
      break;
    case 'unit':
      subject = {
        kind: 'unit',
        unitCode: reference('unitCode', (code) => (UNIT_CODES as readonly string[]).includes(code) && chart.units.some((u) => u.code === code)) as UnitCode,
      };
      break;
    case 'department':
      subject = { kind: 'department', department: reference('department', (code) => (PEER_DEPARTMENTS as readonly string[]).includes(code)) as PeerDepartment };
      break;
  }
  check.check();
  return subject;
};

/** A stable key per subject, for tallies and for comparing two subjects. */
export const subjectKey = (subject: ComplaintSubject): string => {
  switch (subject.kind) {
    case 'staff':
      return `staff:${subject.staffId}`;
    case 'position':
      return `position:${subject.positionId}`;
    case 'unit':
      return `unit:${subject.unitCode}`;
    case 'department':
      return `department:${subject.department}`;
  }
};

export type SubjectTallies = ComplaintTallies & { subject: ComplaintSubject };

/**
 * 有效投诉 per subject: valid, invalid (judged 无效) and still open complaints about each subject,
 * the input of 个人有效投诉次数 (a staff subject) and 所属下级有效投诉率 (the subjects below a
 * supervisor) in `002_…`'s KPIs. Complaints without a subject and other kinds are left out.
 * Ordered by most valid complaints first, then by key, so a report reads the same every time.
 */
export const complaintTalliesBySubject = (tickets: Iterable<{ kind: TicketKind; status: TicketStatus; subject: ComplaintSubject | null }>): SubjectTallies[] => {
  const groups = new Map<string, { subject: ComplaintSubject; tickets: { kind: TicketKind; status: TicketStatus }[] }>();
  for (const ticket of tickets) {
    if (ticket.kind !== 'complaint' || ticket.subject === null) continue;
    const key = subjectKey(ticket.subject);
    const group = groups.get(key) ?? { subject: ticket.subject, tickets: [] };
    group.tickets.push(ticket);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, tallies: { subject: g.subject, ...complaintTallies(g.tickets) } }))
    .sort((a, b) => b.tallies.valid - a.tallies.valid || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.tallies);
};

/**
 * Records who a complaint is about, or corrects it: the ticket with its new subject and version,
 * and a staff-only timeline event with the subject before and after. Allowed in every status —
 * the KPIs count closed complaints by subject, so a wrong subject must stay correctable (the
 * product's own rule). Answers null when nothing changes.
 */
export const changeSubject = (
  ticket: Ticket,
  subject: ComplaintSubject | null,
  ctx: { now: Date; staffId: string },
): { ticket: Ticket; event: NewTicketEvent } | null => {
  const before = ticket.subject;
  if ((before === null ? null : subjectKey(before)) === (subject === null ? null : subjectKey(subject))) return null;
  return {
    ticket: { ...ticket, subject, version: ticket.version + 1, updatedAt: ctx.now },
    event: {
      siteId: ticket.siteId,
      ticketId: ticket.id,
      at: ctx.now,
      actorKind: 'staff',
      actorId: ctx.staffId,
      type: 'subject_changed',
      fromStatus: ticket.status,
      toStatus: ticket.status,
      data: { internal: { subjectFrom: before, subjectTo: subject } },
      visibleToRequester: false,
    },
  };
};
