import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRelay } from '@kefu/domain/relays';
import { ValidationError } from '@kefu/domain/shared';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import { insertTicket } from '../tickets/index.js';
import type { Queryable } from '../engine/index.js';
import {
  countRelayAccuracy,
  findDepartmentById,
  findDepartmentsOfStaff,
  findRelayById,
  findRelaysOfTicket,
  insertDefaultDepartments,
  insertRelay,
  listDepartments,
  listRelays,
  updateDepartment,
  updateRelayAnswer,
} from './index.js';

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => (await q.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;

/** A site with two members of staff and a merchant, in plain SQL. */
async function siteFixture(q: Queryable, code: string) {
  const siteId = await one(q, `INSERT INTO sites (code, name) VALUES ($1, $2::jsonb)`, [code, { zh: '测试广场', en: 'Test Plaza' }]);
  const staff = (no: string) => one(q, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, $2, $3)`, [siteId, `staff ${no}`, no]);
  const staffIds = [await staff('S1'), await staff('S2')] as const;
  const requesterId = await one(q, `INSERT INTO requesters (site_id, kind, name) VALUES ($1, 'merchant', '茶饮店')`, [siteId]);
  return { siteId, staffIds, requesterId };
}

describe.each(enginesUnderTest())('relays storage (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let clerk: string;
  let member: string;
  let ticketId: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const fixture = await siteFixture(db, 'relays-a');
    siteId = fixture.siteId;
    otherSiteId = (await siteFixture(db, 'relays-b')).siteId;
    [clerk, member] = fixture.staffIds;
    const receivedAt = new Date('2026-03-02T02:00:00.000Z');
    const ticket = await insertTicket(db, {
      siteId, kind: 'repair', channel: 'phone', severity: 'minor', status: 'received', title: '天花板漏水', description: '店铺后区滴水',
      location: 'B2-031', preferredContactTime: null, requesterId: fixture.requesterId, requesterKind: 'merchant', unitId: null, assigneeId: null,
      relayedTo: null, subject: null, repairCategory: null, requestedBy: null, receivedAt,
      deadlines: { handoverBy: null, replyBy: null, resolveBy: new Date(receivedAt.getTime() + 2 * 86_400_000) },
      followUpDueAt: null, resolvedAt: null, closedAt: null, escalationLevel: 0, satisfaction: null, createdById: null,
      firstSeenByStaffAt: null, reopenCount: 0, reopenedAt: null, handedOverAt: null, repliedAt: null, version: 1, updatedAt: receivedAt,
    });
    ticketId = ticket.id;
  });
  afterAll(() => db.drop());

  const relay = (departmentId: string, patch: Partial<NewRelay> = {}): NewRelay => ({
    id: crypto.randomUUID(),
    siteId,
    subject: { kind: 'ticket', ticketId },
    departmentId,
    ask: '请检修',
    dueAt: new Date('2026-03-12T01:00:00Z'),
    relayedById: clerk,
    relayedAt: new Date('2026-03-10T01:00:00Z'),
    status: 'pending',
    acceptedAt: null,
    returnedAt: null,
    returnReason: null,
    returnNote: null,
    repliedAt: null,
    reply: null,
    respondedById: null,
    byPhone: false,
    correctsRelayId: null,
    ...patch,
  });

  it('seeds a site with the default departments, pages them, and keeps them per site', async () => {
    const departments = await insertDefaultDepartments(db, siteId);
    await insertDefaultDepartments(db, otherSiteId);
    expect(departments.map((d) => d.code)).toContain('engineering');
    const first = await listDepartments(db, siteId, { first: 4 });
    const rest = await listDepartments(db, siteId, { first: 20, after: first.endCursor });
    expect([...first.rows, ...rest.rows].map((d) => d.code)).toEqual(departments.map((d) => d.code).sort());
    expect(first.hasNextPage).toBe(true);
    expect(rest.hasNextPage).toBe(false);
    expect(await findDepartmentById(db, otherSiteId, departments[0]!.id)).toBeNull();
    await expect(listDepartments(db, siteId, { first: 2, after: 'forged' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('round-trips a department with contacts and members; the member finds it as theirs', async () => {
    const eng = (await listDepartments(db, siteId, { first: 20 })).rows.find((d) => d.code === 'engineering')!;
    const updated = await updateDepartment(db, siteId, eng.id, {
      ...eng,
      contacts: [{ name: '刘强', role: '经理', phone: '13800002001' }],
      memberStaffIds: [member],
    });
    expect(updated).toMatchObject({ contacts: [{ name: '刘强', role: '经理', phone: '13800002001' }], memberStaffIds: [member] });
    expect((await findDepartmentsOfStaff(db, siteId, member)).map((d) => d.code)).toEqual(['engineering']);
    expect(await updateDepartment(db, otherSiteId, eng.id, eng)).toBeNull();
  });

  it('stores relays and answers, lists them by visibility and counts the accuracy facts', async () => {
    const depts = (await listDepartments(db, siteId, { first: 20 })).rows;
    const eng = depts.find((d) => d.code === 'engineering')!;
    const prop = depts.find((d) => d.code === 'property')!;
    const misrouted = await insertRelay(db, relay(prop.id));
    expect(await findRelayById(db, siteId, misrouted.id)).toEqual(misrouted);
    expect(await findRelayById(db, otherSiteId, misrouted.id)).toBeNull();
    const returned = await updateRelayAnswer(
      db,
      { ...misrouted, status: 'returned', returnedAt: new Date('2026-03-10T02:00:00Z'), returnReason: 'not_ours', respondedById: clerk, byPhone: true, version: 2 },
      1,
    );
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'not_ours', byPhone: true, version: 2 });
    expect(await updateRelayAnswer(db, { ...misrouted, version: 2 }, 1)).toBeNull();
    const corrected = await insertRelay(db, relay(eng.id, { correctsRelayId: misrouted.id, relayedAt: new Date('2026-03-10T03:00:00Z') }));

    expect((await findRelaysOfTicket(db, siteId, ticketId)).map((r) => r.id)).toEqual([misrouted.id, corrected.id]);
    const inbox = await listRelays(db, siteId, { kind: 'scoped', unitIds: [], staffIds: [member] }, { first: 10 });
    expect(inbox.rows.map((r) => r.id)).toEqual([corrected.id]);
    const all = await listRelays(db, siteId, { kind: 'site' }, { first: 1 });
    const next = await listRelays(db, siteId, { kind: 'site' }, { first: 1, after: all.endCursor });
    expect([...all.rows, ...next.rows].map((r) => r.id)).toEqual([corrected.id, misrouted.id]);
    expect((await listRelays(db, siteId, { kind: 'site' }, { first: 10, status: ['returned'] })).rows.map((r) => r.id)).toEqual([misrouted.id]);
    expect((await listRelays(db, siteId, { kind: 'requester', requesterId: 'x' }, { first: 10 })).rows).toEqual([]);
    expect((await listRelays(db, otherSiteId, { kind: 'site' }, { first: 10 })).rows).toEqual([]);

    const range = { from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-11T00:00:00Z') };
    expect(await countRelayAccuracy(db, siteId, range)).toEqual({ relayed: 2, misrouted: 1, corrected: 1 });
    expect(await countRelayAccuracy(db, siteId, { ...range, relayedById: member })).toEqual({ relayed: 0, misrouted: 0, corrected: 0 });
  });

  it('refuses a relay to a department of another site', async () => {
    const foreign = (await listDepartments(db, otherSiteId, { first: 1 })).rows[0]!;
    await expect(insertRelay(db, relay(foreign.id))).rejects.toThrow();
  });
});
