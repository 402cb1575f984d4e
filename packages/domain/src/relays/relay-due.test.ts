import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../tickets/ticket.js';
import { isRelayOverdue, relayDueAt } from './relay-due.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOW = { major: 2 * DAY, important: 3 * DAY, minor: 2 * DAY } as const;
const at = (iso: string): Date => new Date(iso);

// Instants across month, year and leap-day ends, in a fixed range.
const instantArb = fc.date({ min: at('2025-12-01T00:00:00Z'), max: at('2028-03-31T00:00:00Z'), noInvalidDate: true });
const zoneArb = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati');

describe('relayDueAt', () => {
  it.each([
    ['major', '2026-03-12T01:00:00.000Z'],
    ['important', '2026-03-13T01:00:00.000Z'],
    ['minor', '2026-03-12T01:00:00.000Z'],
  ] as const)('gives a %s relay its window from the relay', (severity, due) => {
    expect(relayDueAt({ severity, relayedAt: at('2026-03-10T01:00:00Z') }).toISOString()).toBe(due);
  });

  it('is never after the ticket must be resolved', () => {
    const relayedAt = at('2026-03-10T01:00:00Z');
    expect(relayDueAt({ severity: 'important', relayedAt, ticketResolveBy: at('2026-03-11T00:00:00Z') })).toEqual(at('2026-03-11T00:00:00Z'));
  });

  it('ignores a ticket deadline already passed, so a relay is never born overdue', () => {
    const relayedAt = at('2026-03-10T01:00:00Z');
    expect(relayDueAt({ severity: 'minor', relayedAt, ticketResolveBy: at('2026-03-09T00:00:00Z') })).toEqual(at('2026-03-12T01:00:00Z'));
  });

  it('takes a minor requester’s own deadline', () => {
    const relayedAt = at('2026-03-10T01:00:00Z');
    expect(relayDueAt({ severity: 'minor', relayedAt, requestedBy: at('2026-03-15T00:00:00Z') })).toEqual(at('2026-03-15T00:00:00Z'));
  });

  it('property: after the relay, within the severity window, never after a future ticket deadline', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEVERITIES), instantArb, fc.option(fc.integer({ min: -5 * DAY, max: 15 * DAY })), zoneArb, (severity, relayedAt, offset, timeZone) => {
        const ticketResolveBy = offset === null ? null : new Date(relayedAt.getTime() + offset);
        const due = relayDueAt({ severity, relayedAt, ticketResolveBy, timeZone });
        expect(due.getTime()).toBeGreaterThan(relayedAt.getTime());
        expect(due.getTime() - relayedAt.getTime()).toBeLessThanOrEqual(WINDOW[severity]);
        if (ticketResolveBy && ticketResolveBy.getTime() > relayedAt.getTime()) expect(due.getTime()).toBeLessThanOrEqual(ticketResolveBy.getTime());
        expect(isRelayOverdue({ status: 'pending', dueAt: due }, relayedAt)).toBe(false);
      }),
    );
  });

  it('property: a later relay is never due earlier (without a ticket deadline)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEVERITIES), instantArb, fc.integer({ min: 0, max: 30 * DAY }), (severity, relayedAt, later) => {
        const a = relayDueAt({ severity, relayedAt });
        const b = relayDueAt({ severity, relayedAt: new Date(relayedAt.getTime() + later) });
        expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
      }),
    );
  });
});

describe('isRelayOverdue', () => {
  const dueAt = at('2026-03-12T01:00:00Z');
  it('counts only unanswered relays past their due time (the due time itself is on time)', () => {
    expect(isRelayOverdue({ status: 'pending', dueAt }, dueAt)).toBe(false);
    expect(isRelayOverdue({ status: 'accepted', dueAt }, new Date(dueAt.getTime() + 1))).toBe(true);
    expect(isRelayOverdue({ status: 'replied', dueAt }, new Date(dueAt.getTime() + DAY))).toBe(false);
    expect(isRelayOverdue({ status: 'returned', dueAt }, new Date(dueAt.getTime() + DAY))).toBe(false);
  });
});
