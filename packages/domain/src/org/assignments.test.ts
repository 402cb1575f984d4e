import { describe, it, expect } from 'vitest';
import type { Assignment } from './assignment.js';
import { assign, currentHolders, endAssignment, firstDayHeldAt, isCurrent, positionsHeldBy, vacancies } from './assignments.js';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { InvalidAssignmentEndError, OverlappingAssignmentError, UnknownPositionError } from './org.errors.js';

const d = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
const chart = buildChartFromCatalogue('site-a');
const assignment = (over: Partial<Assignment> = {}): Assignment => ({
  id: 'a1',
  siteId: 'site-a',
  staffId: 's1',
  positionId: 'pos-hall_clerk',
  startsOn: d('2025-01-01'),
  endsOn: d('2025-02-01'),
  acting: false,
  ...over,
});

describe('isCurrent', () => {
  it('includes the first day and excludes the end day', () => {
    const a = assignment();
    expect(isCurrent(a, d('2024-12-31'))).toBe(false);
    expect(isCurrent(a, d('2025-01-01'))).toBe(true);
    expect(isCurrent(a, new Date(d('2025-02-01').getTime() - 1))).toBe(true);
    expect(isCurrent(a, d('2025-02-01'))).toBe(false);
  });

  it('treats a null end as open', () => {
    expect(isCurrent(assignment({ endsOn: null }), d('2099-01-01'))).toBe(true);
  });
});

describe('firstDayHeldAt', () => {
  const holdsFrom = (now: Date, timeZone: string) => ({ startsOn: firstDayHeldAt(now, timeZone), endsOn: null }) as Assignment;

  it('is the site’s today when the site and UTC agree on the date', () => {
    const now = new Date('2026-11-30T02:00:00Z');
    expect(firstDayHeldAt(now, 'Asia/Shanghai')).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(isCurrent(holdsFrom(now, 'Asia/Shanghai'), now)).toBe(true);
  });

  it('holds at once after the site’s midnight, east of UTC', () => {
    // 00:30 on 1 December in Shanghai is still 30 November in UTC.
    const now = new Date('2026-11-30T16:30:00Z');
    expect(firstDayHeldAt(now, 'Asia/Shanghai')).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(isCurrent(holdsFrom(now, 'Asia/Shanghai'), now)).toBe(true);
  });

  it('holds at once west of UTC, on the site’s date', () => {
    const now = new Date('2026-12-01T03:00:00Z'); // 22:00 on 30 November in New York
    expect(firstDayHeldAt(now, 'America/New_York')).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(isCurrent(holdsFrom(now, 'America/New_York'), now)).toBe(true);
  });
});

describe('assign', () => {
  const once = assign(chart, assignment());

  it('adds the assignment', () => {
    expect(once.assignments).toHaveLength(1);
    expect(chart.assignments).toHaveLength(0);
  });

  it('refuses the same person in the same position for an overlapping span', () => {
    const attempt = () => assign(once, assignment({ id: 'a2', startsOn: d('2025-01-31'), endsOn: null }));
    expect(attempt).toThrow(OverlappingAssignmentError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'ORG.OVERLAPPING_ASSIGNMENT', facts: { staffId: 's1', positionId: 'pos-hall_clerk', existingAssignmentId: 'a1' } }));
  });

  it('refuses overlap with an open assignment', () => {
    const open = assign(chart, assignment({ endsOn: null }));
    expect(() => assign(open, assignment({ id: 'a2', startsOn: d('2030-01-01'), endsOn: d('2030-02-01') }))).toThrow(OverlappingAssignmentError);
  });

  it('accepts a span that starts on the day the previous one ends (end is exclusive)', () => {
    expect(assign(once, assignment({ id: 'a2', startsOn: d('2025-02-01'), endsOn: null })).assignments).toHaveLength(2);
  });

  it('accepts a span that ends on the day the previous one starts', () => {
    expect(assign(once, assignment({ id: 'a2', startsOn: d('2024-12-01'), endsOn: d('2025-01-01') })).assignments).toHaveLength(2);
  });

  it('accepts another person, or the same person in another position', () => {
    expect(assign(once, assignment({ id: 'a2', staffId: 's2' })).assignments).toHaveLength(2);
    expect(assign(once, assignment({ id: 'a2', positionId: 'pos-floor_clerk', acting: true })).assignments).toHaveLength(2);
  });

  it('refuses unknown positions and spans that end before they start', () => {
    expect(() => assign(chart, assignment({ positionId: 'nope' }))).toThrow(UnknownPositionError);
    expect(() => assign(chart, assignment({ endsOn: d('2025-01-01') }))).toThrow(InvalidAssignmentEndError);
  });
});

describe('endAssignment', () => {
  it('ends an open assignment', () => {
    expect(endAssignment(assignment({ endsOn: null }), d('2025-03-01')).endsOn).toEqual(d('2025-03-01'));
  });

  it('refuses an end on or before the start', () => {
    expect(() => endAssignment(assignment(), d('2025-01-01'))).toThrow(expect.objectContaining({ code: 'ORG.INVALID_ASSIGNMENT_END' }));
    expect(() => endAssignment(assignment(), d('2024-01-01'))).toThrow(InvalidAssignmentEndError);
  });
});

describe('holders and vacancies', () => {
  const staffed = buildChartFromCatalogue('site-a', [
    { staffId: 'h1', position: 'hall_clerk', startsOn: d('2024-01-01') },
    { staffId: 'h2', position: 'hall_clerk', startsOn: d('2024-01-01'), endsOn: d('2025-01-01') },
    { staffId: 'h3', position: 'hall_clerk', startsOn: d('2024-06-01') },
    { staffId: 'o1', position: 'hall_clerk', startsOn: d('2024-06-01'), acting: true },
    { staffId: 'o1', position: 'office_clerk', startsOn: d('2024-01-01') },
    { staffId: 'x1', position: 'director', startsOn: d('2024-01-01') },
    { staffId: 'x2', position: 'director', startsOn: d('2024-02-01') },
  ]);
  const now = d('2025-06-01');

  it('lists current holders, regular before acting', () => {
    expect(currentHolders(staffed, 'pos-hall_clerk', now).map((a) => a.staffId)).toEqual(['h1', 'h3', 'o1']);
    expect(currentHolders(staffed, 'pos-hall_clerk', d('2024-03-01')).map((a) => a.staffId)).toEqual(['h1', 'h2']);
  });

  it('counts open seats: headcount minus regular holders', () => {
    expect(vacancies(staffed, 'pos-hall_clerk', now)).toBe(1); // 3 seats, h1 and h3; o1 only acts
    expect(vacancies(staffed, 'pos-hall_clerk', d('2024-03-01'))).toBe(1);
    expect(vacancies(staffed, 'pos-office_clerk', now)).toBe(1);
    expect(vacancies(staffed, 'pos-cart_driver', now)).toBe(4);
  });

  it('never goes below zero', () => {
    expect(vacancies(staffed, 'pos-director', now)).toBe(0);
  });

  it('lists the positions a person holds', () => {
    expect(positionsHeldBy(staffed, 'o1', now).map((p) => p.code)).toEqual(['office_clerk', 'hall_clerk']);
    expect(positionsHeldBy(staffed, 'h2', now)).toEqual([]);
  });
});
