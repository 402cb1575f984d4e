import { NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import type { Ticket } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import {
  appendTicketEvent,
  findEventsByTicketIds,
  findTicketById,
  findTicketsByIds,
  insertTicket,
  markTicketSeenByStaff,
  updateTicket,
} from './ticket.repository.js';
import { listTickets } from './ticket-queue.query.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** Concurrency needs real connections (PGlite has one): such tests exist only on the server engine. */
const onServer = (engine: string) => (engine === 'postgres' ? it : () => undefined);

describe.each(enginesUnderTest())('ticket repository (%s)', (engine) => {
  let db: TestDatabase;
  let site: TicketFixture;
  let otherSite: TicketFixture;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    site = await createTicketFixture(db);
    otherSite = await createTicketFixture(db);
  });
  afterAll(() => db.drop());

  const insert = (fixture: TicketFixture, overrides: Parameters<typeof newTicket>[1] = {}) =>
    db.transaction((tx) => insertTicket(tx, newTicket(fixture, overrides)));

  it('numbers tickets 1, 2, 3 … per site and round-trips every field', async () => {
    const first = await insert(site);
    const second = await insert(site);
    const elsewhere = await insert(otherSite);
    const third = await insert(site);
    expect([first.number, second.number, third.number]).toEqual([1, 2, 3]);
    expect(elsewhere.number).toBe(1);

    const full = newTicket(site, {
      severity: 'major',
      assigneeId: site.staffIds[1],
      relayedTo: 'engineering',
      repairCategory: 'leak',
      requestedBy: new Date('2026-03-03T10:00:00.000Z'),
      deadlines: {
        handoverBy: new Date('2026-03-02T02:30:00.000Z'),
        replyBy: new Date('2026-03-02T04:00:00.000Z'),
        resolveBy: new Date('2026-03-02T10:00:00.000Z'),
      },
      escalationLevel: 2,
      satisfaction: 4,
      createdById: site.staffIds[0],
      firstSeenByStaffAt: new Date('2026-03-02T01:30:00.000Z'),
      reopenCount: 2,
      reopenedAt: new Date('2026-03-02T02:30:00.000Z'),
    });
    const stored = await db.transaction((tx) => insertTicket(tx, full));
    expect(stored).toEqual({ ...full, id: expect.any(String), number: 4 });
    expect(await findTicketById(db, site.siteId, stored.id)).toEqual(stored);
    // The queue's sort key is the domain's next deadline: the handover while received.
    const [row] = await db.query<{ due_at: Date }>('SELECT due_at FROM tickets WHERE id = $1', [stored.id]);
    expect(row?.due_at).toEqual(full.deadlines.handoverBy);
  });

  it('gives concurrent inserts distinct, gapless numbers', async () => {
    const fresh = await createTicketFixture(db);
    const tickets = await Promise.all(Array.from({ length: 10 }, () => insert(fresh)));
    expect(tickets.map((t) => t.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rolls the number back with the transaction', async () => {
    const fresh = await createTicketFixture(db);
    await insert(fresh);
    await expect(
      db.transaction(async (tx) => {
        await insertTicket(tx, newTicket(fresh));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await insert(fresh)).number).toBe(2);
  });

  it('updates with the expected version and refuses a stale one without writing', async () => {
    const ticket = await insert(site);
    const assigned: Ticket = { ...ticket, status: 'assigned', assigneeId: site.staffIds[0], version: 2 };
    const updated = await db.transaction((tx) => updateTicket(tx, assigned, 1));
    expect(updated).toEqual(assigned);

    const stale: Ticket = { ...ticket, status: 'invalid', title: 'overwritten', version: 2 };
    await expect(db.transaction((tx) => updateTicket(tx, stale, 1))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await findTicketById(db, site.siteId, ticket.id)).toEqual(assigned);
  });

  it('marks a ticket seen by staff once, never undone by a command, and filters the unseen ones', async () => {
    const unseen = await insert(site, { channel: 'portal', firstSeenByStaffAt: null });
    const seenAt = new Date('2026-03-02T03:00:00.000Z');
    const newOnes = () =>
      listTickets(db, { siteId: site.siteId, visibility: { kind: 'site' }, filter: { now: seenAt, newToStaff: true }, order: 'due', first: 100 });
    expect((await newOnes()).rows.map((t) => t.id)).toContain(unseen.id);

    expect(await markTicketSeenByStaff(db, otherSite.siteId, unseen.id, seenAt)).toBe(false);
    expect(await markTicketSeenByStaff(db, site.siteId, unseen.id, seenAt)).toBe(true);
    // The first look stands: a second one changes nothing.
    expect(await markTicketSeenByStaff(db, site.siteId, unseen.id, new Date(seenAt.getTime() + 60_000))).toBe(false);
    expect(await markTicketSeenByStaff(db, site.siteId, 'not-a-uuid', seenAt)).toBe(false);
    const seen = await findTicketById(db, site.siteId, unseen.id);
    expect(seen).toEqual({ ...unseen, firstSeenByStaffAt: seenAt });
    expect((await newOnes()).rows.map((t) => t.id)).not.toContain(unseen.id);

    // A command written from a copy read before the first look keeps it.
    await db.transaction((tx) => updateTicket(tx, { ...unseen, status: 'relayed', relayedTo: 'engineering', version: 2 }, 1));
    expect((await findTicketById(db, site.siteId, unseen.id))?.firstSeenByStaffAt).toEqual(seenAt);
    // A staff command on an unseen ticket records the first look with it.
    const other = await insert(site, { channel: 'portal', firstSeenByStaffAt: null });
    const acted = await db.transaction((tx) => updateTicket(tx, { ...other, status: 'assigned', assigneeId: site.staffIds[0], firstSeenByStaffAt: seenAt, version: 2 }, 1));
    expect(acted.firstSeenByStaffAt).toEqual(seenAt);
  });

  it('answers NotFound for an id outside the site or unknown', async () => {
    const ticket = await insert(site);
    const moved: Ticket = { ...ticket, siteId: otherSite.siteId, version: 2 };
    await expect(db.transaction((tx) => updateTicket(tx, moved, 1))).rejects.toBeInstanceOf(NotFoundError);
    await expect(db.transaction((tx) => updateTicket(tx, { ...ticket, id: MISSING_ID, version: 2 }, 1))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await findTicketById(db, otherSite.siteId, ticket.id)).toBeNull();
    expect(await findTicketById(db, site.siteId, 'not-a-uuid')).toBeNull();
  });

  it('finds many tickets in input order with null for missing ones', async () => {
    const a = await insert(site);
    const b = await insert(site);
    const foreign = await insert(otherSite);
    const found = await findTicketsByIds(db, site.siteId, [b.id, MISSING_ID, a.id, foreign.id, 'garbage', b.id]);
    expect(found.map((t) => t?.id ?? null)).toEqual([b.id, null, a.id, null, null, b.id]);
    expect(await findTicketsByIds(db, site.siteId, [])).toEqual([]);
  });

  it('appends events and reads timelines per ticket in order, hiding internal ones from requesters', async () => {
    const a = await insert(site);
    const b = await insert(site);
    const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 3, minute));
    const event = (ticketId: string, minute: number, visibleToRequester: boolean, type: 'created' | 'commented' = 'commented') =>
      db.transaction((tx) =>
        appendTicketEvent(tx, {
          siteId: site.siteId,
          ticketId,
          at: at(minute),
          actorKind: 'staff',
          actorId: site.staffIds[0],
          type,
          fromStatus: null,
          toStatus: type === 'created' ? 'received' : null,
          data: { note: `minute ${minute}`, nested: { zh: '备注' } },
          visibleToRequester,
        }),
      );
    const created = await event(a.id, 0, true, 'created');
    expect(created).toMatchObject({ ticketId: a.id, type: 'created', toStatus: 'received', data: { note: 'minute 0', nested: { zh: '备注' } } });
    await event(a.id, 30, false);
    await event(b.id, 5, true);
    await event(a.id, 10, true);

    const [forA, forMissing, forB] = await findEventsByTicketIds(db, site.siteId, [a.id, MISSING_ID, b.id], {
      requesterSafeOnly: false,
    });
    expect(forA?.map((e) => e.at)).toEqual([at(0), at(10), at(30)]);
    expect(forMissing).toEqual([]);
    expect(forB?.map((e) => e.at)).toEqual([at(5)]);

    const [safeA] = await findEventsByTicketIds(db, site.siteId, [a.id], { requesterSafeOnly: true });
    expect(safeA?.map((e) => e.at)).toEqual([at(0), at(10)]);
    expect(await findEventsByTicketIds(db, otherSite.siteId, [a.id], { requesterSafeOnly: false })).toEqual([[]]);
  });

  onServer(engine)('lets exactly one of 20 concurrent updates with one expected version win', async () => {
    const ticket = await insert(site);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction((tx) => updateTicket(tx, { ...ticket, title: `writer ${i}`, version: 2 }, 1)),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toBeInstanceOf(StaleVersionError);
    const stored = await findTicketById(db, site.siteId, ticket.id);
    expect(stored?.version).toBe(2);
    expect(stored?.title).toBe((won[0] as PromiseFulfilledResult<Ticket>).value.title);
  });
});
