import type { TicketStatus, TicketVisibility } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { countQueueTickets, listTicketsWithParties, readQueueInBatches, type QueueExportInput } from './ticket-queue.query.js';
import { insertTicket } from './ticket.repository.js';

const NOW = new Date('2026-03-02T08:00:00.000Z');
const HOUR = 3_600_000;
const STATUSES: TicketStatus[] = ['received', 'assigned', 'in_progress', 'resolved', 'closed'];

describe.each(enginesUnderTest())('the queue read whole for an export (%s)', (engine) => {
  let db: TestDatabase;
  let f: TicketFixture;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    f = await createTicketFixture(db);
    // 230 tickets: more than two of the PGlite pages, with shared due times so the id breaks ties.
    for (let i = 0; i < 230; i++) {
      const receivedAt = new Date(NOW.getTime() - (i % 37) * HOUR);
      await insertTicket(
        db,
        newTicket(f, {
          receivedAt,
          status: STATUSES[i % STATUSES.length]!,
          unitId: f.unitIds[i % 2]!,
          assigneeId: i % 3 === 0 ? null : f.staffIds[i % 3]!,
          deadlines: { handoverBy: null, replyBy: null, resolveBy: new Date(receivedAt.getTime() + (i % 5) * HOUR) },
        }),
      );
    }
  });
  afterAll(() => db.drop());

  /** The queue as the desk pages it, every page to the end. */
  const paged = async (input: QueueExportInput) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listTicketsWithParties(db, { ...input, first: 50, after });
      ids.push(...page.rows.map((t) => t.id));
      if (!page.hasNextPage) return ids;
      after = page.endCursor;
    }
  };
  const batched = async (input: QueueExportInput, size = 40) => {
    const batches: string[][] = [];
    for await (const batch of readQueueInBatches(db, input, size)) batches.push(batch.map((row) => row.ticket.id));
    return batches;
  };
  const site: TicketVisibility = { kind: 'site' };
  const cases: [string, () => QueueExportInput][] = [
    ['the whole site by due date', () => ({ siteId: f.siteId, visibility: site, filter: { now: NOW }, order: 'due' })],
    ['several statuses, newest first', () => ({ siteId: f.siteId, visibility: site, filter: { now: NOW, statuses: ['assigned', 'resolved'] }, order: 'newest' })],
    ['several statuses by due date', () => ({ siteId: f.siteId, visibility: site, filter: { now: NOW, statuses: ['received', 'closed'] }, order: 'due' })],
    [
      'a scoped viewer, unassigned only',
      () => ({ siteId: f.siteId, visibility: { kind: 'scoped', unitIds: [f.unitIds[0]], staffIds: [] }, filter: { now: NOW, unassigned: true }, order: 'due' }),
    ],
  ];

  it.each(cases)('holds the queue’s rows in the queue’s order, in batches: %s', async (_name, input) => {
    const expected = await paged(input());
    const batches = await batched(input());
    expect(batches.flat()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(40);
    expect(await countQueueTickets(db, input())).toBe(expected.length);
  });

  it('carries each ticket’s requester and assignee, and stops when the reader does', async () => {
    const input: QueueExportInput = { siteId: f.siteId, visibility: site, filter: { now: NOW, unassigned: false }, order: 'due' };
    const rows = [];
    for await (const batch of readQueueInBatches(db, input, 5)) {
      rows.push(...batch);
      break;
    }
    expect(rows.map((r) => r.ticket.id)).toEqual((await paged(input)).slice(0, 5));
    expect(rows.every((r) => r.requester?.name === '茶饮店' && r.assignee !== null)).toBe(true);
    // The connection a cursor held is free again: the next statement runs.
    expect(await countQueueTickets(db, input)).toBeGreaterThan(5);
  });

  it('reads nothing for a viewer who may see nothing, or another site', async () => {
    const none = { siteId: f.siteId, visibility: { kind: 'none' } as TicketVisibility, filter: { now: NOW }, order: 'due' as const };
    expect(await batched(none)).toEqual([]);
    expect(await countQueueTickets(db, none)).toBe(0);
    const other = await createTicketFixture(db);
    expect(await batched({ ...none, siteId: other.siteId, visibility: site })).toEqual([]);
  });
});
