import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReceptionStandard, DEFAULT_RECEPTION_STANDARD_MINUTES, isReceptionLate, lateFrom, waitedMs } from './reception-standard.js';

const MINUTE = 60_000;
const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+08:00`);

const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
const standard = fc.integer({ min: 1, max: 120 });
const duration = fc.integer({ min: 0, max: 6 * 60 * MINUTE });

describe('reception lateness', () => {
  it('marks a walk-in at 10:00 received at 10:04 late against the default of 3 minutes', () => {
    expect(DEFAULT_RECEPTION_STANDARD_MINUTES).toBe(3);
    expect(waitedMs(at('10:00'), at('10:04'), at('11:00'))).toBe(4 * MINUTE);
    expect(isReceptionLate(at('10:00'), at('10:04'), at('11:00'), 3)).toBe(true);
    expect(isReceptionLate(at('10:00'), at('10:03'), at('11:00'), 3)).toBe(false);
    expect(isReceptionLate(at('10:00'), at('10:04'), at('11:00'), 5)).toBe(false);
  });

  it('is late exactly when the wait is longer than the standard', () => {
    fc.assert(
      fc.property(instant, duration, standard, duration, (arrived, wait, minutes, after) => {
        const received = new Date(arrived.getTime() + wait);
        const now = new Date(received.getTime() + after);
        expect(isReceptionLate(arrived, received, now, minutes)).toBe(wait > minutes * MINUTE);
      }),
    );
  });

  it('does not change for a received contact as time goes on', () => {
    fc.assert(
      fc.property(instant, duration, standard, duration, duration, (arrived, wait, minutes, a, b) => {
        const received = new Date(arrived.getTime() + wait);
        const late = (later: number) => isReceptionLate(arrived, received, new Date(received.getTime() + later), minutes);
        expect(late(a)).toBe(late(b));
      }),
    );
  });

  it('turns a waiting visitor late at the standard and never back', () => {
    fc.assert(
      fc.property(instant, standard, duration, duration, (arrived, minutes, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const lateAt = (elapsed: number) => isReceptionLate(arrived, null, new Date(arrived.getTime() + elapsed), minutes);
        if (lateAt(earlier)) expect(lateAt(later)).toBe(true);
        expect(lateAt(earlier)).toBe(arrived.getTime() + earlier > lateFrom(arrived, minutes).getTime());
      }),
    );
  });

  it('is never later with a longer standard, and a wait is never negative', () => {
    fc.assert(
      fc.property(instant, duration, standard, standard, duration, (arrived, wait, m1, m2, skew) => {
        const received = new Date(arrived.getTime() + wait);
        const [short, long] = m1 <= m2 ? [m1, m2] : [m2, m1];
        if (isReceptionLate(arrived, received, received, long)) expect(isReceptionLate(arrived, received, received, short)).toBe(true);
        expect(waitedMs(arrived, null, new Date(arrived.getTime() - skew))).toBe(0);
      }),
    );
  });

  it('accepts a standard of whole minutes from 1 to 120', () => {
    expect(checkReceptionStandard(5)).toBe(5);
    for (const bad of [0, 121, 2.5]) expect(() => checkReceptionStandard(bad)).toThrow(/minutes \(out_of_range\)/);
  });
});
