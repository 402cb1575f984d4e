import { describe, expect, it } from 'vitest';
import { NOW, SINCE, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { buildChartFromCatalogue } from '../org/build-chart-from-catalogue.js';
import { computeDeadlines } from '../tickets/sla.js';
import { applyCommand, type CommandContext, type NewTicketEvent } from '../tickets/ticket-state-machine.js';
import type { Ticket, TicketStatus } from '../tickets/ticket.js';
import { escalateBreaches } from '../tickets/deadline-breach.js';
import type { Message } from '../messages/message.js';
import type { Relay } from '../relays/relay.js';
import { relayOf } from '../relays/testing/relay-fixtures.js';
import { messageOverdueNotifications, messageTakenNotifications, notificationsFor, relayOverdueNotifications, settleNotified } from './notification-rules.js';

const chart = staffedChart();
const receivedAt = new Date(NOW.getTime() - 3_600_000);
const by = (id: string): CommandContext => ({ now: NOW, actor: { kind: 'staff', id } });

const ticketIn = (status: TicketStatus, patch: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  siteId: 'site-a',
  number: 7,
  kind: 'complaint',
  channel: 'phone',
  severity: 'minor',
  status,
  title: '导购态度差',
  description: '顾客投诉导购态度差。',
  location: null,
  preferredContactTime: null,
  requesterId: 'req-1',
  requesterKind: 'customer',
  unitId: 'unit-floor_service',
  assigneeId: STAFF.floorClerk!.id,
  relayedTo: null,
  subject: null,
  repairCategory: null,
  requestedBy: null,
  receivedAt,
  deadlines: computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt }),
  followUpDueAt: status === 'resolved' ? NOW : null,
  resolvedAt: status === 'resolved' ? receivedAt : null,
  closedAt: null,
  escalationLevel: 0,
  firstSeenByStaffAt: receivedAt,
  reopenCount: 0,
  reopenedAt: null,
  handedOverAt: null,
  repliedAt: null,
  satisfaction: null,
  createdById: STAFF.officeClerk!.id,
  version: 1,
  updatedAt: receivedAt,
  ...patch,
});

const created = (ticket: Ticket, actorId: string): NewTicketEvent => ({
  siteId: ticket.siteId,
  ticketId: ticket.id,
  at: NOW,
  actorKind: 'staff',
  actorId,
  type: 'created',
  fromStatus: null,
  toStatus: 'received',
  data: {},
  visibleToRequester: true,
});

const who = (ticket: Ticket, event: NewTicketEvent, c = chart) => notificationsFor(ticket, event, c, NOW).map((n) => [n.recipientId, n.kind]);

describe('notificationsFor', () => {
  it('tells the assignee a ticket was dispatched to them, but not when they took it themselves', () => {
    const { ticket, event } = applyCommand(ticketIn('received', { assigneeId: null }), { type: 'assign', assigneeId: STAFF.floorClerk!.id }, by(STAFF.floorSupervisor!.id));
    expect(who(ticket, event)).toEqual([[STAFF.floorClerk!.id, 'assigned']]);
    const own = applyCommand(ticketIn('received', { assigneeId: null }), { type: 'assign', assigneeId: STAFF.floorClerk!.id }, by(STAFF.floorClerk!.id));
    expect(who(own.ticket, own.event)).toEqual([]);
  });

  it('tells the holder an escalation went to; an overdue 回访 is named as such', () => {
    const { ticket, event } = applyCommand(ticketIn('assigned'), { type: 'escalate', toStaffId: STAFF.floorSupervisor!.id, reason: '需要主管处理' }, by(STAFF.floorClerk!.id));
    expect(who(ticket, event)).toEqual([[STAFF.floorSupervisor!.id, 'escalated']]);
    const resolved = ticketIn('resolved');
    const swept = escalateBreaches(resolved, [{ kind: 'follow_up', dueAt: receivedAt }], STAFF.floorSupervisor!.id, { now: NOW, actor: { kind: 'system', id: null } });
    expect(who(swept.ticket, swept.event)).toEqual([[STAFF.floorSupervisor!.id, 'follow_up_overdue']]);
  });

  it('a rating of 2 or less tells the handler’s supervisor (001 "回访中发现问题及时整改"); 3 tells nobody', () => {
    const rate = (stars: number) => applyCommand(ticketIn('resolved'), { type: 'rate', stars }, { now: NOW, actor: { kind: 'requester', id: 'req-1' } });
    const low = rate(2);
    expect(who(low.ticket, low.event)).toEqual([[STAFF.floorSupervisor!.id, 'low_rating']]);
    const fine = rate(3);
    expect(who(fine.ticket, fine.event)).toEqual([]);
    const followUp = applyCommand(ticketIn('resolved'), { type: 'followUp', satisfaction: 1, channel: 'phone' }, by(STAFF.officeClerk!.id));
    expect(who(followUp.ticket, followUp.event)).toEqual([[STAFF.floorSupervisor!.id, 'low_rating']]);
  });

  it('a major complaint goes to the director the same day (001 "重大投诉…当天呈送管理处主任"), or whoever acts for them', () => {
    const major = ticketIn('received', { severity: 'major', assigneeId: null });
    expect(who(major, created(major, STAFF.hallClerk!.id))).toEqual([[STAFF.director!.id, 'major_complaint']]);
    expect(who(ticketIn('received'), created(ticketIn('received'), STAFF.hallClerk!.id))).toEqual([]);
    expect(who({ ...major, kind: 'repair' }, created(major, STAFF.hallClerk!.id))).toEqual([]);
    const acting = buildChartFromCatalogue('site-a', [
      { staffId: 'd-old', position: 'director', startsOn: SINCE, endsOn: new Date('2025-01-01') },
      { staffId: 'dep', position: 'deputy', startsOn: SINCE },
      { staffId: 'dep', position: 'director', startsOn: SINCE, acting: true },
    ]);
    expect(who(major, created(major, STAFF.hallClerk!.id), acting)).toEqual([['dep', 'major_complaint']]);
    const retriaged = applyCommand(ticketIn('received', { assigneeId: null }), { type: 'assign', assigneeId: STAFF.hallClerk!.id, severity: 'major' }, by(STAFF.merchantSupervisor!.id));
    expect(who(retriaged.ticket, retriaged.event)).toEqual([
      [STAFF.hallClerk!.id, 'assigned'],
      [STAFF.director!.id, 'major_complaint'],
    ]);
  });
});

