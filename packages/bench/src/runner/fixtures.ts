import type { Queryable } from '@kefu/db/engine';
import { globalId, type ScenarioName, type ScenarioVariables } from '../scenarios/scenarios.js';

/** What the scenarios ask for on one site: real ids picked from the loaded data. */
export type Fixtures = {
  /** Q1 and Q3 rotate over these tickets (with timelines). */
  ticketIds: string[];
  queue: { status: string; unitId: string };
  /** M1 reassigns these open tickets, alternating between two clerks; versions are tracked as they change. */
  assignable: { id: string; version: number }[];
  assignees: string[];
};

export async function pickFixtures(q: Queryable, siteId: string, unitId: string): Promise<Fixtures> {
  const tickets = await q.query<{ id: string }>(
    `SELECT id FROM tickets WHERE site_id = $1 AND status IN ('in_progress', 'resolved', 'closed') ORDER BY number DESC LIMIT 500`,
    [siteId],
  );
  const assignable = await q.query<{ id: string; version: number }>(
    `SELECT id, version FROM tickets WHERE site_id = $1 AND status = 'assigned' AND unit_id = $2 ORDER BY number LIMIT 5000`,
    [siteId, unitId],
  );
  const clerks = await q.query<{ assignee_id: string }>(
    `SELECT assignee_id FROM tickets WHERE site_id = $1 AND unit_id = $2 AND assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 2`,
    [siteId, unitId],
  );
  // The unit's busiest open queue: the page a clerk opens most.
  const [queue] = await q.query<{ status: string }>(
    `SELECT status FROM tickets WHERE site_id = $1 AND unit_id = $2 AND status IN ('received', 'assigned', 'relayed', 'in_progress')
     GROUP BY status ORDER BY count(*) DESC, status LIMIT 1`,
    [siteId, unitId],
  );
  if (tickets.length === 0 || assignable.length === 0 || clerks.length < 2 || !queue) throw new Error('the dataset has too few tickets for the scenarios');
  return {
    ticketIds: tickets.map((t) => t.id),
    queue: { status: queue.status.toUpperCase(), unitId },
    assignable,
    assignees: clerks.map((c) => c.assignee_id),
  };
}

/** Request variables for the n-th request of a scenario; M1 reads and bumps the tracked version. */
export function variablesFor(name: ScenarioName, fixtures: Fixtures, n: number, first = 50): ScenarioVariables {
  switch (name) {
    case 'Q1':
    case 'Q3':
      return { id: globalId('Ticket', fixtures.ticketIds[n % fixtures.ticketIds.length]!) };
    case 'Q2':
      return { first, status: fixtures.queue.status, unitId: fixtures.queue.unitId };
    case 'Q4':
      return { first: 20 };
    case 'Q5':
      return {};
    case 'M1': {
      const ticket = fixtures.assignable[n % fixtures.assignable.length]!;
      const assignee = fixtures.assignees[(n + ticket.version) % fixtures.assignees.length]!;
      return { id: globalId('Ticket', ticket.id), version: ticket.version, assigneeId: globalId('Staff', assignee) };
    }
  }
}

/** After a successful M1 the ticket's version moved on. */
export function recordVersion(fixtures: Fixtures, body: unknown): void {
  const result = (body as { data?: { assignTicket?: { id: string; version: number } } } | null)?.data?.assignTicket;
  if (!result) return;
  const id = Buffer.from(result.id, 'base64').toString('utf8').split(':')[1];
  let index = indexes.get(fixtures);
  if (!index) indexes.set(fixtures, (index = new Map(fixtures.assignable.map((t) => [t.id, t]))));
  const ticket = id === undefined ? undefined : index.get(id);
  if (ticket) ticket.version = result.version;
}

const indexes = new WeakMap<Fixtures, Map<string, Fixtures['assignable'][number]>>();
