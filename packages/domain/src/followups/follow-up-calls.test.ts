import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { computeDeadlines, followUpDueAt } from '../tickets/sla.js';
import { applyCommand } from '../tickets/ticket-state-machine.js';
import type { Ticket } from '../tickets/ticket.js';
import { FollowUpRefusedError } from './follow-up.errors.js';
import { decideUnreached, handOverCall, MAX_FAILED_ATTEMPTS, openFollowUp, recordFailedCall, recordReachedCall, withdrawFollowUp } from './follow-up-calls.js';
import type { FollowUp } from './follow-up.js';

const HOUR = 3_600_000;
const receivedAt = new Date('2026-03-10T01:00:00Z');
const resolvedAt = new Date('2026-03-11T02:00:00Z');
const now = new Date('2026-03-12T02:00:00Z');

const resolvedRepair = (patch: Partial<Ticket> = {}): Ticket => ({
  id: 't-1',
  siteId: 'site-a',
  number: 7,
  kind: 'repair',
  channel: 'phone',
  severity: 'minor',
  status: 'resolved',
  title: '卫生间漏水',
  description: '',
  location: 'B2-015',
  preferredContactTime: null,
  requesterId: 'r-1',
  requesterKind: 'merchant',
  unitId: 'unit-merchant_service',
  assigneeId: 's-handler',
  relayedTo: null,
  repairCategory: 'other',
  requestedBy: null,
  receivedAt,
  deadlines: computeDeadlines({ kind: 'repair', severity: 'minor', receivedAt }),
  followUpDueAt: followUpDueAt({ kind: 'repair', repairCategory: 'other', resolvedAt }),
  handedOverAt: null,
  repliedAt: resolvedAt,
  resolvedAt,
  closedAt: null,
  escalationLevel: 0,
  satisfaction: null,
  createdById: 's-clerk',
  firstSeenByStaffAt: receivedAt,
  reopenCount: 0,
  reopenedAt: null,
  subject: null,
  version: 4,
  updatedAt: resolvedAt,
  ...patch,
});

const open = (patch: Partial<Ticket> = {}, policy = { otherCallerAfterReopen: true }): FollowUp =>
  openFollowUp(resolvedRepair(patch), { id: 'f-1', now: resolvedAt, policy })!;

const call = { now, callerId: 's-caller' };
const later = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('opening a follow-up', () => {
  it('opens one for a resolved repair, due when the tickets context says (001 走回访 (1) "其他维修项目2天内回访")', () => {
    const followUp = open();
    expect(followUp).toMatchObject({ ticketId: 't-1', handlerId: 's-handler', status: 'open', failedAttempts: 0, round: 0, callerMustNotBeHandler: false });
    expect(followUp.dueAt).toEqual(new Date(resolvedAt.getTime() + 48 * HOUR));
  });

  it('opens none for kinds that owe no 回访, nor before the ticket is resolved', () => {
    expect(openFollowUp(resolvedRepair({ kind: 'complaint', followUpDueAt: null }), { id: 'f', now })).toBeNull();
    expect(openFollowUp(resolvedRepair({ status: 'in_progress' }), { id: 'f', now })).toBeNull();
  });

  it('after a reopen wants a caller other than the handler, by the site policy (default on), and not when it is off', () => {
    expect(open({ reopenCount: 1 }).callerMustNotBeHandler).toBe(true);
    expect(openFollowUp(resolvedRepair({ reopenCount: 1 }), { id: 'f', now })!.callerMustNotBeHandler).toBe(true);
    expect(open({ reopenCount: 1 }, { otherCallerAfterReopen: false }).callerMustNotBeHandler).toBe(false);
    expect(() => recordFailedCall(open({ reopenCount: 1 }), { retryAt: later(2) }, { now, callerId: 's-handler' })).toThrow(FollowUpRefusedError);
    expect(recordFailedCall(open({ reopenCount: 0 }), { retryAt: later(2) }, { now, callerId: 's-handler' }).callerId).toBe('s-handler');
  });
});

