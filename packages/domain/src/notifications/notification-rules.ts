import { currentHolders } from '../org/assignments.js';
import { escalationTarget } from '../org/escalation.js';
import type { OrgChart } from '../org/org-chart.js';
import { DISSATISFIED_AT_MOST, type NewTicketEvent } from '../tickets/ticket-state-machine.js';
import type { Ticket } from '../tickets/ticket.js';
import type { NewNotification, NotificationKind } from './notification.js';

const text = (data: Record<string, unknown>, key: string): string | null => {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The director's holder now: the regular one, else whoever acts for them (代理). */
const directorNow = (chart: OrgChart, at: Date): string | null => {
  const seat = chart.positions.find((p) => p.code === 'director');
  return seat ? (currentHolders(chart, seat.id, at)[0]?.staffId ?? null) : null;
};

const retriagedTo = (event: NewTicketEvent): unknown => (event.data.internal as Record<string, unknown> | undefined)?.severity;

/**
 * Who a ticket's event notifies, and why — one place for every producer (a command, the portal,
 * the escalation sweep), called in the same transaction as the write:
 *
 * - assigned (派单): the new assignee.
 * - escalated (上报, by hand or by the sweep): the holder it went to; an overdue 回访 says so.
 * - a rating or 回访 satisfaction of 2 or less: the handler's supervisor, the next holder up the
 *   handler's line (`001_…` 投诉处理 "回访中发现问题及时整改"; 003 has the supervisor told).
 * - a major complaint registered, or re-triaged as major: the director, or whoever acts for
 *   them (`001_…` 投诉接待 (5) "重大投诉…当天呈送管理处主任").
 *
 * Nobody is told of their own act.
 */
export const notificationsFor = (ticket: Ticket, event: NewTicketEvent, chart: OrgChart, at: Date): NewNotification[] => {
  const wanted: [string | null, NotificationKind][] = [];
  const internal = (event.data.internal as Record<string, unknown> | undefined) ?? {};
  switch (event.type) {
    case 'assigned':
      wanted.push([text(internal, 'assigneeId') ?? ticket.assigneeId, 'assigned']);
      if (ticket.kind === 'complaint' && retriagedTo(event) === 'major') wanted.push([directorNow(chart, at), 'major_complaint']);
      break;
    case 'escalated': {
      const deadlines = Array.isArray(event.data.deadlines) ? (event.data.deadlines as { kind?: unknown }[]) : [];
      const overdueFollowUp = deadlines.some((d) => d.kind === 'follow_up');
      wanted.push([text(event.data, 'toStaffId'), overdueFollowUp ? 'follow_up_overdue' : 'escalated']);
      break;
    }
    case 'rated':
    case 'followed_up': {
      const score = event.data.stars ?? event.data.satisfaction;
      if (typeof score === 'number' && score <= DISSATISFIED_AT_MOST) {
        wanted.push([escalationTarget(chart, ticket.assigneeId, ticket.unitId, at)?.staffId ?? null, 'low_rating']);
      }
      break;
    }
    case 'created':
      if (ticket.kind === 'complaint' && ticket.severity === 'major') wanted.push([directorNow(chart, at), 'major_complaint']);
      break;
    default:
      break;
  }
  const actor = event.actorKind === 'staff' ? event.actorId : null;
  const seen = new Set<string>();
  const out: NewNotification[] = [];
  for (const [recipientId, kind] of wanted) {
    if (!recipientId || recipientId === actor || seen.has(`${recipientId}/${kind}`)) continue;
    seen.add(`${recipientId}/${kind}`);
    out.push({ siteId: ticket.siteId, recipientId, kind, ticketId: ticket.id, createdAt: at });
  }
  return out;
};

/**
 * A low rating's timeline says the supervisor was told (`notified: 'supervisor'`, shown in the
 * portal); it says so only when a notification really goes to one — with nobody above the
 * handler, the fact is left out.
 */
export const settleNotified = (event: NewTicketEvent, notifications: readonly NewNotification[]): NewTicketEvent => {
  if (event.data.notified !== 'supervisor' || notifications.some((n) => n.kind === 'low_rating')) return event;
  const { notified: _dropped, ...data } = event.data;
  return { ...event, data };
};
