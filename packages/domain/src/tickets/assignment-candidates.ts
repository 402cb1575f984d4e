import { positionsHeldBy } from '../org/assignments.js';
import type { OrgChart } from '../org/org-chart.js';
import type { Position } from '../org/position.js';
import type { Ticket, TicketStatus } from './ticket.js';

/** The statuses a ticket is still someone's work in: its assignee's open workload counts these. */
export const WORKLOAD_STATUSES = ['received', 'assigned', 'relayed', 'in_progress'] as const satisfies readonly TicketStatus[];

/** One member of staff the ticket may be dispatched to, as the picker shows them. */
export type AssignmentCandidate = {
  staffId: string;
  /** The position they would work it in: one of the ticket's unit when they hold one. */
  position: Position;
  /** They hold a position of the ticket's unit (see ticketUnit). */
  inTicketUnit: boolean;
  /** Tickets they hold that are still open (WORKLOAD_STATUSES). */
  openTickets: number;
};

/** What the candidates are chosen from: the site's people and what the permission core says of each. */
export type CandidateFacts = {
  chart: OrgChart;
  at: Date;
  /** Still with the department (`staff.active`). */
  activeStaffIds: ReadonlySet<string>;
  /** Open tickets per assignee. */
  openTickets: ReadonlyMap<string, number>;
  /** Whether this member of staff may work the ticket as it stands, before it is theirs (`ticket.start` in the permission core). */
  mayWork(staffId: string): boolean;
};

/**
 * The unit a ticket belongs to for dispatching: its queue's; for a ticket in no queue (the desk's
 * intake names none), the unit of whoever holds it, else of whoever registered it.
 */
const ticketUnit = (ticket: Pick<Ticket, 'unitId' | 'assigneeId' | 'createdById'>, chart: OrgChart, at: Date): string | null => {
  if (ticket.unitId !== null) return ticket.unitId;
  for (const staffId of [ticket.assigneeId, ticket.createdById]) {
    const held = staffId ? positionsHeldBy(chart, staffId, at) : [];
    if (held.length > 0) return held[0]!.unitId;
  }
  return null;
};

/**
 * Who a ticket may be dispatched to (派单): active staff holding a position now who may work the
 * ticket where it stands (its queue, its tagged kind, the subjects below them), not its current
 * assignee. Those of the ticket's unit come first, then the least loaded, then by position and
 * id, so the list reads the same every time. Dispatching is the supervisors' 团队管理 (`002_…`
 * 关键绩效指标 of every 主管); who may be offered follows the permission rules, the order is the
 * product's own.
 */
export const assignmentCandidates = (ticket: Pick<Ticket, 'unitId' | 'assigneeId' | 'createdById'>, facts: CandidateFacts): AssignmentCandidate[] => {
  const { chart, at } = facts;
  const unitId = ticketUnit(ticket, chart, at);
  const staffIds = [...new Set(chart.assignments.map((a) => a.staffId))];
  const candidates: AssignmentCandidate[] = [];
  for (const staffId of staffIds) {
    if (staffId === ticket.assigneeId || !facts.activeStaffIds.has(staffId)) continue;
    const held = positionsHeldBy(chart, staffId, at);
    if (held.length === 0 || !facts.mayWork(staffId)) continue;
    const inUnit = held.find((p) => p.unitId === unitId);
    candidates.push({ staffId, position: inUnit ?? held[0]!, inTicketUnit: inUnit !== undefined, openTickets: facts.openTickets.get(staffId) ?? 0 });
  }
  const order = new Map(chart.positions.map((p, i) => [p.id, i]));
  return candidates.sort(
    (a, b) =>
      Number(b.inTicketUnit) - Number(a.inTicketUnit) ||
      a.openTickets - b.openTickets ||
      (order.get(a.position.id) ?? 0) - (order.get(b.position.id) ?? 0) ||
      (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0),
  );
};
