import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { requesterView } from '../tickets/ticket-timeline.js';
import { relayAccuracy, relayTicket, respondToRelay, tallyRelayAccuracy, ticketAfterResponse } from './relay-lifecycle.js';
import { department, relayOf, ticketIn } from './testing/relay-fixtures.js';

const now = new Date('2026-03-10T02:00:00Z');
const ctx = { now, staffId: 'staff-1', relayId: 'r-2' };
const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => `${i.field}:${i.rule}`);
    throw e;
  }
  throw new Error('not refused');
};

describe('relayTicket', () => {
  it('makes a pending relay due by the SLA and moves the ticket to relayed, in plain words for the requester', () => {
    const { relay, ticket, event } = relayTicket(ticketIn('assigned'), department(), null, { departmentId: 'd-eng', ask: ' 请检修漏水 ' }, ctx);
    expect(relay).toMatchObject({ id: 'r-2', status: 'pending', ask: '请检修漏水', relayedById: 'staff-1', departmentId: 'd-eng', subject: { kind: 'ticket', ticketId: 't-1' } });
    expect(relay.dueAt.getTime()).toBeLessThanOrEqual(ticketIn('assigned').deadlines.resolveBy.getTime());
    expect(ticket).toMatchObject({ status: 'relayed', relayedTo: 'engineering', version: 4 });
    expect(event).toMatchObject({ type: 'relayed', visibleToRequester: true });
    const seen = requesterView({ ...event, id: 'e1' })!;
    expect(seen.data).toEqual({ department: 'engineering', departmentName: { zh: '工程维修部', en: 'Engineering & repairs' } });
  });

  it('relays to a department with no peer kind by name', () => {
    const { ticket, event } = relayTicket(ticketIn('received'), department({ id: 'd-sec', peer: null, name: { zh: '保安部', en: 'Security' } }), null, { departmentId: 'd-sec', ask: '巡查' }, ctx);
    expect(ticket.relayedTo).toBeNull();
    expect(event.data).toMatchObject({ departmentName: { zh: '保安部', en: 'Security' } });
  });

  it('refuses a department of another site, an inactive or missing one, a closed ticket and an empty ask, all at once', () => {
    expect(issuesOf(() => relayTicket(ticketIn('closed'), department({ siteId: 'site-2' }), null, { departmentId: 'd-eng', ask: ' ' }, ctx))).toEqual([
      'ask:required',
      'departmentId:invalid_choice',
      'ticketId:invalid_choice',
    ]);
    expect(issuesOf(() => relayTicket(ticketIn('assigned'), department({ active: false }), null, { departmentId: 'd-eng', ask: 'x' }, ctx))).toEqual(['departmentId:invalid_choice']);
    expect(issuesOf(() => relayTicket(ticketIn('resolved'), null, null, { departmentId: 'nope', ask: 'x' }, ctx))).toEqual(['departmentId:invalid_choice', 'ticketId:invalid_choice']);
  });

  it('corrects only a relay of this ticket returned as not ours, to another department', () => {
    const misrouted = relayOf({ id: 'r-1', departmentId: 'd-prop', status: 'returned', returnReason: 'not_ours' });
    const ok = relayTicket(ticketIn('assigned'), department(), misrouted, { departmentId: 'd-eng', ask: 'x', correctsRelayId: 'r-1' }, ctx);
    expect(ok.relay.correctsRelayId).toBe('r-1');
    for (const wrong of [
      relayOf({ id: 'r-1', departmentId: 'd-prop', status: 'returned', returnReason: 'cannot_handle' }),
      relayOf({ id: 'r-1', departmentId: 'd-prop', status: 'pending' }),
      relayOf({ id: 'r-1', departmentId: 'd-eng', status: 'returned', returnReason: 'not_ours' }),
      relayOf({ id: 'r-1', departmentId: 'd-prop', status: 'returned', returnReason: 'not_ours', subject: { kind: 'ticket', ticketId: 't-other' } }),
    ]) {
      expect(issuesOf(() => relayTicket(ticketIn('assigned'), department(), wrong, { departmentId: 'd-eng', ask: 'x', correctsRelayId: 'r-1' }, ctx))).toEqual(['correctsRelayId:invalid_choice']);
    }
    expect(issuesOf(() => relayTicket(ticketIn('assigned'), department(), null, { departmentId: 'd-eng', ask: 'x', correctsRelayId: 'r-9' }, ctx))).toEqual(['correctsRelayId:invalid_choice']);
  });
});

