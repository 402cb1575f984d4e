import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeadlines,
  endOfLocalDay,
  followUpDueAt,
  isOverdue,
  nextDeadline,
  slaState,
} from './sla.js';
import { SEVERITIES, type SlaDeadlines, type Ticket } from './ticket.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string): Date => new Date(iso);
const plus = (d: Date, ms: number): Date => new Date(d.getTime() + ms);

const localDate = (d: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

describe('endOfLocalDay', () => {
  it.each([
    // Shanghai is UTC+8: local 2026-03-10 09:15 ends at local 23:59:59.999 = 15:59:59.999Z.
    ['2026-03-10T01:15:00Z', '2026-03-10T15:59:59.999Z'],
    // 23:30 local on the 10th is 15:30Z: same local day.
    ['2026-03-10T15:30:00Z', '2026-03-10T15:59:59.999Z'],
    // 00:30 local on the 11th is 16:30Z on the 10th: the local day is the 11th.
    ['2026-03-10T16:30:00Z', '2026-03-11T15:59:59.999Z'],
    // Month end: local Jan 31 22:00 and local Feb 1 00:10.
    ['2026-01-31T14:00:00Z', '2026-01-31T15:59:59.999Z'],
    ['2026-01-31T16:10:00Z', '2026-02-01T15:59:59.999Z'],
    // Leap day.
    ['2028-02-28T20:00:00Z', '2028-02-29T15:59:59.999Z'],
    // Year end: local Dec 31 23:59 and local Jan 1 00:00 exactly.
    ['2026-12-31T15:59:00Z', '2026-12-31T15:59:59.999Z'],
    ['2026-12-31T16:00:00Z', '2027-01-01T15:59:59.999Z'],
  ])('in Asia/Shanghai %s ends at %s', (received, end) => {
    expect(endOfLocalDay(at(received), 'Asia/Shanghai').toISOString()).toBe(end);
  });

  it('defaults to the mall zone Asia/Shanghai', () => {
    expect(endOfLocalDay(at('2026-03-10T01:15:00Z')).toISOString()).toBe('2026-03-10T15:59:59.999Z');
  });

  it('works in other zones, whatever the process TZ', () => {
    expect(endOfLocalDay(at('2026-03-10T01:15:00Z'), 'UTC').toISOString()).toBe('2026-03-10T23:59:59.999Z');
    expect(endOfLocalDay(at('2026-12-31T20:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2027-01-01T18:29:59.999Z');
    // New York springs forward on 2026-03-08: that local day is 23 hours long.
    expect(endOfLocalDay(at('2026-03-08T06:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-09T03:59:59.999Z');
    // And falls back on 2026-11-01: 25 hours long.
    expect(endOfLocalDay(at('2026-11-01T05:00:00Z'), 'America/New_York').toISOString()).toBe('2026-11-02T04:59:59.999Z');
  });

  it('property: the end is on the same local day, and one ms later the next day starts', () => {
    const zones = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney');
    fc.assert(
      fc.property(fc.date({ min: at('1990-01-01T00:00:00Z'), max: at('2090-12-31T00:00:00Z'), noInvalidDate: true }), zones, (d, zone) => {
        const end = endOfLocalDay(d, zone);
        expect(end.getTime()).toBeGreaterThanOrEqual(d.getTime());
        expect(end.getTime() - d.getTime()).toBeLessThan(25 * HOUR);
        expect(localDate(end, zone)).toBe(localDate(d, zone));
        expect(localDate(plus(end, 1), zone)).not.toBe(localDate(d, zone));
      }),
    );
  });
});

describe('computeDeadlines', () => {
  const received = at('2026-03-10T01:15:00Z'); // 09:15 in Shanghai

  it('major: director the same day, reply in 2 days, resolved in 10', () => {
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: received })).toEqual({
      handoverBy: at('2026-03-10T15:59:59.999Z'),
      replyBy: plus(received, 2 * DAY),
      resolveBy: plus(received, 10 * DAY),
    });
  });

  it('major received just before local midnight still has to reach the director that day', () => {
    const late = at('2026-03-10T15:50:00Z'); // 23:50 local
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: late }).handoverBy).toEqual(at('2026-03-10T15:59:59.999Z'));
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: late, timeZone: 'UTC' }).handoverBy).toEqual(at('2026-03-10T23:59:59.999Z'));
  });

  it('important: supervisor within 1 hour, resolved in 3 days, no separate reply', () => {
    expect(computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt: received })).toEqual({
      handoverBy: plus(received, HOUR),
      replyBy: null,
      resolveBy: plus(received, 3 * DAY),
    });
  });

  it('minor: resolved in 2 days', () => {
    expect(computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt: received })).toEqual({
      handoverBy: null,
      replyBy: null,
      resolveBy: plus(received, 2 * DAY),
    });
  });

  it("minor: the requester's own deadline replaces the 2 days, earlier or later", () => {
    const sooner = plus(received, 5 * HOUR);
    const later = plus(received, 7 * DAY);
    expect(computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt: received, requestedBy: sooner }).resolveBy).toEqual(sooner);
    expect(computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt: received, requestedBy: later }).resolveBy).toEqual(later);
  });

  it("minor: a requester's deadline that is not after intake is ignored", () => {
    expect(computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt: received, requestedBy: received }).resolveBy).toEqual(plus(received, 2 * DAY));
    expect(computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt: received, requestedBy: plus(received, -HOUR) }).resolveBy).toEqual(
      plus(received, 2 * DAY),
    );
  });

  it("requestedBy does not change major or important deadlines", () => {
    const asked = plus(received, HOUR);
    expect(computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt: received, requestedBy: asked }).resolveBy).toEqual(plus(received, 3 * DAY));
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: received, requestedBy: asked }).resolveBy).toEqual(plus(received, 10 * DAY));
  });

  it('the major handover can fall before the important one: 当天 is a calendar rule, 1 hour is not', () => {
    const late = at('2026-03-10T15:30:00Z'); // 23:30 local
    const major = computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt: late });
    const important = computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt: late });
    expect(major.handoverBy!.getTime()).toBeLessThan(important.handoverBy!.getTime());
  });

  describe('properties', () => {
    const dates = fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2080-01-01T00:00:00Z'), noInvalidDate: true });
    const zones = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Pacific/Auckland');
    const optionalRequest = fc.option(fc.integer({ min: -30 * DAY, max: 60 * DAY }), { nil: undefined });
    const all = (d: SlaDeadlines): Date[] => [d.handoverBy, d.replyBy, d.resolveBy].filter((x): x is Date => x !== null);

    it('no deadline is before intake, and each comes in order handover ≤ reply ≤ resolve', () => {
      fc.assert(
        fc.property(fc.constantFrom(...SEVERITIES), dates, zones, optionalRequest, (severity, receivedAt, timeZone, offset) => {
          const requestedBy = offset === undefined ? undefined : plus(receivedAt, offset);
          const d = computeDeadlines({ kind: 'complaint', severity, receivedAt, requestedBy, timeZone });
          for (const deadline of all(d)) expect(deadline.getTime()).toBeGreaterThanOrEqual(receivedAt.getTime());
          const ordered = all(d).map((x) => x.getTime());
          expect([...ordered].sort((a, b) => a - b)).toEqual(ordered);
        }),
      );
    });

    it('without a requester deadline, resolve windows are monotone in severity: major ≥ important ≥ minor', () => {
      fc.assert(
        fc.property(dates, zones, (receivedAt, timeZone) => {
          const resolve = (severity: (typeof SEVERITIES)[number]): number =>
            computeDeadlines({ kind: 'complaint', severity, receivedAt, timeZone }).resolveBy.getTime();
          expect(resolve('major')).toBeGreaterThanOrEqual(resolve('important'));
          expect(resolve('important')).toBeGreaterThanOrEqual(resolve('minor'));
        }),
      );
    });

    it('the important handover is never later than 1 hour, the major one never later than that local day', () => {
      fc.assert(
        fc.property(dates, zones, (receivedAt, timeZone) => {
          const major = computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt, timeZone }).handoverBy!;
          expect(localDate(major, timeZone)).toBe(localDate(receivedAt, timeZone));
          expect(computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt, timeZone }).handoverBy!.getTime() - receivedAt.getTime()).toBe(HOUR);
        }),
      );
    });
  });
});

