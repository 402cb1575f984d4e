import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/validation.js';
import { checkAcknowledge, checkMessage, checkMessageEscalation, escalatesAt, isEscalated, messageAgeMs, type Message } from './message.js';

const MINUTE = 60_000;
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+08:00`);
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
};
const message = (over: Partial<Message> = {}): Message => ({
  id: 'm1',
  siteId: 'site-a',
  fromName: '鑫源瓷砖 王老板',
  fromPhone: null,
  forStaffId: 's-floor-sup',
  forUnitId: null,
  text: '请回电',
  urgency: 'normal',
  takenById: 's-office',
  takenAt: at('10:00'),
  acknowledgedAt: null,
  acknowledgedById: null,
  ...over,
});

describe('a message', () => {
  it('is taken for one person or one unit, with who left it and what they said', () => {
    expect(checkMessage({ fromName: ' 王老板 ', fromPhone: ' ', forStaffId: 's1', forUnitId: '', text: ' 请回电 ', urgency: 'urgent' })).toEqual({
      fromName: '王老板',
      fromPhone: null,
      forStaffId: 's1',
      forUnitId: null,
      text: '请回电',
      urgency: 'urgent',
    });
    expect(issuesOf(() => checkMessage({ fromName: '', text: '', urgency: 'soon' }))).toEqual([
      { field: 'fromName', rule: 'required' },
      { field: 'text', rule: 'required' },
      { field: 'urgency', rule: 'invalid_choice' },
      { field: 'forStaffId', rule: 'required' },
    ]);
    expect(issuesOf(() => checkMessage({ fromName: 'x', text: 'y', urgency: 'normal', forStaffId: 's1', forUnitId: 'u1' }))).toEqual([{ field: 'forUnitId', rule: 'invalid_choice' }]);
  });

  it('is acknowledged once', () => {
    expect(() => checkAcknowledge(message())).not.toThrow();
    expect(issuesOf(() => checkAcknowledge(message({ acknowledgedAt: at('10:05') })))).toEqual([{ field: 'id', rule: 'invalid_choice' }]);
  });

  it('ages until acknowledged', () => {
    expect(messageAgeMs(message(), at('10:20'))).toBe(20 * MINUTE);
    expect(messageAgeMs(message({ acknowledgedAt: at('10:05') }), at('12:00'))).toBe(5 * MINUTE);
  });

  it('goes to the taker’s supervisors once the site’s time has passed unacknowledged, urgent ones at half of it', () => {
    expect(isEscalated(message(), at('10:29'), 30)).toBe(false);
    expect(isEscalated(message(), at('10:30'), 30)).toBe(true);
    expect(isEscalated(message({ urgency: 'urgent' }), at('10:15'), 30)).toBe(true);
    expect(isEscalated(message({ acknowledgedAt: at('10:10') }), at('12:00'), 30)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 1440 }), fc.integer({ min: 0, max: 3000 * MINUTE }), fc.constantFrom('normal', 'urgent' as const), (minutes, elapsed, urgency) => {
        const m = message({ urgency });
        const now = new Date(m.takenAt.getTime() + elapsed);
        expect(isEscalated(m, now, minutes)).toBe(now.getTime() >= escalatesAt(m, minutes).getTime());
        if (urgency === 'urgent') expect(escalatesAt(m, minutes).getTime()).toBeLessThan(escalatesAt({ ...m, urgency: 'normal' }, minutes).getTime());
      }),
    );
  });

  it('accepts an escalation time of 5 minutes to a day', () => {
    expect(checkMessageEscalation(30)).toBe(30);
    expect(() => checkMessageEscalation(4)).toThrow(ValidationError);
  });
});
