import { InputChecker } from '../shared/validation.js';

const MINUTE = 60_000;

/**
 * The site's reception standard: a visitor is received within this many minutes of arriving.
 * Product default 3 minutes, configurable per site; the seed names the KPI 来客准时接待率
 * (seed 002, office clerk) but no number.
 */
export const DEFAULT_RECEPTION_STANDARD_MINUTES = 3;
export const RECEPTION_STANDARD_RANGE = { min: 1, max: 120 } as const;

export const checkReceptionStandard = (minutes: number): number => {
  new InputChecker().integer('minutes', minutes, { ...RECEPTION_STANDARD_RANGE, required: true }).check();
  return minutes;
};

/** How long a contact waited: until it was received, or until `now` while it still waits. */
export const waitedMs = (arrivedAt: Date, receivedAt: Date | null, now: Date): number =>
  Math.max(0, (receivedAt ?? now).getTime() - arrivedAt.getTime());

/**
 * Late when the wait is longer than the standard: received at exactly the standard is on time.
 * A waiting visitor turns late once the standard has passed, and never turns on time again.
 */
export const isReceptionLate = (arrivedAt: Date, receivedAt: Date | null, now: Date, standardMinutes: number): boolean =>
  waitedMs(arrivedAt, receivedAt, now) > standardMinutes * MINUTE;

/** The instant a still-waiting visitor becomes late. */
export const lateFrom = (arrivedAt: Date, standardMinutes: number): Date => new Date(arrivedAt.getTime() + standardMinutes * MINUTE);
