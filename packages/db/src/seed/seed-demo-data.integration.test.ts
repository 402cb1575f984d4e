import { POSITION_CATALOGUE, vacancies } from '@kefu/domain/org';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../accounts/index.js';
import { listKpiGroups } from '../kpi/index.js';
import { loadOrgChart } from '../org/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';
import { seedDemoData, type SeedDemoSummary } from './seed-demo-data.js';

const now = new Date('2026-11-25T06:00:00Z');

describe.each(enginesUnderTest())('seedDemoData (%s)', (engine) => {
  let db: TestDatabase;
  let summary: SeedDemoSummary | null;
  let siteId: string;
  const log: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    summary = await seedDemoData(db, { now, log: (line) => log.push(line) });
    const [site] = await db.query<{ id: string }>(`SELECT id FROM sites WHERE code = 'demo'`);
    siteId = site!.id;
  });
  afterAll(() => db.drop());

  it('reports what it created and logs its progress', () => {
    expect(summary).toEqual({ site: 'demo', staff: 26, requesters: 28, tickets: 300 });
    expect(log.at(-1)).toMatch(/^demo data seeded in \d+ ms$/);
  });

  it("creates the catalogue's ten positions with its reporting lines, and the engineering desk reporting to no one", async () => {
    const chart = await loadOrgChart(db, siteId);
    const codeOf = new Map(chart.positions.map((p) => [p.id, p.code]));
    const lines = Object.fromEntries(chart.positions.map((p) => [p.code, p.reportsTo.map((id) => codeOf.get(id))]));
    expect(lines).toEqual({ ...Object.fromEntries(POSITION_CATALOGUE.map((p) => [p.code, p.reportsTo])), engineering_desk: [] });
    expect(chart.units.map((u) => u.code).sort()).toEqual(['department', 'floor_service', 'merchant_service', 'shuttle_team']);
  });

  it('fills every position but leaves seats open, with one acting and some ended assignments', async () => {
    const chart = await loadOrgChart(db, siteId);
    const held = chart.positions.filter((p) => chart.assignments.some((a) => a.positionId === p.id && isCurrentAt(a, now)));
    // The catalogue's ten and the engineering department's duty desk.
    expect(held.map((p) => p.code).sort()).toEqual([...POSITION_CATALOGUE.map((p) => p.code), 'engineering_desk'].sort());
    const open = chart.positions.filter((p) => vacancies(chart, p.id, now) > 0).map((p) => p.code);
    expect(open.sort()).toEqual(['floor_clerk', 'floor_supervisor']);
    expect(chart.assignments.filter((a) => a.acting && isCurrentAt(a, now))).toHaveLength(1);
    expect(chart.assignments.some((a) => a.endsOn !== null && a.endsOn.getTime() <= now.getTime())).toBe(true);
  });

  it('creates all 24 demo accounts, each signing in with the demo password', async () => {
    const rows = await db.query<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM accounts WHERE site_id = $1 ORDER BY username',
      [siteId],
    );
    expect(rows.map((r) => r.username).sort()).toEqual(DEMO_LOGINS.map((l) => l.username).sort());
    expect(rows).toHaveLength(24);
    // One hash shared by all: checking one proves them all.
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, rows[0]!.password_hash)).toBe(true);
  });

  it('gives the engineering department its own staff account, so its relays reach their own queue', async () => {
    const [row] = await db.query<{ members: string[]; username: string }>(
      `SELECT d.member_staff_ids::text[] AS members, a.username FROM departments d
       JOIN accounts a ON a.site_id = d.site_id AND a.staff_id = ANY(d.member_staff_ids)
       WHERE d.site_id = $1 AND d.code = 'engineering'`,
      [siteId],
    );
    expect(row).toMatchObject({ username: 'engineering' });
    expect(row!.members).toHaveLength(1);
  });

  it("stores tickets whose status is their timeline's last step, all of it before now", async () => {
    const [counts] = await db.query<{ tickets: number; mismatched: number; misplaced: number; unordered: number }>(
      `WITH last AS (
         SELECT DISTINCT ON (ticket_id) ticket_id, to_status FROM ticket_events ORDER BY ticket_id, at DESC, id DESC
       )
       SELECT (SELECT count(*) FROM tickets WHERE site_id = $1) AS tickets,
              (SELECT count(*) FROM tickets t LEFT JOIN last l ON l.ticket_id = t.id
                WHERE l.to_status IS DISTINCT FROM t.status) AS mismatched,
              (SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
                WHERE e.at < t.received_at OR e.at >= $2) AS misplaced,
              (SELECT count(*) FROM (
                 SELECT from_status, lag(to_status) OVER (PARTITION BY ticket_id ORDER BY at, id) AS previous, type
                 FROM ticket_events) e
                WHERE e.type <> 'created' AND e.from_status IS DISTINCT FROM e.previous) AS unordered`,
      [siteId, now],
    );
    expect(counts!.tickets).toBeGreaterThanOrEqual(200);
    expect(counts!.tickets).toBeLessThanOrEqual(400);
    expect(counts).toMatchObject({ mismatched: 0, misplaced: 0, unordered: 0 });
  });

  it('leaves some tickets open and overdue, some escalated, invalid and reopened', async () => {
    const [row] = await db.query<{ overdue: number; escalated: number; invalid: number; reopened: number }>(
      `SELECT count(*) FILTER (WHERE due_at < $2 AND status NOT IN ('closed', 'invalid')) AS overdue,
              count(*) FILTER (WHERE escalation_level > 0) AS escalated,
              count(*) FILTER (WHERE status = 'invalid') AS invalid,
              (SELECT count(DISTINCT ticket_id) FROM ticket_events WHERE site_id = $1 AND to_status IS NOT NULL
                 AND type IN ('reopened', 'followed_up', 'rated') AND to_status IN ('received', 'assigned')) AS reopened
       FROM tickets WHERE site_id = $1`,
      [siteId, now],
    );
    expect(row!.overdue).toBeGreaterThan(0);
    expect(row!.escalated).toBeGreaterThan(0);
    expect(row!.invalid).toBeGreaterThan(0);
    expect(row!.reopened).toBeGreaterThan(0);
  });

  it('gives merchant1, merchant2 and the owners tickets of their own', async () => {
    const rows = await db.query<{ username: string; n: number }>(
      `SELECT a.username, count(t.id) AS n FROM accounts a LEFT JOIN tickets t ON t.requester_id = a.requester_id
       WHERE a.username IN ('merchant1', 'merchant2', 'owner1', 'owner2', 'owner3') GROUP BY a.username`,
    );
    const count = Object.fromEntries(rows.map((r) => [r.username, r.n]));
    expect(count.merchant1).toBeGreaterThanOrEqual(5);
    expect(count.merchant2).toBeGreaterThanOrEqual(5);
    expect((count.owner1 ?? 0) + (count.owner2 ?? 0) + (count.owner3 ?? 0)).toBeGreaterThan(0);
  });

  it('puts the demo mall in the demo group, read by the demo director alone', async () => {
    const groups = await listKpiGroups(db);
    expect(groups.map((g) => ({ code: g.code, siteIds: g.siteIds }))).toEqual([{ code: 'demo-group', siteIds: [siteId] }]);
    const readers = await db.query<{ username: string }>('SELECT username FROM accounts WHERE id = ANY($1::uuid[])', [groups[0]!.readerAccountIds]);
    expect(readers.map((r) => r.username)).toEqual(['director']);
  });

  it('does nothing the second time and returns null', async () => {
    const before = await tableCounts(db);
    expect(await seedDemoData(db, { now: new Date(now.getTime() + 86_400_000) })).toBeNull();
    expect(await tableCounts(db)).toEqual(before);
  });
});

const isCurrentAt = (a: { startsOn: Date; endsOn: Date | null }, at: Date) =>
  a.startsOn.getTime() <= at.getTime() && (a.endsOn === null || at.getTime() < a.endsOn.getTime());

const tableCounts = async (db: TestDatabase) =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM sites) AS sites, (SELECT count(*) FROM staff) AS staff,
              (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM tickets) AS tickets,
              (SELECT count(*) FROM ticket_events) AS events`,
    )
  )[0];
