import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@kefu/domain/testing';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { countReportIntake, countReportSla, findKpiFacts, findKpiFactsPlain, findReportRecurring, plainReport, type DailyKpiFacts } from './index.js';
import { seedKpiMonth } from './testing/kpi-month-fixture.js';

const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000; // Asia/Shanghai keeps UTC+8 all year
const CLOCK = { timeZone: 'Asia/Shanghai', receptionStandardMinutes: 3 };

/** Site-local midnight `days` before today's, as an instant. */
const midnight = (days: number): Date => new Date(Math.floor((Date.now() + SHANGHAI) / DAY) * DAY - SHANGHAI - days * DAY);

const sorted = (rows: DailyKpiFacts[]) =>
  [...rows].sort((a, b) => `${a.day}|${a.staffId}|${a.positionId}`.localeCompare(`${b.day}|${b.staffId}|${b.positionId}`));

/**
 * The daily pre-aggregates (migration 044) against the plain statements on the raw tables: after
 * each burst of random writes — the storage effects of create, assign, reply, hand over, resolve,
 * rate at follow-up, close, reopen, mark invalid, relay and its return, reception contacts,
 * follow-ups, acting assignments — at random times over the last nine days, the KPI facts and the
 * report read through the stored days equal the plain computation. Reads come between the bursts,
 * so days are stored and then changed again, as in use.
 */
