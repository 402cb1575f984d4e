import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTallies, type KpiTallies } from '@kefu/domain/kpi';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { findKpiFacts, findTicketsBehindFigure, insertKpiTarget, listKpiTargets } from './index.js';
import { seedKpiMonth } from './testing/kpi-month-fixture.js';

const MARCH = { from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') };
const CLOCK = { timeZone: 'Asia/Shanghai', receptionStandardMinutes: 3 };

describe.each(enginesUnderTest())('KPI facts storage (%s)', (engine) => {
  let db: TestDatabase;
  let month: Awaited<ReturnType<typeof seedKpiMonth>>;
  let otherSiteId: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    month = await seedKpiMonth(db, 'kpi-a');
    otherSiteId = (await seedKpiMonth(db, 'kpi-b')).siteId;
  });
  afterAll(() => db.drop());

  const sum = (rows: { tallies: KpiTallies }[]): KpiTallies => rows.reduce<KpiTallies>((acc, r) => addTallies(acc, r.tallies), {});

  it('counts each decided ticket for its holder at the deciding event, in the position held that day', async () => {
    const rows = await findKpiFacts(db, month.siteId, MARCH, CLOCK);
    const of = (staffId: string | null, positionId: string | null) => sum(rows.filter((r) => r.staffId === staffId && r.positionId === positionId));
    const { clerkA, clerkB, supervisor } = month.staff;
    const { clerkPos, hallPos, supervisorPos } = month.positions;
    expect(of(clerkA, clerkPos)).toMatchObject({ valid_complaints: 1, decided_tickets: 1, customer_rating_sum: 4, customer_ratings: 1, reception_contacts: 2, reception_on_time: 1 });
    // Acting as hall clerk on 12 March: counts for the position acted in.
    expect(of(clerkA, hallPos)).toMatchObject({ valid_complaints: 1, decided_tickets: 1 });
    // Judged 无效 with nobody holding it: for whoever judged it.
    expect(of(supervisor, supervisorPos)).toMatchObject({ valid_complaints: 0, decided_tickets: 1 });
    // 23:30 on 31 March counts; 23:30 on 28 February and the reopened one do not.
    expect(of(clerkB, clerkPos)).toMatchObject({ valid_complaints: 1, decided_tickets: 2, merchant_rating_sum: 5, merchant_ratings: 1, relays_sent: 3, relays_misrouted: 1, relays_accurate: 2 });
    // The visitor nobody received counts for the site only.
    expect(of(null, null)).toMatchObject({ reception_contacts: 1, reception_on_time: 0 });
    expect(sum(rows)).toMatchObject({ valid_complaints: 3, decided_tickets: 5, reception_contacts: 3, relays_sent: 3 });
  });

  it('reads only its own site', async () => {
    const rows = await findKpiFacts(db, month.siteId, MARCH, CLOCK);
    const ids = new Set(Object.values(month.staff));
    expect(rows.every((r) => r.staffId === null || ids.has(r.staffId))).toBe(true);
    const other = await findKpiFacts(db, otherSiteId, MARCH, CLOCK);
    expect(other.every((r) => r.staffId === null || !ids.has(r.staffId))).toBe(true);
  });

  it('lists the tickets behind a team’s valid complaints and a person’s decided tickets', async () => {
    const team = await findTicketsBehindFigure(db, month.siteId, MARCH, {
      timeZone: CLOCK.timeZone,
      fact: 'valid_complaints',
      staffId: null,
      positionIds: [month.positions.supervisorPos, month.positions.clerkPos],
      limit: 50,
    });
    expect(team.map((t) => t.id)).toEqual([month.tickets.t5, month.tickets.t1]);
    const person = await findTicketsBehindFigure(db, month.siteId, MARCH, { timeZone: CLOCK.timeZone, fact: 'decided_tickets', staffId: month.staff.clerkB, positionIds: null, limit: 50 });
    expect(person.map((t) => t.id)).toEqual([month.tickets.t5, month.tickets.t4]);
    expect(await findTicketsBehindFigure(db, month.siteId, MARCH, { timeZone: CLOCK.timeZone, fact: 'ratings', staffId: 'not-a-uuid', positionIds: null, limit: 50 })).toEqual([]);
  });

  it('keeps every target set, newest first', async () => {
    await insertKpiTarget(db, { siteId: month.siteId, kpi: 'valid_complaints', target: 5, note: null, setById: month.staff.supervisor, setAt: new Date('2026-03-01T00:00:00Z') });
    await insertKpiTarget(db, { siteId: month.siteId, kpi: 'valid_complaints', target: 2.5, note: '收紧', setById: month.staff.supervisor, setAt: new Date('2026-04-01T00:00:00Z') });
    const history = await listKpiTargets(db, month.siteId);
    expect(history.map((t) => [t.kpi, t.target, t.note])).toEqual([
      ['valid_complaints', 2.5, '收紧'],
      ['valid_complaints', 5, null],
    ]);
    expect(await listKpiTargets(db, otherSiteId)).toEqual([]);
  });
});
