import type { RecordFacts, RecordSubject } from '../org/permission-context.js';
import type { ComplaintSubject } from './complaint-subject.js';
import type { RequesterKind } from '../shared/principal.js';
import type { Ticket, TicketKind } from './ticket.js';

/** The facts of a ticket that the permission rules look at. */
export type TicketResource = {
  type: 'ticket';
  siteId: string;
  /** The unit whose queue holds the ticket. */
  unitId: string | null;
  assigneeId: string | null;
  requesterId: string;
  createdById: string | null;
  kind: TicketKind;
  requesterKind: RequesterKind;
  /** Who a complaint is about; its supervisors see the ticket. Absent reads as none. */
  subject?: ComplaintSubject | null;
};

export const ticketResource = (
  ticket: Pick<Ticket, 'siteId' | 'unitId' | 'assigneeId' | 'requesterId' | 'createdById' | 'kind' | 'requesterKind'> & { subject?: ComplaintSubject | null },
): TicketResource => ({
  type: 'ticket',
  siteId: ticket.siteId,
  unitId: ticket.unitId,
  assigneeId: ticket.assigneeId,
  requesterId: ticket.requesterId,
  createdById: ticket.createdById,
  kind: ticket.kind,
  requesterKind: ticket.requesterKind,
  subject: ticket.subject ?? null,
});

/**
 * The tags a ticket may carry for tagged grants (Grant.alsoTagged), each with the rule that
 * gives it; storage filters by the same rule on the ticket's columns.
 * - `merchant_complaint`: a complaint from a merchant, wherever it was taken. `002_…` 商户客服主管
 *   and 市场中心前台后台服务人员: "及时收集各卖场前台受理的商户投诉和服务申请,传递到相关部门并监督解决".
 */
export const TICKET_TAGS = {
  merchant_complaint: (t: Pick<TicketResource, 'kind' | 'requesterKind'>) => t.kind === 'complaint' && t.requesterKind === 'merchant',
} as const;
export type TicketTag = keyof typeof TICKET_TAGS;

export const ticketTags = (ticket: Pick<TicketResource, 'kind' | 'requesterKind'>): TicketTag[] =>
  (Object.keys(TICKET_TAGS) as TicketTag[]).filter((tag) => TICKET_TAGS[tag](ticket));

/**
 * Where a ticket sits for a scope check: in its unit's queue, belonging to its assignee and to
 * the staff member who took it down, and to its requester, with its tags and its subject. Storage filters by the
 * same columns (unit_id; assignee_id or created_by_id; requester_id; kind and requester_kind).
 */
export const ticketFacts = (ticket: TicketResource): RecordFacts => {
  const facts: RecordFacts = {
    unitId: ticket.unitId,
    staffIds: [ticket.assigneeId, ticket.createdById],
    requesterId: ticket.requesterId,
    tags: ticketTags(ticket),
  };
  const about = subjectFacts(ticket.subject);
  return about ? { ...facts, about } : facts;
};

/**
 * A complaint's subject as scope checks read it (storage filters on subject_staff_id,
 * subject_position_id, subject_unit_code). Another department has no supervisor in this chart:
 * the director, who sees every ticket, follows those.
 */
const subjectFacts = (subject: ComplaintSubject | null | undefined): RecordSubject | null => {
  switch (subject?.kind) {
    case 'staff':
      return { staffId: subject.staffId, positionId: null, unitCode: null };
    case 'position':
      return { staffId: null, positionId: subject.positionId, unitCode: null };
    case 'unit':
      return { staffId: null, positionId: null, unitCode: subject.unitCode };
    default:
      return null;
  }
};