describe('deadlines by kind', () => {
  const receivedAt = at('2026-03-10T01:00:00Z');

  // The complaint windows of 001_… 投诉接待 (5) apply to complaints only; other kinds follow the
  // site's policy, the product's own default when it sets none.
  it('other kinds follow the product default: no hand-over or reply step, resolved in 1, 2 or 3 days', () => {
    for (const kind of ['repair', 'consultation', 'service_request'] as const) {
      expect(computeDeadlines({ kind, severity: 'major', receivedAt })).toEqual({ handoverBy: null, replyBy: null, resolveBy: plus(receivedAt, DAY) });
      expect(computeDeadlines({ kind, severity: 'important', receivedAt }).resolveBy).toEqual(plus(receivedAt, 2 * DAY));
      expect(computeDeadlines({ kind, severity: 'minor', receivedAt }).resolveBy).toEqual(plus(receivedAt, 3 * DAY));
    }
    const own = plus(receivedAt, 5 * DAY);
    expect(computeDeadlines({ kind: 'repair', severity: 'minor', receivedAt, requestedBy: own }).resolveBy).toEqual(own);
  });

  it("a site's policy for a kind replaces the default for that kind only", () => {
    const policies = {
      repair: {
        major: { handoverWithinHours: 1, replyWithinHours: 4, resolveWithinHours: 12 },
        important: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 24 },
        minor: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 96 },
      },
    };
    expect(computeDeadlines({ kind: 'repair', severity: 'major', receivedAt, policies })).toEqual({
      handoverBy: plus(receivedAt, HOUR),
      replyBy: plus(receivedAt, 4 * HOUR),
      resolveBy: plus(receivedAt, 12 * HOUR),
    });
    expect(computeDeadlines({ kind: 'consultation', severity: 'major', receivedAt, policies }).resolveBy).toEqual(plus(receivedAt, DAY));
    expect(computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt, policies }).resolveBy).toEqual(plus(receivedAt, 10 * DAY));
  });
});

