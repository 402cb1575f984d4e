import { describe, expect, it } from 'vitest';
import { requesterOutcome, requesterView } from './ticket-timeline.js';
import type { TicketEvent } from './ticket.js';

describe('requesterView', () => {
  it('hides internal events', () => {
    expect(requesterView({ visibleToRequester: false, data: { reason: 'x' } })).toBeNull();
  });

  it('strips staff-only facts from visible ones', () => {
    const event = { type: 'relayed', visibleToRequester: true, data: { department: 'engineering', internal: { note: 'n' } } };
    expect(requesterView(event)).toEqual({ type: 'relayed', visibleToRequester: true, data: { department: 'engineering' } });
    expect(event.data.internal).toEqual({ note: 'n' });
  });
});

describe('requesterOutcome', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 2, minute));
  const event = (minute: number, type: TicketEvent['type'], data: Record<string, unknown>, visibleToRequester = true) => ({
    at: at(minute),
    type,
    data,
    visibleToRequester,
  });

  it('has nothing to tell before a result', () => {
    expect(requesterOutcome([event(0, 'created', {}), event(1, 'assigned', { internal: { assigneeId: 's' } })])).toEqual({
      resolution: null,
      resolvedAt: null,
      followUp: null,
    });
  });

  it('tells the result and what the follow-up concluded, never the staff-only note', () => {
    const outcome = requesterOutcome([
      event(0, 'created', {}),
      event(5, 'resolved', { resolution: '已更换灯管', internal: { assigneeId: 's', resolverBecameHandler: true } }),
      event(9, 'followed_up', { satisfaction: 4, channel: 'phone', reopened: false, internal: { note: '商户语气不耐烦' } }),
    ]);
    expect(outcome).toEqual({
      resolution: '已更换灯管',
      resolvedAt: at(5),
      followUp: { at: at(9), satisfaction: 4, channel: 'phone', reopened: false },
    });
    expect(JSON.stringify(outcome)).not.toContain('不耐烦');
  });

  it('takes the result back when the request is reopened, and tells the next one', () => {
    const reopened = [event(5, 'resolved', { resolution: '第一次' }), event(6, 'reopened', { internal: { reason: 'r' } })];
    expect(requesterOutcome(reopened).resolution).toBeNull();
    expect(requesterOutcome([...reopened, event(8, 'resolved', { resolution: '第二次' })]).resolution).toBe('第二次');
    expect(requesterOutcome([event(5, 'resolved', { resolution: 'x' }), event(6, 'rated', { stars: 1, reopened: true })]).resolution).toBeNull();
  });

  it('ignores events the requester may not see', () => {
    expect(requesterOutcome([event(5, 'resolved', { resolution: '内部' }, false)]).resolution).toBeNull();
  });
});
