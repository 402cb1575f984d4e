/*
 * The dashboard's counters (migration 010) against the truth: after any sequence of ticket writes
 * through the repository — new tickets, status and severity changes, writes rolled back, writes
 * on several sites, concurrent writes on the server — they equal a count(*) of the tickets.
 */
import { SEVERITIES, TICKET_STATUSES, type Severity, type Ticket, type TicketStatus } from '@kefu/domain/tickets';
import { StaleVersionError } from '@kefu/domain/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { createTicketFixture, newTicket, type TicketFixture } from './testing/ticket-fixtures.js';
import { findTicketById, insertTicket, updateTicket } from './ticket.repository.js';
import { countTicketsByStatusAndSeverity } from './ticket-queue.query.js';

type Command =
  | { kind: 'insert'; site: number; status: TicketStatus; severity: Severity }
  | { kind: 'update'; pick: number; status: TicketStatus; severity: Severity }
  | { kind: 'rolledBack'; site: number; pick: number; status: TicketStatus; severity: Severity }
  | { kind: 'concurrent'; picks: number[]; status: TicketStatus };

const status = fc.constantFrom(...TICKET_STATUSES);
const severity = fc.constantFrom(...SEVERITIES);
const pick = fc.nat();

const command = (withConcurrency: boolean): fc.Arbitrary<Command> =>
  fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), site: fc.nat(1), status, severity }),
    fc.record({ kind: fc.constant('update' as const), pick, status, severity }),
    fc.record({ kind: fc.constant('rolledBack' as const), site: fc.nat(1), pick, status, severity }),
    ...(withConcurrency ? [fc.record({ kind: fc.constant('concurrent' as const), picks: fc.array(pick, { minLength: 2, maxLength: 4 }), status })] : []),
  );

class RolledBack extends Error {}

describe.each(enginesUnderTest())('ticket counters (%s)', (engine) => {
  let db: TestDatabase;
  let sites: TicketFixture[];
  const ids: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    sites = [await createTicketFixture(db), await createTicketFixture(db)];
  });
  afterAll(() => db.drop());

  const truth = (siteId: string) =>
    db.query<{ status: TicketStatus; severity: Severity; count: number }>(
      `SELECT status, severity, count(*)::int AS count FROM tickets WHERE site_id = $1 GROUP BY status, severity ORDER BY status, severity`,
      [siteId],
    );

  /** Moves one ticket to a status and severity; a lost race on the version is a no-op, as a refused command is. */
  async function move(id: string, to: Partial<Ticket>): Promise<void> {
    await db.transaction(async (tx) => {
      const [siteId] = (await tx.query<{ site_id: string }>('SELECT site_id FROM tickets WHERE id = $1', [id])).map((r) => r.site_id);
      const ticket = await findTicketById(tx, siteId!, id);
      if (!ticket) return;
      await updateTicket(tx, { ...ticket, ...to, version: ticket.version + 1 }, ticket.version);
    }).catch((error: unknown) => {
      if (!(error instanceof StaleVersionError)) throw error;
    });
  }

  async function run(c: Command): Promise<void> {
    switch (c.kind) {
      case 'insert': {
        const ticket = await db.transaction((tx) => insertTicket(tx, newTicket(sites[c.site]!, { status: c.status, severity: c.severity })));
        ids.push(ticket.id);
        return;
      }
      case 'update':
        if (ids.length > 0) await move(ids[c.pick % ids.length]!, { status: c.status, severity: c.severity });
        return;
      case 'rolledBack':
        await db
          .transaction(async (tx) => {
            await insertTicket(tx, newTicket(sites[c.site]!, { status: c.status, severity: c.severity }));
            if (ids.length > 0) {
              const id = ids[c.pick % ids.length]!;
              const [row] = await tx.query<{ site_id: string }>('SELECT site_id FROM tickets WHERE id = $1', [id]);
              const ticket = await findTicketById(tx, row!.site_id, id);
              await updateTicket(tx, { ...ticket!, status: c.status, severity: c.severity, version: ticket!.version + 1 }, ticket!.version);
            }
            throw new RolledBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RolledBack)) throw error;
          });
        return;
      case 'concurrent':
        if (ids.length > 0) await Promise.all(c.picks.map((p, i) => move(ids[p % ids.length]!, { status: c.status, severity: SEVERITIES[i % SEVERITIES.length] })));
        return;
    }
  }

  it('equal count(*) per site, status and severity after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command(engine === 'postgres'), { minLength: 1, maxLength: 25 }), async (commands) => {
        for (const c of commands) await run(c);
        for (const site of sites) {
          expect(await countTicketsByStatusAndSeverity(db, site.siteId, { kind: 'site' })).toEqual(await truth(site.siteId));
        }
      }),
      { numRuns: 12 },
    );
    // The runs did write: the property was not checked on empty sites only.
    expect(ids.length).toBeGreaterThan(0);
  });

  it('are read from the counters for a site-wide viewer: one statement on ticket_counts', async () => {
    const statements: string[] = [];
    const counted = await createTestDatabase(engine, (text) => statements.push(text));
    try {
      const site = await createTicketFixture(counted);
      await counted.transaction((tx) => insertTicket(tx, newTicket(site, { severity: 'major' })));
      statements.length = 0;
      expect(await countTicketsByStatusAndSeverity(counted, site.siteId, { kind: 'site' })).toEqual([{ status: 'received', severity: 'major', count: 1 }]);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/FROM ticket_counts/);
    } finally {
      await counted.drop();
    }
  });
});