describe('respondToRelay', () => {
  const by = { now, staffId: 'staff-eng', byPhone: false };

  it('accepts, then replies; the reply is final', () => {
    const accepted = respondToRelay(relayOf(), { type: 'accept' }, by);
    expect(accepted).toMatchObject({ status: 'accepted', acceptedAt: now, respondedById: 'staff-eng', version: 2 });
    const replied = respondToRelay(accepted, { type: 'reply', reply: ' 已修复 ' }, by);
    expect(replied).toMatchObject({ status: 'replied', reply: '已修复', repliedAt: now, version: 3 });
    expect(issuesOf(() => respondToRelay(replied, { type: 'accept' }, by))).toEqual(['relayId:invalid_choice']);
  });

  it('records an answer taken by phone', () => {
    expect(respondToRelay(relayOf(), { type: 'reply', reply: '明天上午处理' }, { ...by, staffId: 'staff-1', byPhone: true })).toMatchObject({ byPhone: true, acceptedAt: now });
  });

  it('returns with a reason; a reply on a returned relay is refused', () => {
    const returned = respondToRelay(relayOf(), { type: 'return', reason: 'not_ours' }, by);
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'not_ours', returnNote: null });
    expect(issuesOf(() => respondToRelay(returned, { type: 'reply', reply: 'x' }, by))).toEqual(['relayId:invalid_choice']);
    expect(issuesOf(() => respondToRelay(relayOf(), { type: 'return', reason: 'cannot_handle', note: '' }, by))).toEqual(['note:required']);
    expect(issuesOf(() => respondToRelay(relayOf(), { type: 'return', reason: 'lost' as never }, by))).toEqual(['reason:invalid_choice']);
    expect(issuesOf(() => respondToRelay(relayOf(), { type: 'reply', reply: ' ' }, by))).toEqual(['reply:required']);
  });
});

describe('ticketAfterResponse', () => {
  const name = { zh: '工程维修部', en: 'Engineering & repairs' };
  const by = { now, staffId: 'staff-eng' };

  it('tells the requester of an acceptance and the reply, without staff facts', () => {
    const replied = relayOf({ status: 'replied', reply: '已更换水管', byPhone: true });
    const { ticket, event } = ticketAfterResponse(ticketIn('relayed'), replied, name, 0, by);
    expect(ticket).toMatchObject({ status: 'relayed', version: 4 });
    expect(event).toMatchObject({ type: 'relay_replied', visibleToRequester: true });
    expect(requesterView({ ...event, id: 'e' })!.data).toEqual({ departmentName: name, reply: '已更换水管' });
    expect(ticketAfterResponse(ticketIn('relayed'), relayOf({ status: 'accepted' }), name, 0, by).event.type).toBe('relay_accepted');
  });

  it('puts a returned ticket back in the queue, for staff eyes only, unless another relay is open', () => {
    const returned = relayOf({ status: 'returned', returnReason: 'not_ours' });
    const back = ticketAfterResponse(ticketIn('relayed'), returned, name, 0, by);
    expect(back.ticket).toMatchObject({ status: 'assigned', relayedTo: null });
    expect(back.event).toMatchObject({ type: 'relay_returned', visibleToRequester: false, fromStatus: 'relayed', toStatus: 'assigned' });
    expect(ticketAfterResponse(ticketIn('relayed', 'minor', { assigneeId: null }), returned, name, 0, by).ticket.status).toBe('received');
    expect(ticketAfterResponse(ticketIn('relayed'), returned, name, 1, by).ticket.status).toBe('relayed');
    expect(ticketAfterResponse(ticketIn('in_progress'), returned, name, 0, by).ticket.status).toBe('in_progress');
  });
});

describe('relay accuracy (信息传递准确率)', () => {
  it('counts relays, misrouted returns and corrections', () => {
    const facts = tallyRelayAccuracy([
      relayOf({ status: 'returned', returnReason: 'not_ours' }),
      relayOf({ correctsRelayId: 'r-1', status: 'replied' }),
      relayOf({ status: 'returned', returnReason: 'cannot_handle' }),
      relayOf({ status: 'pending' }),
    ]);
    expect(facts).toEqual({ relayed: 4, misrouted: 1, corrected: 1 });
    expect(relayAccuracy(facts)).toBe(0.75);
    expect(relayAccuracy({ relayed: 0, misrouted: 0, corrected: 0 })).toBeNull();
  });
});