describe('followUpDueAt', () => {
  const resolvedAt = at('2026-03-10T08:00:00Z');

  it.each([
    ['safety', undefined, plus(resolvedAt, 2 * DAY)],
    ['other', undefined, plus(resolvedAt, 2 * DAY)],
    ['leak', at('2026-03-11T08:00:00Z'), at('2026-03-14T08:00:00Z')],
    ['leak', undefined, plus(resolvedAt, 3 * DAY)],
  ] as const)('repair %s (water test %s) is followed up by %s', (repairCategory, waterTestAt, due) => {
    expect(followUpDueAt({ kind: 'repair', repairCategory, resolvedAt, waterTestAt })).toEqual(due);
  });

  it('an uncategorised repair counts as other', () => {
    expect(followUpDueAt({ kind: 'repair', repairCategory: null, resolvedAt })).toEqual(plus(resolvedAt, 2 * DAY));
  });

  it.each(['complaint', 'consultation', 'service_request', 'return_exchange', 'logistics', 'technical', 'suggestion'] as const)(
    '%s owes no follow-up',
    (kind) => {
      expect(followUpDueAt({ kind, repairCategory: null, resolvedAt })).toBeNull();
    },
  );
});

describe('nextDeadline, slaState, isOverdue', () => {
  const receivedAt = at('2026-03-10T01:00:00Z');
  const major = computeDeadlines({ kind: 'complaint', severity: 'major', receivedAt });
  const facts = (
    patch: Partial<Ticket>,
  ): Pick<Ticket, 'status' | 'deadlines' | 'followUpDueAt' | 'receivedAt' | 'resolvedAt' | 'handedOverAt' | 'repliedAt'> => ({
    status: 'received',
    deadlines: major,
    followUpDueAt: null,
    receivedAt,
    resolvedAt: null,
    handedOverAt: null,
    repliedAt: null,
    ...patch,
  });
  const handed = { handedOverAt: receivedAt };
  const answered = { handedOverAt: receivedAt, repliedAt: receivedAt };

  // 001_… 投诉接待 (5): "当天呈送管理处主任进入处理程序,2天内给住户明确答复,10日内解决".
  it('a major complaint owes the hand-over until the director has it, and the reply until the requester is answered', () => {
    for (const status of ['received', 'assigned', 'relayed', 'in_progress'] as const) {
      // Dispatched to someone who is not the director, or worked on: the hand-over is still owed.
      expect(nextDeadline(facts({ status })), status).toEqual(major.handoverBy);
      // With the director (or the acting director): the reply is next, whether or not work has started.
      expect(nextDeadline(facts({ status, ...handed })), status).toEqual(major.replyBy);
      expect(nextDeadline(facts({ status, ...answered })), status).toEqual(major.resolveBy);
    }
  });

  it('then the follow-up once resolved, if one is owed', () => {
    const due = at('2026-03-15T00:00:00Z');
    expect(nextDeadline(facts({ status: 'resolved', followUpDueAt: due }))).toEqual(due);
    expect(nextDeadline(facts({ status: 'resolved' }))).toBeNull();
    for (const status of ['followed_up', 'closed', 'invalid'] as const) expect(nextDeadline(facts({ status }))).toBeNull();
  });

  it('minor tickets have only the resolve deadline', () => {
    const minor = computeDeadlines({ kind: 'complaint', severity: 'minor', receivedAt });
    expect(nextDeadline(facts({ status: 'received', deadlines: minor }))).toEqual(minor.resolveBy);
  });

  it('on_track, then due_soon under a quarter of the window, then overdue after the deadline', () => {
    const t = facts({ status: 'in_progress', ...answered }); // 10-day window
    expect(slaState(t, plus(receivedAt, 7 * DAY))).toBe('on_track');
    expect(slaState(t, plus(receivedAt, 7.6 * DAY))).toBe('due_soon');
    expect(slaState(t, major.resolveBy)).toBe('due_soon');
    expect(slaState(t, plus(major.resolveBy, 1))).toBe('overdue');
    expect(isOverdue(t, plus(major.resolveBy, 1))).toBe(true);
    expect(isOverdue(t, major.resolveBy)).toBe(false);
  });

  it('due_soon under 2 hours even when that is more than a quarter of the window', () => {
    const important = computeDeadlines({ kind: 'complaint', severity: 'important', receivedAt });
    expect(slaState(facts({ status: 'received', deadlines: important }), receivedAt)).toBe('due_soon');
    expect(slaState(facts({ status: 'received', deadlines: important }), plus(receivedAt, HOUR + 1))).toBe('overdue');
    // 001_… "应在接待一小时内转呈部门主管": once a supervisor has it, the 3 days are what is left.
    expect(slaState(facts({ status: 'assigned', deadlines: important, ...handed }), plus(receivedAt, HOUR + 1))).toBe('on_track');
  });

  it('the follow-up window opens at resolution', () => {
    const resolvedAt = at('2026-03-12T00:00:00Z');
    const t = facts({ status: 'resolved', resolvedAt, followUpDueAt: plus(resolvedAt, 2 * DAY) });
    expect(slaState(t, plus(resolvedAt, DAY))).toBe('on_track');
    expect(slaState(t, plus(resolvedAt, 1.7 * DAY))).toBe('due_soon');
    expect(slaState(t, plus(resolvedAt, 2 * DAY + 1))).toBe('overdue');
  });

  it('met when nothing is owed', () => {
    for (const status of ['followed_up', 'closed', 'invalid'] as const) {
      expect(slaState(facts({ status }), plus(receivedAt, 100 * DAY))).toBe('met');
      expect(isOverdue(facts({ status }), plus(receivedAt, 100 * DAY))).toBe(false);
    }
    expect(slaState(facts({ status: 'resolved' }), plus(receivedAt, 100 * DAY))).toBe('met');
  });
});
