/*
 * The server engine prepares every statement and keeps it per connection, keyed by its text. The
 * queue builds its text from the filter's shape only — which conditions are present — never from
 * the values, so the statements a connection can ever prepare are a fixed, countable set.
 */
import { describe, expect, it } from 'vitest';
import type { TicketVisibility } from '@kefu/domain/tickets';
import type { Queryable, Row } from '../engine/database.js';
import { encodeCursor } from '../shared/opaque-cursor.js';
import { listTickets, listTicketsWithParties, type ListTicketsInput, type TicketQueueFilter, type TicketQueueOrder } from './ticket-queue.query.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Records the text of each statement and answers with no rows. */
function recorder(): Queryable & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    query: <T extends Row>(text: string) => {
      texts.push(text);
      return Promise.resolve([] as T[]);
    },
  };
}

type Values = 0 | 1;

/** One variant of a dimension: what it adds to the input, for two different sets of values. */
type Variant = (input: ListTicketsInput, values: Values) => void;

const filter = (patch: (f: TicketQueueFilter, v: Values) => void): Variant => (input, v) => patch(input.filter, v);
const none: Variant = () => {};

// Each dimension lists its shapes; the values differ between the two sets (0 and 1) in content and length.
const DIMENSIONS: Record<string, Variant[]> = {
  visibility: [
    none,
    (input, v) => (input.visibility = { kind: 'requester', requesterId: id(10 + v) }),
    (input, v) => (input.visibility = { kind: 'scoped', unitIds: v ? [id(1), id(2), id(3)] : [id(4)], staffIds: [] } as TicketVisibility),
    (input, v) => (input.visibility = { kind: 'scoped', unitIds: [], staffIds: v ? [id(5)] : [id(6), id(7)] } as TicketVisibility),
    (input, v) => (input.visibility = { kind: 'scoped', unitIds: [id(8 + v)], staffIds: [id(9), id(20 + v)] } as TicketVisibility),
  ],
  statuses: [none, filter((f, v) => (f.statuses = [v ? 'received' : 'in_progress'])), filter((f, v) => (f.statuses = v ? ['received', 'in_progress', 'resolved'] : ['received', 'assigned']))],
  kinds: [none, filter((f, v) => (f.kinds = v ? ['repair', 'complaint'] : ['consultation']))],
  severities: [none, filter((f, v) => (f.severities = v ? ['major'] : ['minor', 'important']))],
  overdue: [none, filter((f) => (f.overdue = true)), filter((f) => (f.overdue = false))],
  assigneeId: [none, filter((f, v) => (f.assigneeId = id(30 + v)))],
  unitId: [none, filter((f, v) => (f.unitId = id(40 + v)))],
  requesterId: [none, filter((f, v) => (f.requesterId = id(50 + v)))],
  unassigned: [none, filter((f) => (f.unassigned = true)), filter((f) => (f.unassigned = false))],
  newToStaff: [none, filter((f) => (f.newToStaff = true)), filter((f) => (f.newToStaff = false))],
  text: [none, filter((f, v) => (f.text = v ? '漏水' : 'broken 50%_')), filter((f, v) => (f.text = v ? 'KF-000123' : '77'))],
};

/** Order and cursor together: a 'newest' cursor always has a key, a 'due' one may not. */
const PAGING: { order: TicketQueueOrder; after: (v: Values) => string | null }[] = [
  { order: 'due', after: () => null },
  { order: 'due', after: (v) => encodeCursor(['due', new Date(Date.UTC(2026, 0, 1 + v)).toISOString(), id(60 + v)]) },
  { order: 'due', after: (v) => encodeCursor(['due', null, id(70 + v)]) },
  { order: 'newest', after: () => null },
  { order: 'newest', after: (v) => encodeCursor(['newest', new Date(Date.UTC(2026, 1, 1 + v)).toISOString(), id(80 + v)]) },
];

/** Every combination of one variant per dimension. */
function* combinations(dimensions: Variant[][]): Generator<Variant[]> {
  const [first, ...rest] = dimensions;
  if (!first) {
    yield [];
    return;
  }
  for (const tail of combinations(rest)) for (const variant of first) yield [variant, ...tail];
}

function build(variants: Variant[], paging: (typeof PAGING)[number], v: Values): ListTicketsInput {
  const input: ListTicketsInput = {
    siteId: id(90 + v),
    visibility: { kind: 'site' },
    filter: { now: new Date(Date.UTC(2026, 2, 1 + v)) },
    order: paging.order,
    first: v ? 100 : 1,
    after: paging.after(v),
  };
  for (const variant of variants) variant(input, v);
  return input;
}

describe('ticket queue statement shapes', () => {
  it('builds one text per filter shape whatever the values, so prepared statements stay a bounded set', async () => {
    const dimensions = Object.values(DIMENSIONS);
    const shapes = dimensions.reduce((n, d) => n * d.length, 1) * PAGING.length;
    const texts = new Set<string>();
    const withParties = new Set<string>();
    let combinationsSeen = 0;
    let valuesInText = 0;
    const q = recorder();
    for (const variants of combinations(dimensions)) {
      for (const paging of PAGING) {
        combinationsSeen += 1;
        q.texts.length = 0;
        await listTickets(q, build(variants, paging, 0));
        await listTickets(q, build(variants, paging, 1));
        // The same shape with other values (other ids, more statuses, another page size) is the same statement.
        if (q.texts.length !== 2 || q.texts[0] !== q.texts[1]) valuesInText += 1;
        texts.add(q.texts[0]!);
        // The page with its parties wraps the same shape: one more text per shape, no more.
        if (combinationsSeen % 101 === 0) {
          q.texts.length = 0;
          await listTicketsWithParties(q, build(variants, paging, 0));
          await listTicketsWithParties(q, build(variants, paging, 1));
          if (q.texts[0] !== q.texts[1]) valuesInText += 1;
          withParties.add(q.texts[0]!);
        }
      }
    }
    expect(valuesInText).toBe(0);
    // 5 visibilities × 3 status shapes × 2 kinds × 2 severities × 3 overdue × 2 × 2 × 2 ids × 3 unassigned × 3 new × 3 text × 5 paging shapes.
    expect(combinationsSeen).toBe(shapes);
    expect(shapes).toBe(194_400);
    // One text per shape, except that a requester's own view and a site-wide filter on that requester
    // are the same statement when no condition sits between them: 194,400 / (5 × 2 × 2 × 3 × 2 × 2 × 2) = 405
    // shapes share a text with another. Nothing else collapses, so no two shapes run one wrong statement.
    expect(texts.size).toBe(shapes - 405);
    expect(withParties.size).toBe(Math.floor(shapes / 101));
    // Nearly 400,000 statements built: seconds on a quiet machine, more on a busy one.
  }, 180_000);

  it('never puts a value into the text', async () => {
    const q = recorder();
    await listTickets(q, {
      siteId: id(1),
      visibility: { kind: 'requester', requesterId: id(2) },
      filter: { now: new Date(), statuses: ['received'], text: "'; DROP TABLE tickets; --", assigneeId: id(3) },
      order: 'due',
      first: 50,
    });
    const [text] = q.texts;
    expect(text).not.toContain(id(1));
    expect(text).not.toContain(id(2));
    expect(text).not.toContain(id(3));
    expect(text).not.toContain('DROP');
    expect(text).not.toMatch(/'received'/);
  });
});
