import { describe, expect, it } from 'vitest';
import { followUpRatePeriod, followUpViewFilter, isFollowUpOverdue, matchesFollowUpFilter, tallyFollowUps, type FollowUpFacts } from './follow-up-queue.js';

// 10:00 in Shanghai on 12 March.
const now = new Date('2026-03-12T02:00:00Z');
const at = (iso: string) => new Date(iso);
const row = (dueAt: string, patch: Partial<{ status: 'open' | 'awaiting_decision' | 'done'; callerId: string | null }> = {}) => ({
  status: 'open' as const,
  callerId: null,
  dueAt: at(dueAt),
  ...patch,
});

describe('the 回访 queue views', () => {
  const ctx = { now, staffId: 's-me' };

  it('due today: open, not yet late, due before the mall day ends', () => {
    const filter = followUpViewFilter('due_today', ctx);
    expect(matchesFollowUpFilter(row('2026-03-12T15:59:00Z'), filter)).toBe(true);
    expect(matchesFollowUpFilter(row('2026-03-12T16:00:00Z'), filter)).toBe(false);
    expect(matchesFollowUpFilter(row('2026-03-12T01:00:00Z'), filter)).toBe(false);
  });

  it('overdue: still owed past its due time, the supervisor decisions included', () => {
    const filter = followUpViewFilter('overdue', ctx);
    expect(matchesFollowUpFilter(row('2026-03-12T01:00:00Z', { status: 'awaiting_decision' }), filter)).toBe(true);
    expect(matchesFollowUpFilter(row('2026-03-12T01:00:00Z', { status: 'done' }), filter)).toBe(false);
    expect(isFollowUpOverdue(row('2026-03-12T01:00:00Z'), now)).toBe(true);
  });

  it('mine: the calls the viewer took; team: every one still owed', () => {
    expect(matchesFollowUpFilter(row('2026-03-20T00:00:00Z', { callerId: 's-me' }), followUpViewFilter('mine', ctx))).toBe(true);
    expect(matchesFollowUpFilter(row('2026-03-20T00:00:00Z', { callerId: 's-you' }), followUpViewFilter('mine', ctx))).toBe(false);
    expect(matchesFollowUpFilter(row('2026-03-20T00:00:00Z', { callerId: 's-you' }), followUpViewFilter('team', ctx))).toBe(true);
  });
});

describe('the rates (001 走回访 (1) "对维修服务回访处理率达100%")', () => {
  it('counts the follow-ups due in the mall month, on time when reached by the due time', () => {
    const period = followUpRatePeriod(now);
    expect(period.from).toEqual(at('2026-02-28T16:00:00Z'));
    const facts: FollowUpFacts[] = [
      { dueAt: at('2026-03-05T00:00:00Z'), doneAt: at('2026-03-04T00:00:00Z'), outcome: 'satisfied' },
      { dueAt: at('2026-03-06T00:00:00Z'), doneAt: at('2026-03-07T00:00:00Z'), outcome: 'not_fixed' },
      { dueAt: at('2026-03-07T00:00:00Z'), doneAt: at('2026-03-07T00:00:00Z'), outcome: 'unreached' },
      { dueAt: at('2026-03-08T00:00:00Z'), doneAt: null, outcome: null },
      { dueAt: at('2026-03-09T00:00:00Z'), doneAt: at('2026-03-08T00:00:00Z'), outcome: 'withdrawn' },
      { dueAt: at('2026-02-20T00:00:00Z'), doneAt: at('2026-02-19T00:00:00Z'), outcome: 'satisfied' },
    ];
    expect(tallyFollowUps(facts, period)).toEqual({ due: 4, onTime: 1, handled: 3, onTimeRate: 0.25, handledRate: 0.75 });
  });

  it('has no rate when nothing was due', () => {
    expect(tallyFollowUps([], followUpRatePeriod(now))).toMatchObject({ due: 0, onTimeRate: null, handledRate: null });
  });
});