describe('settleNotified', () => {
  const low = applyCommand(ticketIn('resolved'), { type: 'rate', stars: 1 }, { now: NOW, actor: { kind: 'requester', id: 'req-1' } });

  it('keeps "the supervisor was told" when a supervisor is told', () => {
    const told = notificationsFor(low.ticket, low.event, chart, NOW);
    expect(settleNotified(low.event, told).data.notified).toBe('supervisor');
  });

  it('drops it when nobody is above the handler', () => {
    const empty = buildChartFromCatalogue('site-a', [{ staffId: STAFF.floorClerk!.id, position: 'floor_clerk', startsOn: SINCE }]);
    const told = notificationsFor(low.ticket, low.event, empty, NOW);
    expect(told).toEqual([]);
    expect(settleNotified(low.event, told).data).not.toHaveProperty('notified');
    expect(settleNotified(low.event, told).data).toMatchObject({ stars: 1, reopened: true });
  });
});

describe('a manual reopen', () => {
  it('tells the handler’s supervisor, as a low rating does; a supervisor reopening it themself is not told', () => {
    const { ticket, event } = applyCommand(ticketIn('resolved'), { type: 'reopen', reason: '顾客来电说仍未解决' }, by(STAFF.officeClerk!.id));
    expect(who(ticket, event)).toEqual([[STAFF.floorSupervisor!.id, 'reopened']]);
    const own = applyCommand(ticketIn('resolved'), { type: 'reopen', reason: '复查未解决' }, by(STAFF.floorSupervisor!.id));
    expect(who(own.ticket, own.event)).toEqual([]);
  });
});

/** The shared relay fixture, on this file's site and clock, relayed by the floor clerk. */
const relay = (patch: Partial<Relay> = {}): Relay =>
  relayOf({ siteId: 'site-a', departmentId: 'd-1', dueAt: receivedAt, relayedById: STAFF.floorClerk!.id, relayedAt: receivedAt, ...patch });

describe('relayOverdueNotifications', () => {
  it('tells the clerk who relayed it (002 "跟踪到底"), the next one up their line, and the department’s own accounts — each once', () => {
    const told = relayOverdueNotifications(relay(), { memberStaffIds: ['dept-1', STAFF.floorClerk!.id] }, chart, NOW);
    expect(told.map((n) => [n.recipientId, n.kind])).toEqual([
      [STAFF.floorClerk!.id, 'relay_overdue'],
      [STAFF.floorSupervisor!.id, 'relay_overdue'],
      ['dept-1', 'relay_overdue'],
    ]);
    expect(told.every((n) => n.target.type === 'relay' && n.target.id === 'r-1')).toBe(true);
  });
});

const message = (patch: Partial<Message> = {}): Message => ({
  id: 'm-1',
  siteId: 'site-a',
  fromName: '3楼 耐克店',
  fromPhone: null,
  forStaffId: STAFF.floorSupervisor!.id,
  forUnitId: null,
  text: '请回电',
  urgency: 'normal',
  takenById: STAFF.floorClerk!.id,
  takenAt: receivedAt,
  acknowledgedAt: null,
  acknowledgedById: null,
  ...patch,
});

describe('message notifications', () => {
  it('a message for a person tells them; one for a unit, or a note to oneself, tells nobody', () => {
    expect(messageTakenNotifications(message(), NOW).map((n) => [n.recipientId, n.kind, n.target])).toEqual([
      [STAFF.floorSupervisor!.id, 'message_for_me', { type: 'message', id: 'm-1' }],
    ]);
    expect(messageTakenNotifications(message({ forStaffId: null, forUnitId: 'unit-floor_service' }), NOW)).toEqual([]);
    expect(messageTakenNotifications(message({ forStaffId: STAFF.floorClerk!.id }), NOW)).toEqual([]);
  });

  it('an overdue one goes to the next one up the taker’s line', () => {
    expect(messageOverdueNotifications(message(), chart, NOW).map((n) => [n.recipientId, n.kind])).toEqual([[STAFF.floorSupervisor!.id, 'message_overdue']]);
  });
});