describe.each(enginesUnderTest())('KPI daily pre-aggregates (%s)', (engine) => {
  let db: TestDatabase;
  let month: Awaited<ReturnType<typeof seedKpiMonth>>;
  let requesterId: string;
  let departmentId: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    month = await seedKpiMonth(db, 'kpi-daily');
    requesterId = (await db.query<{ id: string }>('SELECT id FROM requesters WHERE site_id = $1', [month.siteId]))[0]!.id;
    departmentId = (await db.query<{ id: string }>('SELECT id FROM departments WHERE site_id = $1', [month.siteId]))[0]!.id;
  });
  afterAll(() => db.drop());

  async function expectSameAsPlain(range: { from: Date; to: Date }) {
    expect(sorted(await findKpiFacts(db, month.siteId, range, CLOCK))).toEqual(sorted(await findKpiFactsPlain(db, month.siteId, range, CLOCK)));
    expect(await countReportIntake(db, month.siteId, range)).toEqual(await plainReport.intake(db, month.siteId, range));
    expect(await countReportSla(db, month.siteId, range)).toEqual(await plainReport.sla(db, month.siteId, range));
    expect(await findReportRecurring(db, month.siteId, range, 3)).toEqual(await plainReport.recurring(db, month.siteId, range, 3));
  }

  it('equals the plain computation after random commands, whichever days they touch', async () => {
    const random = seededRandom(20261201);
    const rnd = random.next;
    const pick = random.pick;
    const staff = Object.values(month.staff);
    const positions = Object.values(month.positions);
    // A moment of the last nine days, today's up to now.
    const at = () => new Date(Math.min(Date.now() - 1_000, midnight(8).getTime() + rnd() * 9 * DAY));
    const tickets: string[] = [];
    const relays: string[] = [];
    const contacts: string[] = [];
    let number = 1000;

    const commands: (() => Promise<unknown>)[] = [
      // create
      async () => {
        const received = at();
        const [row] = await db.query<{ id: string }>(
          `INSERT INTO tickets (site_id, number, kind, channel, severity, status, title, description, location, repair_category, requester_id, requester_kind,
                                received_at, handover_by, reply_by, resolve_by)
           VALUES ($1, $2, $3, $4, $5, 'received', '工单', '—', $6, $7, $8, $9, $10, $10::timestamptz + interval '1 hour', $10::timestamptz + interval '1 day', $10::timestamptz + interval '2 days') RETURNING id`,
          [month.siteId, ++number, pick(['complaint', 'repair', 'consultation']), pick(['walk_in', 'phone']), pick(['minor', 'major']), pick(['A-101', 'B-202', 'C-303', '', null]), pick(['electrical', null]), requesterId, pick(['customer', 'merchant']), received],
        );
        tickets.push(row!.id);
      },
      // assign, or reassign a decided ticket
      async () => tickets.length && db.query(`UPDATE tickets SET assignee_id = $2, status = CASE WHEN status = 'received' THEN 'assigned' ELSE status END WHERE id = $1`, [pick(tickets), pick(staff)]),
      async () => tickets.length && db.query('UPDATE tickets SET replied_at = $2 WHERE id = $1', [pick(tickets), at()]),
      async () => tickets.length && db.query('UPDATE tickets SET handed_over_at = $2 WHERE id = $1', [pick(tickets), at()]),
      // resolve, with its timeline event
      async () => {
        if (!tickets.length) return;
        const id = pick(tickets);
        const when = at();
        await db.query(`UPDATE tickets SET status = 'resolved', resolved_at = $2 WHERE id = $1 AND status NOT IN ('invalid', 'closed')`, [id, when]);
        await db.query(`INSERT INTO ticket_events (site_id, ticket_id, at, actor_kind, actor_id, type) VALUES ($1, $2, $3, 'staff', $4, 'resolved')`, [month.siteId, id, when, pick(staff)]);
      },
      // rated at follow-up
      async () => tickets.length && db.query(`UPDATE tickets SET status = 'followed_up', satisfaction = $2 WHERE id = $1 AND status = 'resolved'`, [pick(tickets), 1 + Math.floor(rnd() * 5)]),
      async () => tickets.length && db.query(`UPDATE tickets SET status = 'closed', closed_at = $2 WHERE id = $1 AND status IN ('resolved', 'followed_up')`, [pick(tickets), at()]),
      // reopen: undecided again
      async () => tickets.length && db.query(`UPDATE tickets SET status = 'assigned', resolved_at = NULL, satisfaction = NULL, reopen_count = reopen_count + 1, reopened_at = $2 WHERE id = $1 AND status IN ('resolved', 'followed_up')`, [pick(tickets), at()]),
      // judged 无效, by whoever holds it or, with nobody holding it, by the event's actor
      async () => {
        if (!tickets.length) return;
        const id = pick(tickets);
        const when = at();
        await db.query(`UPDATE tickets SET status = 'invalid', closed_at = $2, resolved_at = NULL, assignee_id = CASE WHEN $3 THEN NULL ELSE assignee_id END WHERE id = $1 AND status IN ('received', 'assigned')`, [id, when, rnd() < 0.5]);
        await db.query(`INSERT INTO ticket_events (site_id, ticket_id, at, actor_kind, actor_id, type) VALUES ($1, $2, $3, 'staff', $4, 'marked_invalid')`, [month.siteId, id, when, pick(staff)]);
      },
      // relay, and a department returning one as not theirs
      async () => {
        if (!tickets.length) return;
        const id = crypto.randomUUID();
        await db.query(
          `INSERT INTO relays (id, site_id, ticket_id, department_id, ask, due_at, relayed_by_id, relayed_at, status) VALUES ($1, $2, $3, $4, '请处理', $5::timestamptz + interval '1 day', $6, $5, 'pending')`,
          [id, month.siteId, pick(tickets), departmentId, at(), pick(staff)],
        );
        relays.push(id);
      },
      async () => relays.length && db.query(`UPDATE relays SET status = 'returned', return_reason = 'not_ours', returned_at = now() WHERE id = $1`, [pick(relays)]),
      // a reception contact, and receiving one
      async () => {
        const [row] = await db.query<{ id: string }>(
          `INSERT INTO reception_entries (site_id, channel, category, summary, arrived_at, registered_by_id) VALUES ($1, 'walk_in', 'consultation', '咨询', $2, $3) RETURNING id`,
          [month.siteId, at(), pick(staff)],
        );
        contacts.push(row!.id);
      },
      async () =>
        contacts.length &&
        db.query(`UPDATE reception_entries SET received_at = arrived_at + make_interval(mins => $2::int), received_by_id = $3 WHERE id = $1`, [pick(contacts), Math.floor(rnd() * 6), pick(staff)]),
      // a follow-up owed and done
      async () =>
        tickets.length &&
        db.query(
          `INSERT INTO follow_ups (id, site_id, ticket_id, due_at, opened_at, status, outcome, done_at) VALUES ($1, $2, $3, $4::timestamptz + interval '1 day', $4, 'done', 'satisfied', $4::timestamptz + interval '2 hours')`,
          [crypto.randomUUID(), month.siteId, pick(tickets), at()],
        ),
      // an acting assignment over some of the days: the position counted changes, no fact does
      async () => {
        const start = Math.floor(rnd() * 8);
        await db.query(`INSERT INTO assignments (site_id, staff_id, position_id, starts_on, ends_on, acting) VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, ($5::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, true)`, [
          month.siteId,
          pick(staff),
          pick(positions),
          midnight(start),
          midnight(Math.max(0, start - 1 - Math.floor(rnd() * 3))),
        ]);
      },
    ];

    const week = { from: midnight(8), to: midnight(-1) };
    for (let burst = 0; burst < 12; burst++) {
      const size = burst === 0 ? 30 : 8;
      for (let i = 0; i < size; i++) await pick(commands)();
      await expectSameAsPlain(week);
      // A shorter range, and one not starting at a site-local midnight (read raw).
      await expectSameAsPlain({ from: midnight(5), to: midnight(2) });
      await expectSameAsPlain({ from: new Date(midnight(6).getTime() + 3_600_000), to: midnight(1) });
    }
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM kpi_day_rows WHERE site_id = $1 AND source = 'facts'`, [month.siteId]);
    expect(stored[0]!.n).toBeGreaterThanOrEqual(8);
  });

  it('computes a stored day again when a write changes it', async () => {
    const range = { from: midnight(4), to: midnight(0) };
    const decided = new Date(midnight(3).getTime() + 3_600_000);
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO tickets (site_id, number, kind, channel, severity, status, title, description, requester_id, requester_kind, assignee_id, received_at, resolve_by, resolved_at)
       VALUES ($1, 9001, 'complaint', 'phone', 'minor', 'resolved', '工单', '—', $2, 'customer', $3, $4, $4, $4) RETURNING id`,
      [month.siteId, requesterId, month.staff.clerkA, decided],
    );
    const before = await findKpiFacts(db, month.siteId, range, CLOCK);
    await db.query(`UPDATE tickets SET status = 'assigned', resolved_at = NULL WHERE id = $1`, [row!.id]);
    const marked = await db.query<{ day: string }>(`SELECT day::text AS day FROM kpi_stale_days WHERE site_id = $1 AND day >= ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`, [month.siteId, range.from]);
    expect(marked.map((m) => m.day)).toEqual([new Date(decided.getTime() + SHANGHAI).toISOString().slice(0, 10)]);
    const after = await findKpiFacts(db, month.siteId, range, CLOCK);
    const complaints = (rows: DailyKpiFacts[]) => rows.reduce((n, r) => n + (r.tallies.valid_complaints ?? 0), 0);
    expect(complaints(before) - complaints(after)).toBe(1);
    expect(sorted(after)).toEqual(sorted(await findKpiFactsPlain(db, month.siteId, range, CLOCK)));
    expect(await db.query(`SELECT 1 FROM kpi_stale_days WHERE site_id = $1 AND day >= ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`, [month.siteId, range.from])).toEqual([]);
  });

  it('reads a stored day as stored while nothing changed it, and computes it again under another clock or statement', async () => {
    const range = { from: midnight(4), to: midnight(0) };
    await findKpiFacts(db, month.siteId, range, CLOCK);
    await countReportIntake(db, month.siteId, range);
    // Nothing changed: the next read takes the stored rows, whatever they hold.
    await db.query(`UPDATE kpi_day_rows SET rows = '[{"kind": "stored", "channel": "x", "severity": "x", "requester_kind": "x", "n": 7, "invalid": 0}]' WHERE site_id = $1 AND source = 'intake' AND day = ($2::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`, [month.siteId, range.from]);
    expect((await countReportIntake(db, month.siteId, range)).find((row) => row.kind === 'stored')?.count).toBe(7);
    await db.query(`DELETE FROM kpi_day_rows WHERE site_id = $1 AND source = 'intake'`, [month.siteId]);
    // As if the day had been stored by an older KPI_FACTS_SQL: other figures, another digest.
    await db.query(`UPDATE kpi_day_rows SET clock = 'Asia/Shanghai|3|older', facts = '{"columns": [], "rows": []}' WHERE site_id = $1 AND source = 'facts'`, [month.siteId]);
    expect(sorted(await findKpiFacts(db, month.siteId, range, CLOCK))).toEqual(sorted(await findKpiFactsPlain(db, month.siteId, range, CLOCK)));
    // A caller with another reception standard than the site's reads the raw tables.
    const other = { ...CLOCK, receptionStandardMinutes: 5 };
    expect(sorted(await findKpiFacts(db, month.siteId, range, other))).toEqual(sorted(await findKpiFactsPlain(db, month.siteId, range, other)));
  });
});
