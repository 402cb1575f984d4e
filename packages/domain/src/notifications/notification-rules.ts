import { currentHolders } from '../org/assignments.js';
import { escalationTarget } from '../org/escalation.js';
import type { OrgChart } from '../org/org-chart.js';
import { DISSATISFIED_AT_MOST, type NewTicketEvent } from '../tickets/ticket-state-machine.js';
import type { Ticket } from '../tickets/ticket.js';
import type { Message } from '../messages/message.js';
import type { Department } from '../relays/department.js';
import type { Relay } from '../relays/relay.js';
import type { NewNotification, NotificationKind, NotificationTarget } from './notification.js';

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
 * - a ticket reopened by hand: the handler's supervisor, as an automatic reopen (a low rating)
 *   tells them (issue rule "work sent back never disappears"; 001 "回访中发现问题及时整改").
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
    case 'reopened':
      wanted.push([escalationTarget(chart, ticket.assigneeId, ticket.unitId, at)?.staffId ?? null, 'reopened']);
      break;
    case 'created':
      if (ticket.kind === 'complaint' && ticket.severity === 'major') wanted.push([directorNow(chart, at), 'major_complaint']);
      break;
    default:
      break;
  }
  return addressed(ticket.siteId, { type: 'ticket', id: ticket.id }, wanted, event.actorKind === 'staff' ? event.actorId : null, at);
};

/** One notification per recipient and kind, none to whoever acted. */
function addressed(siteId: string, target: NotificationTarget, wanted: readonly [string | null, NotificationKind][], actor: string | null, at: Date): NewNotification[] {
  const seen = new Set<string>();
  const out: NewNotification[] = [];
  for (const [recipientId, kind] of wanted) {
    if (!recipientId || recipientId === actor || seen.has(`${recipientId}/${kind}`)) continue;
    seen.add(`${recipientId}/${kind}`);
    out.push({ siteId, recipientId, kind, target, createdAt: at });
  }
  return out;
}

/**
 * Who is told once a relay's answer is overdue (the sweep, once per relay):
 * - the clerk who relayed it, who follows it through (002 "若自己现场不能解决的,要及时传递给相关
 *   负责人…跟踪到底"; 001 "及时将处理相关信息告知投诉接待人");
 * - the next holder up the clerk's reporting line (acting holders count, a vacant seat is
 *   skipped), as every breached deadline goes one step up (issue §4);
 * - the receiving department's own staff accounts, who owe the answer (002 hall clerk
 *   "对其他部门传达的信息及时受理反馈" — product rule to remind them).
 */
export const relayOverdueNotifications = (relay: Relay, department: Pick<Department, 'memberStaffIds'> | null, chart: OrgChart, at: Date): NewNotification[] =>
  addressed(
    relay.siteId,
    { type: 'relay', id: relay.id },
    [
      [relay.relayedById, 'relay_overdue'],
      [escalationTarget(chart, relay.relayedById, null, at)?.staffId ?? null, 'relay_overdue'],
      ...(department?.memberStaffIds ?? []).map((id): [string, NotificationKind] => [id, 'relay_overdue']),
    ],
    null,
    at,
  );

/**
 * A message taken for a member of staff tells them at once (002 office clerk "接听并转接集团
 * 电话"; a message is for its receiver). One for a unit tells nobody by name: it waits in the
 * unit's queue (product rule). The taker writing a note to themself is not told.
 */
export const messageTakenNotifications = (message: Message, at: Date): NewNotification[] =>
  addressed(message.siteId, { type: 'message', id: message.id }, [[message.forStaffId, 'message_for_me']], message.takenById, at);

/**
 * A message still unacknowledged past the site's escalation time goes to the next holder up the
 * taker's reporting line — who may read it from then on (the messages context's rule; the
 * product's own 30-minute default, seed 002 asks for 信息传递准确率 and names no time).
 */
export const messageOverdueNotifications = (message: Message, chart: OrgChart, at: Date): NewNotification[] =>
  addressed(message.siteId, { type: 'message', id: message.id }, [[escalationTarget(chart, message.takenById, null, at)?.staffId ?? null, 'message_overdue']], null, at);

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
