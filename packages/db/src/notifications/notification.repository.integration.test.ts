import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import type { Queryable } from '../engine/database.js';
import { insertNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from './notification.repository.js';

const T0 = new Date('2026-03-02T02:00:00.000Z');

type Fixture = { siteId: string; staffIds: [string, string, string] };

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => {
  const [row] = await q.query<{ id: string }>(`${sql} RETURNING id`, params);
  return row!.id;
};

/** A site, three staff and one ticket, in plain SQL (storage contexts meet only at their entries). */
async function fixture(q: Queryable): Promise<Fixture & { ticketId: string }> {
  const tag = Math.random().toString(16).slice(2, 10);
  const siteId = await one(q, `INSERT INTO sites (code, name) VALUES ($1, $2::jsonb)`, [`site-${tag}`, { zh: '测试广场', en: 'Test Plaza' }]);
  const staff = (no: string) => one(q, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, $2, $3)`, [siteId, `staff ${no}`, no]);
  const staffIds: [string, string, string] = [await staff('S1'), await staff('S2'), await staff('S3')];
  const requesterId = await one(q, `INSERT INTO requesters (site_id, kind, name) VALUES ($1, 'merchant', '茶饮店')`, [siteId]);
  const ticketId = await one(
    q,
    `INSERT INTO tickets (site_id, number, kind, channel, severity, status, title, description, requester_id, requester_kind, received_at, resolve_by)
     VALUES ($1, 1, 'complaint', 'phone', 'minor', 'received', '空调不制冷', '店铺空调不制冷', $2, 'merchant', $3, $3)`,
    [siteId, requesterId, T0],
  );
  return { siteId, staffIds, ticketId };
}

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(enginesUnderTest())('notifications (%s)', (engine) => {
  let db: TestDatabase;
  let f: Fixture;
  let ticketId: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const made = await fixture(db);
    f = made;
    ticketId = made.ticketId;
  });
  afterAll(() => db.drop());

  it('round-trips, pages newest first without gaps, and keeps each inbox to its recipient', async () => {
    const [me, other] = [f.staffIds[0], f.staffIds[1]];
    const written = await insertNotifications(
      db,
      [0, 1, 2, 3, 4].map((i) => ({ siteId: f.siteId, recipientId: me, kind: 'assigned' as const, target: { type: 'ticket' as const, id: ticketId }, createdAt: at(i) })),
    );
    await insertNotifications(db, [{ siteId: f.siteId, recipientId: other, kind: 'escalated', target: { type: 'ticket' as const, id: ticketId }, createdAt: at(9) }]);
    expect(written[0]).toMatchObject({ siteId: f.siteId, recipientId: me, kind: 'assigned', target: { type: 'ticket' as const, id: ticketId }, createdAt: at(0), readAt: null });
    const first = await listNotifications(db, f.siteId, me, { first: 2 });
    expect(first.rows.map((n) => n.createdAt)).toEqual([at(4), at(3)]);
    expect(first.hasNextPage).toBe(true);
    const rest = await listNotifications(db, f.siteId, me, { first: 10, after: first.endCursor });
    expect(rest.rows.map((n) => n.createdAt)).toEqual([at(2), at(1), at(0)]);
    expect(rest.hasNextPage).toBe(false);
    await expect(listNotifications(db, f.siteId, me, { first: 2, after: 'forged' })).rejects.toThrow();
  });

  it('marks one read once, refuses another’s, and marks all read', async () => {
    const me = f.staffIds[2];
    const [a, b] = await insertNotifications(db, [
      { siteId: f.siteId, recipientId: me, kind: 'low_rating', target: { type: 'ticket' as const, id: ticketId }, createdAt: at(20) },
      { siteId: f.siteId, recipientId: me, kind: 'major_complaint', target: { type: 'ticket' as const, id: ticketId }, createdAt: at(21) },
    ]);
    expect((await markNotificationRead(db, f.siteId, me, a!.id, at(30)))?.readAt).toEqual(at(30));
    expect((await markNotificationRead(db, f.siteId, me, a!.id, at(40)))?.readAt).toEqual(at(30));
    expect(await markNotificationRead(db, f.siteId, f.staffIds[0], b!.id, at(30))).toBeNull();
    expect((await listNotifications(db, f.siteId, me, { first: 10, unreadOnly: true })).rows.map((n) => n.id)).toEqual([b!.id]);
    expect(await markAllNotificationsRead(db, f.siteId, me, at(50))).toBe(1);
    expect((await listNotifications(db, f.siteId, me, { first: 10, unreadOnly: true })).rows).toEqual([]);
  });

  it('points at a message as well as a ticket, and at exactly one record', async () => {
    const me = f.staffIds[1];
    const messageId = await one(
      db,
      `INSERT INTO messages (site_id, from_name, for_staff_id, text, urgency, taken_by_id, taken_at) VALUES ($1, '耐克店', $2, '请回电', 'normal', $3, $4)`,
      [f.siteId, me, f.staffIds[0], T0],
    );
    const [written] = await insertNotifications(db, [{ siteId: f.siteId, recipientId: me, kind: 'message_for_me', target: { type: 'message', id: messageId }, createdAt: at(60) }]);
    expect(written).toMatchObject({ kind: 'message_for_me', target: { type: 'message', id: messageId } });
    expect((await listNotifications(db, f.siteId, me, { first: 1 })).rows[0]?.target).toEqual({ type: 'message', id: messageId });
    await expect(
      db.query(`INSERT INTO notifications (site_id, recipient_id, kind, ticket_id, message_id, created_at) VALUES ($1, $2, 'assigned', $3, $4, $5)`, [f.siteId, me, ticketId, messageId, T0]),
    ).rejects.toThrow();
    await expect(db.query(`INSERT INTO notifications (site_id, recipient_id, kind, created_at) VALUES ($1, $2, 'assigned', $3)`, [f.siteId, me, T0])).rejects.toThrow();
  });
});