describe('call attempts', () => {
  it('records a failed call with its retry time, and the caller takes the follow-up', () => {
    const next = recordFailedCall(open(), { retryAt: later(3), note: ' 无人接听 ' }, call);
    expect(next).toMatchObject({ status: 'open', failedAttempts: 1, callerId: 's-caller', nextCallAt: later(3), version: 2 });
    expect(next.attempts).toEqual([{ at: now, callerId: 's-caller', result: 'failed', retryAt: later(3), outcome: null, satisfaction: null, note: '无人接听' }]);
  });

  it('needs a retry time after now while attempts remain', () => {
    expect(() => recordFailedCall(open(), {}, call)).toThrow(ValidationError);
    expect(() => recordFailedCall(open(), { retryAt: now }, call)).toThrow(ValidationError);
  });

  it('hands the follow-up to the supervisor after the third failed attempt', () => {
    let f = open();
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) f = recordFailedCall(f, { retryAt: later(i + 1) }, call);
    f = recordFailedCall(f, {}, call);
    expect(f).toMatchObject({ status: 'awaiting_decision', failedAttempts: 3, nextCallAt: null });
    expect(() => recordFailedCall(f, { retryAt: later(9) }, call)).toThrow(FollowUpRefusedError);
    expect(() => recordReachedCall(f, { outcome: 'satisfied', satisfaction: 5 }, call)).toThrow(FollowUpRefusedError);
  });

  it('lets the supervisor close it unreached or assign the call again with fresh attempts', () => {
    let f = open();
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) f = recordFailedCall(f, { retryAt: later(i + 1) }, call);
    expect(decideUnreached(f, { kind: 'close' }, { now })).toMatchObject({ status: 'done', outcome: 'unreached', doneAt: now });
    const again = decideUnreached(f, { kind: 'reassign', callerId: 's-other' }, { now });
    expect(again).toMatchObject({ status: 'open', callerId: 's-other', failedAttempts: 0 });
    expect(again.attempts).toHaveLength(3);
    expect(() => decideUnreached(open(), { kind: 'close' }, { now })).toThrow(FollowUpRefusedError);
  });

  it('records a reached call: satisfied closes the follow-up and follows the ticket up', () => {
    const { followUp, command } = recordReachedCall(open(), { outcome: 'satisfied', satisfaction: 4, note: '已修好' }, call);
    expect(followUp).toMatchObject({ status: 'done', outcome: 'satisfied', doneAt: now });
    expect(command).toEqual({ type: 'followUp', satisfaction: 4, channel: 'phone', note: '已修好' });
    expect(applyCommand(resolvedRepair(), command, { now, actor: { kind: 'staff', id: 's-caller' } }).ticket.status).toBe('followed_up');
  });

  it('sends the ticket back to its handler when the problem is not fixed (001 走回访: problems go back to the repairer)', () => {
    const { followUp, command } = recordReachedCall(open(), { outcome: 'not_fixed', satisfaction: 1 }, call);
    expect(followUp.outcome).toBe('not_fixed');
    const { ticket } = applyCommand(resolvedRepair(), command, { now, actor: { kind: 'staff', id: 's-caller' } });
    expect(ticket).toMatchObject({ status: 'assigned', assigneeId: 's-handler', reopenCount: 1, reopenedAt: now, followUpDueAt: null });
  });

  it('refuses an outcome that disagrees with the satisfaction', () => {
    expect(() => recordReachedCall(open(), { outcome: 'satisfied', satisfaction: 2 }, call)).toThrow(ValidationError);
    expect(() => recordReachedCall(open(), { outcome: 'not_fixed', satisfaction: 4 }, call)).toThrow(ValidationError);
  });

  it('withdraws a follow-up still owed when the ticket goes back to work another way', () => {
    expect(withdrawFollowUp(open(), now)).toMatchObject({ status: 'done', outcome: 'withdrawn' });
  });

  it('hands the call over to the one taking a leaver’s work, or back to the pool when they may not call it', () => {
    const owed = { ...open(), callerId: 's-leaver' };
    expect(handOverCall(owed, 's-next')).toMatchObject({ callerId: 's-next', version: owed.version + 1 });
    const reopened = { ...open({ reopenCount: 1 }), callerId: 's-leaver' };
    expect(handOverCall(reopened, 's-handler')).toMatchObject({ callerId: null });
    const done = withdrawFollowUp(owed, now);
    expect(handOverCall(done, 's-next')).toBe(done);
  });

  it('puts the call back in the pool of its unit’s queue when the leaver’s work goes back to the queue', () => {
    const owed = { ...recordFailedCall(open(), { retryAt: later(4) }, call), callerId: 's-leaver' };
    expect(handOverCall(owed, null)).toMatchObject({
      callerId: null,
      unitId: owed.unitId,
      status: owed.status,
      failedAttempts: 1,
      dueAt: owed.dueAt,
      version: owed.version + 1,
    });
    const done = withdrawFollowUp(owed, now);
    expect(handOverCall(done, null)).toBe(done);
  });
});

type Step = { kind: 'fail'; retryHours: number } | { kind: 'reach' } | { kind: 'close' } | { kind: 'reassign' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('fail' as const), retryHours: fc.integer({ min: 1, max: 72 }) }),
  fc.constant({ kind: 'reach' as const }),
  fc.constant({ kind: 'close' as const }),
  fc.constant({ kind: 'reassign' as const }),
);

describe('the attempts rule (property)', () => {
  it('never allows more than three failed attempts without a decision, and decides exactly after the third', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 20 }), (steps) => {
        let f = open();
        let failedSinceDecision = 0;
        for (const step of steps) {
          const before = f;
          try {
            if (step.kind === 'fail') f = recordFailedCall(f, { retryAt: later(step.retryHours) }, call);
            else if (step.kind === 'reach') f = recordReachedCall(f, { outcome: 'satisfied', satisfaction: 5 }, call).followUp;
            else if (step.kind === 'close') f = decideUnreached(f, { kind: 'close' }, { now });
            else f = decideUnreached(f, { kind: 'reassign', callerId: 's-other' }, { now });
          } catch (error) {
            // A refused step changes nothing, and is refused only when the state says so.
            expect(error).toBeInstanceOf(FollowUpRefusedError);
            expect(f).toBe(before);
            if (step.kind === 'fail' || step.kind === 'reach') expect(before.status).not.toBe('open');
            else expect(before.status).not.toBe('awaiting_decision');
            continue;
          }
          if (step.kind === 'fail') failedSinceDecision += 1;
          if (step.kind === 'reassign') failedSinceDecision = 0;
          expect(f.failedAttempts).toBe(failedSinceDecision);
          expect(f.failedAttempts).toBeLessThanOrEqual(MAX_FAILED_ATTEMPTS);
          expect(f.status === 'awaiting_decision').toBe(f.failedAttempts === MAX_FAILED_ATTEMPTS && f.outcome === null);
          expect(f.status === 'done').toBe(f.outcome !== null && f.doneAt !== null);
          expect(f.attempts.length).toBeGreaterThanOrEqual(before.attempts.length);
        }
      }),
    );
  });
});
