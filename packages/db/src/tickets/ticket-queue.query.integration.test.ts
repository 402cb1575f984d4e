import { matches } from '@kefu/domain/permissions';
import { ValidationError } from '@kefu/domain/shared';
import { nextDeadline, ticketResource, type Ticket, type TicketStatus, type TicketVisibility } from '@kefu/domain/tickets';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import {
  countOverdue,
  countTicketsByStatusAndSeverity,
  listTickets,
  listTicketsWithParties,
  type ListTicketsInput,
  type TicketQueueFilter,
  type TicketQueueOrder,
} from './ticket-queue.query.js';
import { findTicketsWithPartiesByIds, insertTicket } from './ticket.repository.js';

const HOUR = 3_600_000;
const NOW = new Date('2026-03-02T08:00:00.000Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
const SITE: TicketVisibility = { kind: 'site' };

const byDue = (a: Ticket, b: Ticket) => {
  const [da, db] = [nextDeadline(a), nextDeadline(b)];
  if (da?.getTime() !== db?.getTime()) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da.getTime() - db.getTime();
  }
  return a.id < b.id ? -1 : 1;
};
const byNewest = (a: Ticket, b: Ticket) =>
  b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? 1 : -1);

describe.each(enginesUnderTest())('ticket queue (%s)', (engine) => {
  let db: TestDatabase;
  let statements: string[] = [];
  let f: TicketFixture;
  const named = new Map<string, string>();
  const label = (t: Ticket) => named.get(t.id) ?? t.id;

  beforeAll(async () => {
    db = await createTestDatabase(engine, (text) => statements.push(text));
    f = await createTicketFixture(db);
    const [unit0, unit1] = f.unitIds;
    const [staff0, staff1, staff2] = f.staffIds;
    const [req0, req1] = f.requesterIds;
    const base = { deadlines: { handoverBy: null, replyBy: null, resolveBy: at(8) } };
    const seed: Record<string, Parameters<typeof newTicket>[1]> = {
      t1: { ...base, receivedAt: at(-5), unitId: unit0, requesterId: req0 },
      t2: {
        receivedAt: at(-1),
        status: 'assigned',
        kind: 'repair',
        severity: 'major',
        unitId: unit1,
        assigneeId: staff0,
        requesterId: req1,
        title: 'Leak 100% urgent',
        location: 'B1_parking',
        deadlines: { handoverBy: null, replyBy: null, resolveBy: at(2) },
      },
      t3: {
        receivedAt: at(-3),
        status: 'in_progress',
        kind: 'consultation',
        severity: 'important',
        unitId: unit0,
        assigneeId: staff1,
        createdById: staff2,
        title: '1000 units',
        location: 'B1-parking',
        deadlines: { handoverBy: null, replyBy: null, resolveBy: at(-1) },
      },
      t4: { ...base, receivedAt: at(-4), status: 'closed', unitId: unit1, assigneeId: staff1, createdById: staff0, title: '闭单' },
      t5: {
        ...base,
        receivedAt: at(-2),
        status: 'resolved',
        unitId: null,
        requesterId: req1,
        resolvedAt: at(-1),
        followUpDueAt: at(48),
        title: 'other',
        description: 'mentions percent_sign',
      },
    };
    await db.transaction(async (tx) => {
      for (const [name, overrides] of Object.entries(seed)) {
        named.set((await insertTicket(tx, newTicket(f, overrides))).id, name);
      }
    });
  });
  afterAll(() => db.drop());
  beforeEach(() => {
    statements = [];
  });

  const page2Names = (page: { rows: Ticket[] }) => page.rows.map(label);
  const list = async (filter: Omit<TicketQueueFilter, 'now'>, visibility: TicketVisibility = SITE, order: TicketQueueOrder = 'due') => {
    const page = await listTickets(db, { siteId: f.siteId, visibility, filter: { ...filter, now: NOW }, order, first: 50 });
    return page.rows.map(label);
  };

  it('orders by due time with nothing due last, or newest first', async () => {
    expect(await list({})).toEqual(['t3', 't2', 't1', 't5', 't4']);
    expect(await list({}, SITE, 'newest')).toEqual(['t2', 't5', 't3', 't4', 't1']);
  });

  it('joins each row’s requester and assignee into the same single statement, for every page shape', async () => {
    const shapes: Omit<ListTicketsInput, 'siteId' | 'visibility' | 'first'>[] = [
      { filter: { now: NOW }, order: 'due' },
      { filter: { now: NOW, statuses: ['received', 'assigned', 'in_progress'] }, order: 'due' },
      { filter: { now: NOW, unitId: f.unitIds[0] }, order: 'newest' },
    ];
    for (const shape of shapes) {
      const plain = await listTickets(db, { ...shape, siteId: f.siteId, visibility: SITE, first: 50 });
      statements = [];
      const page = await listTicketsWithParties(db, { ...shape, siteId: f.siteId, visibility: SITE, first: 50 });
      expect(statements).toHaveLength(1);
      expect(page.rows).toEqual(plain.rows);
      expect(page.cursors).toEqual(plain.cursors);
      expect(page.parties).toHaveLength(page.rows.length);
      page.rows.forEach((ticket, i) => {
        const { requester, assignee } = page.parties[i]!;
        expect(requester?.id).toBe(ticket.requesterId);
        expect(requester?.siteId).toBe(f.siteId);
        expect(assignee?.id ?? null).toBe(ticket.assigneeId);
      });
    }
    expect(page2Names(await listTicketsWithParties(db, { siteId: f.siteId, visibility: SITE, filter: { now: NOW }, order: 'due', first: 2 }))).toEqual(['t3', 't2']);
    expect((await listTicketsWithParties(db, { siteId: f.siteId, visibility: { kind: 'none' }, filter: { now: NOW }, order: 'due', first: 5 })).parties).toEqual([]);
  });

  it('finds tickets by id with their requester and assignee in one statement, null for ids of other sites', async () => {
    const { rows } = await listTickets(db, { siteId: f.siteId, visibility: SITE, filter: { now: NOW }, order: 'due', first: 50 });
    const t2 = rows.find((t) => label(t) === 't2')!;
    const t1 = rows.find((t) => label(t) === 't1')!;
    statements = [];
    const found = await findTicketsWithPartiesByIds(db, f.siteId, [t2.id, 'not-a-uuid', t1.id.toUpperCase()]);
    expect(statements).toHaveLength(1);
    expect(found[0]?.ticket).toEqual(t2);
    expect(found[0]?.requester?.id).toBe(t2.requesterId);
    expect(found[0]?.assignee?.id).toBe(t2.assigneeId);
    expect(found[1]).toBeNull();
    expect(found[2]?.ticket.id).toBe(t1.id);
    expect(found[2]?.assignee).toBeNull();
    const other = await createTicketFixture(db);
    expect(await findTicketsWithPartiesByIds(db, other.siteId, [t2.id])).toEqual([null]);
  });

  it('filters by status, kind and severity', async () => {
    expect(await list({ statuses: ['received', 'assigned'] })).toEqual(['t2', 't1']);
    expect(await list({ statuses: ['closed'] })).toEqual(['t4']);
    expect(await list({ statuses: ['closed', 'resolved', 'received'] }, SITE, 'newest')).toEqual(['t5', 't4', 't1']);
    expect(await list({ statuses: [] })).toHaveLength(5);
    expect(await list({ kinds: ['complaint'] })).toEqual(['t1', 't5', 't4']);
    expect(await list({ severities: ['major', 'important'] })).toEqual(['t3', 't2']);
  });

  it('filters by overdue, assignee, unit and requester', async () => {
    expect(await list({ overdue: true })).toEqual(['t3']);
    expect(await list({ overdue: false })).toEqual(['t2', 't1', 't5', 't4']);
    expect(await list({ assigneeId: f.staffIds[1] })).toEqual(['t3', 't4']);
    expect(await list({ unassigned: true })).toEqual(['t1', 't5']);
    expect(await list({ unassigned: false })).toEqual(['t3', 't2', 't4']);
    expect(await list({ unitId: f.unitIds[1] })).toEqual(['t2', 't4']);
    expect(await list({ requesterId: f.requesterIds[1] })).toEqual(['t2', 't5']);
    expect(await list({ requesterId: f.requesterIds[1], statuses: ['assigned', 'resolved'], unassigned: true })).toEqual(['t5']);
    expect(await list({ unitId: 'not-a-uuid' })).toEqual([]);
  });

  it('searches title, description and location with % and _ taken literally, and the number', async () => {
    expect(await list({ text: '闭单' })).toEqual(['t4']);
    expect(await list({ text: '上午' })).toEqual(['t3', 't2', 't1', 't4']);
    expect(await list({ text: '100%' })).toEqual(['t2']);
    expect(await list({ text: 'b1_P' })).toEqual(['t2']);
    expect(await list({ text: 'percent_' })).toEqual(['t5']);
    expect(await list({ text: '   ' })).toHaveLength(5);
    const [t4] = (await listTickets(db, { siteId: f.siteId, visibility: SITE, filter: { now: NOW, statuses: ['closed'] }, order: 'due', first: 1 })).rows;
    expect(await list({ text: `KF-${String(t4?.number).padStart(6, '0')}` })).toEqual(['t4']);
    expect(await list({ text: String(t4?.number) })).toContain('t4');
  });

  it('limits to what the viewer may see', async () => {
    expect(await list({}, { kind: 'scoped', unitIds: [f.unitIds[0]], staffIds: [] })).toEqual(['t3', 't1']);
    expect(await list({}, { kind: 'scoped', unitIds: [], staffIds: [f.staffIds[0]] })).toEqual(['t2', 't4']);
    expect(await list({}, { kind: 'scoped', unitIds: [], staffIds: [f.staffIds[2]] })).toEqual(['t3']);
    // Merchant complaints wherever they are (002_… 及时收集各卖场前台受理的商户投诉).
    expect(await list({}, { kind: 'scoped', unitIds: [], staffIds: [f.staffIds[2]], tags: ['merchant_complaint'] })).toEqual(['t3', 't1', 't5', 't4']);
    expect(await list({}, { kind: 'requester', requesterId: f.requesterIds[1] })).toEqual(['t2', 't5']);
    expect(await list({}, { kind: 'requester', requesterId: f.requesterIds[1] }, 'newest')).toEqual(['t2', 't5']);
    const other = await createTicketFixture(db);
    expect(await listTickets(db, { siteId: other.siteId, visibility: SITE, filter: { now: NOW }, order: 'due', first: 10 })).toEqual({
      rows: [],
      cursors: [],
      hasNextPage: false,
      endCursor: null,
    });
    statements = [];
    expect(await list({}, { kind: 'none' })).toEqual([]);
    expect(await list({}, { kind: 'scoped', unitIds: [], staffIds: [] })).toEqual([]);
    expect(statements).toEqual([]);
  });

  it("keeps exactly the tickets the domain's in-memory filter keeps, for every visibility over the fixture", async () => {
    const all = (await listTickets(db, { siteId: f.siteId, visibility: SITE, filter: { now: NOW }, order: 'due', first: 50 })).rows;
    const subsets = <T>(items: readonly T[]): T[][] => items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
    const visibilities: TicketVisibility[] = [
      SITE,
      { kind: 'none' },
      ...f.requesterIds.map((requesterId): TicketVisibility => ({ kind: 'requester', requesterId })),
      ...subsets(f.unitIds).flatMap((unitIds) => subsets(f.staffIds).map((staffIds): TicketVisibility => ({ kind: 'scoped', unitIds, staffIds }))),
      ...subsets(f.staffIds).map((staffIds): TicketVisibility => ({ kind: 'scoped', unitIds: [], staffIds, tags: ['merchant_complaint'] })),
    ];
    for (const visibility of visibilities) {
      const expected = all.filter((t) => matches(visibility, ticketResource(t))).map(label);
      expect(await list({}, visibility), JSON.stringify(visibility)).toEqual(expected);
      const counted = await countTicketsByStatusAndSeverity(db, f.siteId, visibility);
      expect(counted.reduce((sum, c) => sum + c.count, 0)).toBe(expected.length);
    }
  });

  it('counts per status and severity, and overdue, within the visibility', async () => {
    expect(await countTicketsByStatusAndSeverity(db, f.siteId, SITE)).toEqual([
      { status: 'assigned', severity: 'major', count: 1 },
      { status: 'closed', severity: 'minor', count: 1 },
      { status: 'in_progress', severity: 'important', count: 1 },
      { status: 'received', severity: 'minor', count: 1 },
      { status: 'resolved', severity: 'minor', count: 1 },
    ]);
    expect(await countTicketsByStatusAndSeverity(db, f.siteId, { kind: 'requester', requesterId: f.requesterIds[1] })).toEqual([
      { status: 'assigned', severity: 'major', count: 1 },
      { status: 'resolved', severity: 'minor', count: 1 },
    ]);
    expect(await countTicketsByStatusAndSeverity(db, f.siteId, { kind: 'none' })).toEqual([]);
    expect(await countOverdue(db, f.siteId, SITE, NOW)).toBe(1);
    expect(await countOverdue(db, f.siteId, SITE, at(9))).toBe(3);
    expect(await countOverdue(db, f.siteId, { kind: 'scoped', unitIds: [f.unitIds[1]], staffIds: [] }, at(9))).toBe(1);
  });

  it('refuses a page size outside 1..100 and a foreign or broken cursor', async () => {
    const input = (over: Partial<ListTicketsInput>): ListTicketsInput => ({
      siteId: f.siteId,
      visibility: SITE,
      filter: { now: NOW },
      order: 'due',
      first: 2,
      ...over,
    });
    for (const first of [0, 101, 1.5]) await expect(listTickets(db, input({ first }))).rejects.toBeInstanceOf(ValidationError);
    const { endCursor } = await listTickets(db, input({}));
    await expect(listTickets(db, input({ order: 'newest', after: endCursor }))).rejects.toBeInstanceOf(ValidationError);
    await expect(listTickets(db, input({ after: 'bm9wZQ' }))).rejects.toBeInstanceOf(ValidationError);
  });

  describe('paging through 250 tickets', () => {
    let p: TicketFixture;
    let all: Ticket[];
    const open: TicketStatus[] = ['received', 'assigned', 'in_progress', 'resolved', 'closed'];

    beforeAll(async () => {
      p = await createTicketFixture(db);
      all = await db.transaction(async (tx) => {
        const out: Ticket[] = [];
        for (let i = 0; i < 250; i++) {
          const status = open[i % open.length]!;
          const receivedAt = at(-(i % 17));
          out.push(
            await insertTicket(
              tx,
              newTicket(p, {
                status,
                receivedAt,
                unitId: p.unitIds[i % 2],
                assigneeId: i % 3 === 0 ? null : p.staffIds[i % 3],
                // Many equal deadlines, and resolved tickets with or without a follow-up owed.
                deadlines: { handoverBy: null, replyBy: null, resolveBy: at(i % 23) },
                followUpDueAt: status === 'resolved' && i % 2 === 0 ? at(i % 7) : null,
              }),
            ),
          );
        }
        return out;
      });
    });

    const cases: [string, TicketQueueOrder, Omit<TicketQueueFilter, 'now'>, TicketVisibility][] = [
      ['due, all statuses', 'due', {}, SITE],
      ['due, one status', 'due', { statuses: ['resolved'] }, SITE],
      ['due, several statuses', 'due', { statuses: ['resolved', 'closed', 'received'] }, SITE],
      ['due, scoped', 'due', { statuses: ['received', 'resolved'] }, { kind: 'scoped', unitIds: [], staffIds: [] }],
      ['newest, all statuses', 'newest', {}, SITE],
      ['newest, several statuses', 'newest', { statuses: ['closed', 'assigned'] }, SITE],
    ];

    it.each(cases)('%s: each ticket exactly once, in order, one statement per page', async (_, order, filter, visibility) => {
      const scoped: TicketVisibility =
        visibility.kind === 'scoped' ? { kind: 'scoped', unitIds: [p.unitIds[0]], staffIds: [p.staffIds[1]] } : visibility;
      const inScope = (t: Ticket) => matches(scoped, ticketResource(t));
      const expected = all
        .filter((t) => (!filter.statuses || filter.statuses.includes(t.status)) && inScope(t))
        .sort(order === 'due' ? byDue : byNewest)
        .map((t) => t.id);
      expect(expected.length).toBeGreaterThan(20);
      if (order === 'due') expect(all.some((t) => expected.includes(t.id) && nextDeadline(t) === null)).toBe(true);

      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages++) {
        statements = [];
        const page = await listTickets(db, { siteId: p.siteId, visibility: scoped, filter: { ...filter, now: NOW }, order, first: 20, after });
        expect(statements).toHaveLength(1);
        seen.push(...page.rows.map((t) => t.id));
        expect(page.hasNextPage).toBe(seen.length < expected.length);
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('sends one statement whatever the page size', async () => {
      for (const first of [1, 20, 100]) {
        for (const statuses of [undefined, ['closed'] as TicketStatus[], open]) {
          const input: ListTicketsInput = { siteId: p.siteId, visibility: SITE, filter: { now: NOW, statuses }, order: 'due', first };
          statements = [];
          const page = await listTickets(db, input);
          await listTickets(db, { ...input, after: page.endCursor });
          expect(statements).toHaveLength(2);
        }
      }
    });
  });
});
