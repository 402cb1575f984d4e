import { positionsHeldBy } from '../org/assignments.js';
import type { OrgChart } from '../org/org-chart.js';
import type { PositionCode } from '../org/position.js';
import type { TicketCommand } from './ticket-state-machine.js';
import type { Severity, Ticket } from './ticket.js';

/**
 * Who a complaint must reach for its hand-over deadline to be met, `001_…` 投诉接待 (5):
 * a major one "当天呈送管理处主任" — the director (管理处主任 is the department's head here); an
 * important one "应在接待一小时内转呈部门主管" — a supervisor of the department, or anyone above.
 * A minor one has no hand-over.
 */
export const HANDOVER_POSITIONS: Record<Severity, readonly PositionCode[]> = {
  major: ['director'],
  important: ['director', 'deputy', 'merchant_supervisor', 'floor_supervisor'],
  minor: [],
};

/**
 * Whether `staffId` is someone a ticket of `severity` is handed over to once they have it: they
 * hold (regularly or acting, 代理) one of its hand-over positions at `at`.
 */
export const handoverReached = (chart: OrgChart, staffId: string | null, severity: Severity, at: Date): boolean => {
  if (staffId === null) return false;
  const wanted = HANDOVER_POSITIONS[severity];
  return positionsHeldBy(chart, staffId, at).some((p) => (wanted as readonly string[]).includes(p.code));
};

/**
 * The command with `handsOver` set from the org: whether the one it puts the ticket with (the
 * assignee, the escalation target, or the member of staff taking it) is someone the ticket's
 * hand-over names. Other commands are returned as they are.
 */
export const withHandover = (command: TicketCommand, ticket: Pick<Ticket, 'severity'>, actorId: string | null, chart: OrgChart | null, at: Date): TicketCommand => {
  if (!chart) return command;
  switch (command.type) {
    case 'assign':
      return { ...command, handsOver: handoverReached(chart, command.assigneeId, command.severity ?? ticket.severity, at) };
    case 'escalate':
      return { ...command, handsOver: handoverReached(chart, command.toStaffId, ticket.severity, at) };
    case 'take':
      return { ...command, handsOver: handoverReached(chart, actorId, ticket.severity, at) };
    default:
      return command;
  }
};
