import { followUpViewFilter, openFollowUp, recordFailedCall, recordReachedCall, type FollowUp } from '@kefu/domain/followups';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../engine/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { insertTicket } from '../tickets/index.js';
import { findFollowUpById, findFollowUpPolicy, findOwedFollowUpOfTicket, insertFollowUp, listFollowUpFacts, listFollowUps, updateFollowUp } from './follow-up.repository.js';

const HOUR = 3_600_000;
const now = new Date('2026-03-12T02:00:00Z');

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => (await q.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;

/** A site with three members of staff and a merchant, in plain SQL. */
async function siteFixture(q: Queryable, code: string) {
  const siteId = await one(q, `INSERT INTO sites (code, name) VALUES ($1, $2::jsonb)`, [code, { zh: '测试广场', en: 'Test Plaza' }]);
  const staff = (no: string) => one(q, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, $2, $3)`, [siteId, `staff ${no}`, no]);
  const staffIds = [await staff('S1'), await staff('S2'), await staff('S3')] as const;
  const requesterId = await one(q, `INSERT INTO requesters (site_id, kind, name) VALUES ($1, 'merchant', '茶饮店')`, [siteId]);
  return { siteId, staffIds, requesterId };
}

describe.each(enginesUnderTest())('follow-up repository (%s)', (engine) => {
  let db: TestDatabase;
  let site: Awaited<ReturnType<typeof siteFixture>>;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    site = await siteFixture(db, 'followups-a');
  });
  afterAll(() => db.drop());

  async function owed(resolvedAt: Date): Promise<FollowUp> {
    const receivedAt = new Date(resolvedAt.getTime() - 24 * HOUR);
    const ticket = await insertTicket(db, {
      siteId: site.siteId, kind: 'repair', channel: 'phone', severity: 'minor', status: 'resolved', title: '插座不通电', description: '店内插座不通电',
      location: 'A1-008', preferredContactTime: null, requesterId: site.requesterId, requesterKind: 'merchant', unitId: null, assigneeId: site.staffIds[0],
      relayedTo: null, repairCategory: 'other', requestedBy: null, receivedAt,
      deadlines: { handoverBy: null, replyBy: null, resolveBy: new Date(receivedAt.getTime() + 72 * HOUR) },
      followUpDueAt: new Date(resolvedAt.getTime() + 48 * HOUR), resolvedAt, closedAt: null, escalationLevel: 0, satisfaction: null, createdById: null,
      firstSeenByStaffAt: receivedAt, reopenCount: 0, reopenedAt: null, subject: null, handedOverAt: null, repliedAt: resolvedAt, version: 1, updatedAt: resolvedAt,
    });
    const followUp = openFollowUp(ticket, { id: randomUUID(), now: resolvedAt })!;
    return db.transaction((tx) => insertFollowUp(tx, followUp));
  }

  it('round-trips a follow-up with its attempts, and refuses a stale write', async () => {
    const stored = await owed(new Date(now.getTime() - 24 * HOUR));
    expect(await findOwedFollowUpOfTicket(db, site.siteId, stored.ticketId)).toEqual(stored);
    const failed = recordFailedCall(stored, { retryAt: new Date(now.getTime() + HOUR), note: '无人接听' }, { now, callerId: site.staffIds[1]! });
    const saved = await db.transaction((tx) => updateFollowUp(tx, failed, stored.version, 0));
    expect(saved).toEqual(failed);
    expect(await db.transaction((tx) => updateFollowUp(tx, failed, stored.version, 0))).toBeNull();
    const { followUp: done } = recordReachedCall(saved!, { outcome: 'satisfied', satisfaction: 5 }, { now, callerId: site.staffIds[1]! });
    await db.transaction((tx) => updateFollowUp(tx, done, saved!.version, 1));
    expect(await findFollowUpById(db, site.siteId, stored.id)).toEqual(done);
    expect(await findOwedFollowUpOfTicket(db, site.siteId, stored.ticketId)).toBeNull();
    expect(await findFollowUpById(db, randomUUID(), stored.id)).toBeNull();
  });

  it('lists a view in due order, pages without gaps, filters by visibility, and reads the rate facts', async () => {
    const a = await owed(new Date(now.getTime() - 72 * HOUR)); // overdue
    const b = await owed(new Date(now.getTime() - 47 * HOUR)); // due within the hour
    const overdue = await listFollowUps(db, site.siteId, { kind: 'site' }, followUpViewFilter('overdue', { now, staffId: site.staffIds[0]! }), { first: 50 });
    expect(overdue.rows.map((f) => f.id)).toContain(a.id);
    expect(overdue.rows.map((f) => f.id)).not.toContain(b.id);
    const today = await listFollowUps(db, site.siteId, { kind: 'site' }, followUpViewFilter('due_today', { now, staffId: site.staffIds[0]! }), { first: 50 });
    expect(today.rows.map((f) => f.id)).toContain(b.id);

    const team = followUpViewFilter('team', { now, staffId: site.staffIds[0]! });
    const first = await listFollowUps(db, site.siteId, { kind: 'site' }, team, { first: 1 });
    const rest = await listFollowUps(db, site.siteId, { kind: 'site' }, team, { first: 50, after: first.endCursor });
    const all = await listFollowUps(db, site.siteId, { kind: 'site' }, team, { first: 50 });
    expect([...first.rows, ...rest.rows].map((f) => f.id)).toEqual(all.rows.map((f) => f.id));
    expect(first.hasNextPage).toBe(true);

    const handlerOnly = await listFollowUps(db, site.siteId, { kind: 'scoped', unitIds: [], staffIds: [site.staffIds[0]!] }, team, { first: 50 });
    expect(handlerOnly.rows.length).toBe(all.rows.length);
    expect((await listFollowUps(db, site.siteId, { kind: 'scoped', unitIds: [], staffIds: [randomUUID()] }, team, { first: 50 })).rows).toEqual([]);
    expect((await listFollowUps(db, site.siteId, { kind: 'none' }, team, { first: 50 })).rows).toEqual([]);
    await expect(listFollowUps(db, site.siteId, { kind: 'site' }, team, { first: 5, after: 'forged' })).rejects.toThrow();

    const facts = await listFollowUpFacts(db, site.siteId, { kind: 'site' }, { from: new Date(now.getTime() - 30 * 24 * HOUR), to: now });
    expect(facts.some((f) => f.dueAt.getTime() === a.dueAt.getTime() && f.doneAt === null && f.outcome === null)).toBe(true);
    expect(await findFollowUpPolicy(db, site.siteId)).toEqual({ otherCallerAfterReopen: true });
  });
});
