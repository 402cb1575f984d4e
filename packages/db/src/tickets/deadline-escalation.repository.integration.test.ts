import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breachedDeadlines } from '@kefu/domain/tickets';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { claimDeadlineEscalations, countDeadlineEscalations, findBreachCandidates, type BreachCandidate } from './deadline-escalation.repository.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { insertTicket } from './ticket.repository.js';

const HOUR = 3_600_000;
const receivedAt = new Date('2026-03-02T02:00:00.000Z');
const late = new Date(receivedAt.getTime() + 9 * HOUR);

describe.each(enginesUnderTest())('deadline escalations (%s)', (engine) => {
  let db: TestDatabase;
  let f: TicketFixture;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    f = await createTicketFixture(db);
  });
  afterAll(() => db.drop());

  const mine = (candidates: BreachCandidate[]) => candidates.filter((c) => c.ticket.siteId === f.siteId);

  it('finds open tickets past their deadline, oldest first, not the ones still on time or done', async () => {
    const overdue = await insertTicket(db, newTicket(f, { receivedAt }));
    const onTime = await insertTicket(db, newTicket(f, { receivedAt: new Date(receivedAt.getTime() + 5 * HOUR) }));
    const done = await insertTicket(db, newTicket(f, { receivedAt, status: 'closed', closedAt: late }));
    const found = mine(await findBreachCandidates(db, late, { first: 50 }));
    expect(found.map((c) => c.ticket.id)).toContain(overdue.id);
    expect(found.map((c) => c.ticket.id)).not.toContain(onTime.id);
    expect(found.map((c) => c.ticket.id)).not.toContain(done.id);
    expect(found.find((c) => c.ticket.id === overdue.id)?.escalated).toEqual([]);
  });

  it('claims a breach once; the claim comes back with the candidate; paging continues after the cursor', async () => {
    const ticket = await insertTicket(db, newTicket(f, { receivedAt }));
    const breaches = breachedDeadlines(ticket, late);
    expect(breaches.map((b) => b.kind)).toEqual(['resolve']);
    expect(await claimDeadlineEscalations(db, ticket, breaches, f.staffIds[1], late)).toEqual(breaches);
    expect(await claimDeadlineEscalations(db, ticket, breaches, f.staffIds[2], late)).toEqual([]);
    expect(await countDeadlineEscalations(db, ticket.id)).toBe(1);
    const all = mine(await findBreachCandidates(db, late, { first: 50 }));
    expect(all.find((c) => c.ticket.id === ticket.id)?.escalated).toEqual(breaches);
    const [firstPage] = all;
    const rest = mine(await findBreachCandidates(db, late, { first: 50, after: { dueAt: firstPage!.ticket.deadlines.resolveBy, id: firstPage!.ticket.id } }));
    expect(rest.map((c) => c.ticket.id)).toEqual(all.slice(1).map((c) => c.ticket.id));
  });

  it('a claim rolled back frees the breach for the next sweep', async () => {
    const ticket = await insertTicket(db, newTicket(f, { receivedAt }));
    const breaches = breachedDeadlines(ticket, late);
    await expect(
      db.transaction(async (tx) => {
        await claimDeadlineEscalations(tx, ticket, breaches, f.staffIds[1], late);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await claimDeadlineEscalations(db, ticket, breaches, f.staffIds[1], late)).toHaveLength(1);
  });
});
