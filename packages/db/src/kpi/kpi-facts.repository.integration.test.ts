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

  it('counts a valid complaint for the person it is about, and a follow-up for its caller on the day it fell due', async () => {
    const { clerkA, clerkB } = month.staff;
    const { t1, t2, t3, t4, t5, t6 } = month.tickets;
    const about = (ids: string[], staffId: string) =>
      db.query(
        `UPDATE tickets SET subject_kind = 'staff', subject_staff_id = $1, subject_position_id = NULL, subject_unit_code = NULL, subject_department_id = NULL WHERE id = ANY($2::uuid[])`,
        [staffId, ids],
      );
    // t1 and t5 (valid, March) are about clerk B; t3 (judged 无效) is about clerk A and counts for nobody.
    await about([t1, t5], clerkB);
    await about([t3], clerkA);
    await db.query(`UPDATE tickets SET subject_kind = 'unit', subject_unit_code = 'floor_service' WHERE id = $1`, [t2]);
    const followUp = (due: string, status: string, outcome: string | null, doneAt: string | null, callerId: string | null, ticketId = t4) =>
      db.query(
        `INSERT INTO follow_ups (id, site_id, ticket_id, caller_id, due_at, opened_at, status, outcome, done_at) VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)`,
        [crypto.randomUUID(), month.siteId, ticketId, callerId, due, status, outcome, doneAt],
      );
    await followUp('2026-03-21T02:00:00Z', 'done', 'satisfied', '2026-03-21T01:00:00Z', clerkA); // on time
    await followUp('2026-03-22T02:00:00Z', 'done', 'unreached', '2026-03-23T02:00:00Z', clerkA); // handled, not made
    await followUp('2026-03-23T02:00:00Z', 'done', 'withdrawn', '2026-03-22T02:00:00Z', clerkA); // no longer owed
    await followUp('2026-03-31T17:00:00Z', 'open', null, null, clerkA); // 1 April, site time: not March
    await followUp('2026-03-24T02:00:00Z', 'open', null, null, null, t6); // nobody's: the site only

    const rows = await findKpiFacts(db, month.siteId, MARCH, CLOCK);
    const of = (staffId: string | null) => sum(rows.filter((r) => r.staffId === staffId));
    expect(of(clerkB)).toMatchObject({ subject_complaints: 2 });
    expect(of(clerkA)).toMatchObject({ subject_complaints: 0, followups_due: 2, followups_on_time: 1, followups_handled: 2 });
    expect(of(null)).toMatchObject({ followups_due: 1, followups_on_time: 0, followups_handled: 0 });
    // On the due day, in the position held then: clerk A's 21 March follow-up is the floor clerk's.
    const day21 = rows.find((r) => r.staffId === clerkA && r.day === '2026-03-21')!;
    expect(day21).toMatchObject({ positionId: month.positions.clerkPos, tallies: expect.objectContaining({ followups_due: 1 }) });
    expect(sum(rows)).toMatchObject({ subject_complaints: 2, followups_due: 3, valid_complaints: 3, decided_tickets: 5 });
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
