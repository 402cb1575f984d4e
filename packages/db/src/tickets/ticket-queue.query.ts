/*
 * Ticket queues: one statement per page, keyset paging on (sort key, id).
 *
 * Which index serves which shape (every statement starts with site_id = $):
 * - order 'due', one status            → tickets_queue_idx (site_id, status, due_at, id), read in order.
 * - order 'due', several statuses      → one LATERAL slice per status, each read in order from
 *   tickets_queue_idx and merged; PostgreSQL 15 cannot read `status = ANY(…)` in due order.
 * - unitId (+ status)                  → tickets_unit_queue_idx (site_id, unit_id, status, due_at, id).
 * - assigneeId / unassigned (+ status) → tickets_assignee_idx (site_id, assignee_id, status, due_at, id);
 *   `assignee_id IS NULL` is a btree index condition.
 * - requesterId / visibility 'requester' → tickets_requester_idx (site_id, requester_id, received_at DESC, id):
 *   one requester's tickets are few, so sorting them for 'due' is cheap.
 * - no status filter, order 'due'; overdue (due_at < now); countOverdue → tickets_site_due_idx (site_id, due_at, id).
 * - order 'newest' without requester   → tickets_site_received_idx (003), read in order.
 * - visibility 'scoped'                → BitmapOr of tickets_unit_queue_idx, tickets_assignee_idx and
 *   tickets_created_by_idx (003), or an in-order scan of the queue index when the scope is wide.
 * - newToStaff                         → tickets_unseen_idx (008), partial on the few unseen tickets.
 * - kinds, severities                  → filters on rows the index scan yields (low selectivity).
 * - text                               → a filter as well: ILIKE '%…%' cannot use a btree. It stays
 *   bounded while other conditions narrow the scan; a site-wide search over a million tickets wants
 *   a pg_trgm GIN index (PGlite must load the extension first).
 * A cursor (sort key, id) becomes a row comparison `(due_at, id) > ($, $)` that the btree uses as
 * the scan's start; NULL due_at rows (sorted last) are a second slice `due_at IS NULL AND id > $`.
 */
import { ValidationError } from '@kefu/domain/shared';
import type { Severity, Ticket, TicketKind, TicketStatus, TicketTag, TicketVisibility } from '@kefu/domain/tickets';
import type { Database, Queryable } from '../engine/database.js';
import { containsPattern } from '../shared/contains-pattern.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { ticketMapper, type TicketRow } from './ticket.mapper.js';
import { PARTY_COLUMNS, PARTY_JOINS, ticketWithPartiesFromRow, type TicketWithParties, type TicketWithPartiesRow } from './ticket-parties.js';

/** An empty list means "any", as an untouched multi-select does. */
export type TicketQueueFilter = {
  statuses?: TicketStatus[];
  kinds?: TicketKind[];
  severities?: Severity[];
  /** true: due_at before `now`; false: not due yet or nothing due. */
  overdue?: boolean;
  now: Date;
  assigneeId?: string;
  /** true: nobody assigned; false: somebody assigned. */
  unassigned?: boolean;
  unitId?: string;
  requesterId?: string;
  /** true: only requests no member of staff has opened yet (isNewToStaff); false: only opened ones. */
  newToStaff?: boolean;
  /** true: only tickets sent back to work at least once (the returned / unsatisfied view); false: only never reopened ones. */
  reopened?: boolean;
  /** Part of the title, description or location, or the ticket number (123 or KF-000123). */
  text?: string;
};

export type TicketQueueOrder = 'due' | 'newest';

export type ListTicketsInput = {
  siteId: string;
  visibility: TicketVisibility;
  filter: TicketQueueFilter;
  order: TicketQueueOrder;
  first: number;
  after?: string | null;
};

/** `cursors[i]` resumes after `rows[i]`; `endCursor` is the last of them. */
export type TicketPage = { rows: Ticket[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

export const MAX_PAGE_SIZE = 100;

type Cursor = { order: TicketQueueOrder; key: Date | null; id: string };

const EMPTY_PAGE: TicketPage = { rows: [], cursors: [], hasNextPage: false, endCursor: null };

/** Binds parameters as `$n` in the order conditions are written. */
type Binder = (value: unknown) => string;

const createBinder = (): { bind: Binder; values: unknown[] } => {
  const values: unknown[] = [];
  return { values, bind: (value) => (values.push(value), `$${values.length}`) };
};

/** The domain's ticket tags (TICKET_TAGS) on the ticket's columns; constants only, nothing bound. */
const TAG_CONDITIONS: Record<TicketTag, string> = {
  merchant_complaint: `(t.kind = 'complaint' AND t.requester_kind = 'merchant')`,
};

/**
 * Conditions for the viewer's visibility, or null when the viewer can see nothing: the domain's
 * ticket facts (ticketFacts) on their columns, units on unit_id, staff on assignee_id or created_by_id.
 */
function visibilityConditions(visibility: TicketVisibility, bind: Binder): string[] | null {
  switch (visibility.kind) {
    case 'site':
      return [];
    case 'none':
      return null;
    case 'requester':
      return isUuid(visibility.requesterId) ? [`t.requester_id = ${bind(visibility.requesterId)}`] : null;
    case 'scoped': {
      const unitIds = visibility.unitIds.filter(isUuid);
      const staffIds = visibility.staffIds.filter(isUuid);
      const any: string[] = [];
      if (unitIds.length > 0) any.push(`t.unit_id = ANY(${bind(unitIds)}::uuid[])`);
      if (staffIds.length > 0) {
        const staff = bind(staffIds);
        any.push(`t.assignee_id = ANY(${staff}::uuid[])`, `t.created_by_id = ANY(${staff}::uuid[])`);
      }
      for (const tag of visibility.tags ?? []) if (tag in TAG_CONDITIONS) any.push(TAG_CONDITIONS[tag as TicketTag]);
      // A complaint about someone or something below the viewer (ticketFacts' `about`).
      const about = visibility.about;
      const aboutStaff = about?.staffIds.filter(isUuid) ?? [];
      const aboutPositions = about?.positionIds.filter(isUuid) ?? [];
      if (aboutStaff.length > 0) any.push(`t.subject_staff_id = ANY(${bind(aboutStaff)}::uuid[])`);
      if (aboutPositions.length > 0) any.push(`t.subject_position_id = ANY(${bind(aboutPositions)}::uuid[])`);
      if (about && about.unitCodes.length > 0) any.push(`t.subject_unit_code = ANY(${bind(about.unitCodes)}::text[])`);
      return any.length > 0 ? [`(${any.join(' OR ')})`] : null;
    }
  }
}

/** Conditions for the filter except statuses, or null when it cannot match anything. */
function filterConditions(filter: TicketQueueFilter, bind: Binder): string[] | null {
  const where: string[] = [];
  if (filter.kinds?.length) where.push(`t.kind = ANY(${bind(filter.kinds)}::text[])`);
  if (filter.severities?.length) where.push(`t.severity = ANY(${bind(filter.severities)}::text[])`);
  if (filter.overdue === true) where.push(`t.due_at < ${bind(filter.now)}`);
  if (filter.overdue === false) where.push(`(t.due_at IS NULL OR t.due_at >= ${bind(filter.now)})`);
  for (const [column, id] of [
    ['assignee_id', filter.assigneeId],
    ['unit_id', filter.unitId],
    ['requester_id', filter.requesterId],
  ] as const) {
    if (id === undefined) continue;
    if (!isUuid(id)) return null;
    where.push(`t.${column} = ${bind(id)}`);
  }
  if (filter.unassigned === true) where.push('t.assignee_id IS NULL');
  if (filter.unassigned === false) where.push('t.assignee_id IS NOT NULL');
  if (filter.newToStaff === true) where.push('t.first_seen_by_staff_at IS NULL');
  if (filter.newToStaff === false) where.push('t.first_seen_by_staff_at IS NOT NULL');
  if (filter.reopened === true) where.push('t.reopen_count > 0');
  if (filter.reopened === false) where.push('t.reopen_count = 0');
  const text = filter.text?.trim();
  if (text) {
    const pattern = bind(containsPattern(text));
    const any = [`t.title`, `t.description`, `t.location`].map((c) => `${c} ILIKE ${pattern} ESCAPE '\\'`);
    const number = /^(?:KF-?)?(\d{1,9})$/i.exec(text)?.[1];
    if (number !== undefined) any.push(`t.number = ${bind(Number(number))}`);
    where.push(`(${any.join(' OR ')})`);
  }
  return where;
}

const ORDER_BY: Record<TicketQueueOrder, (alias: string) => string> = {
  due: (a) => `${a}.due_at ASC NULLS LAST, ${a}.id ASC`,
  newest: (a) => `${a}.received_at DESC, ${a}.id DESC`,
};

/** The first `limit` rows after the cursor under `where`, in page order: one SELECT. */
function slice(where: string[], order: TicketQueueOrder, cursor: Cursor | null, limit: string, bind: Binder): string {
  const select = (extra: string[]) =>
    `SELECT t.* FROM tickets t WHERE ${[...where, ...extra].join(' AND ')} ORDER BY ${ORDER_BY[order]('t')} LIMIT ${limit}`;
  if (!cursor) return select([]);
  const id = `${bind(cursor.id)}::uuid`;
  if (order === 'newest') return select([`(t.received_at, t.id) < (${bind(cursor.key)}::timestamptz, ${id})`]);
  if (cursor.key === null) return select(['t.due_at IS NULL', `t.id > ${id}`]);
  // Rows after a dated cursor: later dates (the row comparison skips NULLs), then every NULL row.
  const dated = select([`(t.due_at, t.id) > (${bind(cursor.key)}::timestamptz, ${id})`]);
  const undated = select(['t.due_at IS NULL']);
  return `SELECT u.* FROM ((${dated}) UNION ALL (${undated})) u ORDER BY ${ORDER_BY.due('u')} LIMIT ${limit}`;
}

/** The site, the viewer's visibility and the filter except statuses; null when nothing can match. */
function queueConditions(siteId: string, visibility: TicketVisibility, filter: TicketQueueFilter, bind: Binder): string[] | null {
  const where = [`t.site_id = ${bind(siteId)}`];
  const visible = visibilityConditions(visibility, bind);
  const filtered = filterConditions(filter, bind);
  if (visible === null || filtered === null) return null;
  return [...where, ...visible, ...filtered];
}

/** Statuses as one condition: the whole queue at once has no page to read in index order. */
function statusCondition(filter: TicketQueueFilter, bind: Binder): string[] {
  const statuses = [...new Set(filter.statuses ?? [])];
  return statuses.length > 0 ? [`t.status = ANY(${bind(statuses)}::text[])`] : [];
}

type PageStatement = { sql: string; values: unknown[]; order: TicketQueueOrder; first: number };

/** The statement for one page, or null when the viewer or the filter can match nothing. */
function pageStatement(input: ListTicketsInput): PageStatement | null {
  const { siteId, visibility, filter, order, first } = input;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationError([{ field: 'first', rule: 'out_of_range', limit: MAX_PAGE_SIZE }]);
  }
  const cursor = input.after ? decodeQueueCursor(input.after, order) : null;
  const { bind, values } = createBinder();
  const where = queueConditions(siteId, visibility, filter, bind);
  if (where === null) return null;
  const limit = bind(first + 1);

  const statuses = [...new Set(filter.statuses ?? [])];
  let sql: string;
  if (statuses.length > 1 && order === 'due') {
    // One in-order index slice per status, merged: see the note at the top.
    const perStatus = slice([...where, 't.status = s.status'], order, cursor, limit, bind);
    sql = `SELECT p.* FROM unnest(${bind(statuses)}::text[]) AS s(status) CROSS JOIN LATERAL (${perStatus}) p
           ORDER BY ${ORDER_BY[order]('p')} LIMIT ${limit}`;
  } else {
    if (statuses.length === 1) where.push(`t.status = ${bind(statuses[0])}`);
    if (statuses.length > 1) where.push(`t.status = ANY(${bind(statuses)}::text[])`);
    sql = slice(where, order, cursor, limit, bind);
  }
  return { sql, values, order, first };
}

function toPage<R extends TicketRow, T>(rows: R[], { order, first }: PageStatement, map: (row: R) => T) {
  const page = rows.slice(0, first);
  const cursors = page.map((row) => encodeQueueCursor({ order, key: order === 'due' ? row.due_at : row.received_at, id: row.id }));
  return { rows: page.map(map), cursors, hasNextPage: rows.length > first, endCursor: cursors.at(-1) ?? null };
}

/** One page of the tickets the viewer may see, in one statement whatever `first` is. */
export async function listTickets(q: Queryable, input: ListTicketsInput): Promise<TicketPage> {
  const statement = pageStatement(input);
  if (!statement) return EMPTY_PAGE;
  return toPage(await q.query<TicketRow>(statement.sql, statement.values), statement, ticketMapper.toDomain);
}

/** A page whose rows carry their requester and assignee: `parties[i]` belongs to `rows[i]`. */
export type TicketPageWithParties = TicketPage & { parties: Omit<TicketWithParties, 'ticket'>[] };

/**
 * The same page as `listTickets`, with each ticket's requester and assignee joined in: still one
 * statement whatever `first` is, instead of one for the page and one per relation.
 */
export async function listTicketsWithParties(q: Queryable, input: ListTicketsInput): Promise<TicketPageWithParties> {
  const statement = pageStatement(input);
  if (!statement) return { ...EMPTY_PAGE, parties: [] };
  const sql = `SELECT p.*, ${PARTY_COLUMNS} FROM (${statement.sql}) p ${PARTY_JOINS} ORDER BY ${ORDER_BY[statement.order]('p')}`;
  const page = toPage(await q.query<TicketWithPartiesRow>(sql, statement.values), statement, ticketWithPartiesFromRow);
  return {
    ...page,
    rows: page.rows.map((r) => r.ticket),
    parties: page.rows.map(({ requester, assignee }) => ({ requester, assignee })),
  };
}

// Keys are written from JS Dates (millisecond precision), so an ISO string round-trips exactly.
const encodeQueueCursor = ({ order, key, id }: Cursor): string => encodeCursor([order, key?.toISOString() ?? null, id]);

function decodeQueueCursor(cursor: string, order: TicketQueueOrder): Cursor {
  const [cursorOrder, key, id] = decodeCursor(cursor, 3);
  if (cursorOrder !== order || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  if (key === null && order === 'due') return { order, key: null, id };
  if (typeof key !== 'string') throw invalidCursor();
  const at = new Date(key);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { order, key: at, id };
}

/**
 * Open work per status and severity for the dashboard, in one statement: from the counters for a
 * site-wide viewer, by counting the visible rows (tickets_status_severity_idx) for a narrower one.
 */
export async function countTicketsByStatusAndSeverity(
  q: Queryable,
  siteId: string,
  visibility: TicketVisibility,
): Promise<{ status: TicketStatus; severity: Severity; count: number }[]> {
  if (visibility.kind === 'site') {
    // The whole site: the counters the trigger of migration 010 keeps, a few rows whatever the ticket count.
    return q.query<{ status: TicketStatus; severity: Severity; count: number }>(
      `SELECT status, severity, count::int AS count FROM ticket_counts
       WHERE site_id = $1 AND count > 0 ORDER BY status, severity`,
      [siteId],
    );
  }
  const { bind, values } = createBinder();
  const visible = visibilityConditions(visibility, bind);
  if (visible === null) return [];
  const where = [`t.site_id = ${bind(siteId)}`, ...visible];
  return q.query<{ status: TicketStatus; severity: Severity; count: number }>(
    `SELECT t.status, t.severity, count(*)::int AS count FROM tickets t
     WHERE ${where.join(' AND ')} GROUP BY t.status, t.severity ORDER BY t.status, t.severity`,
    values,
  );
}

/** Tickets whose current deadline (due_at) lies before `now`. */
export async function countOverdue(q: Queryable, siteId: string, visibility: TicketVisibility, now: Date): Promise<number> {
  const { bind, values } = createBinder();
  const visible = visibilityConditions(visibility, bind);
  if (visible === null) return 0;
  const where = [`t.site_id = ${bind(siteId)}`, `t.due_at < ${bind(now)}`, ...visible];
  const [row] = await q.query<{ count: number }>(`SELECT count(*)::int AS count FROM tickets t WHERE ${where.join(' AND ')}`, values);
  return row?.count ?? 0;
}

/** The whole queue a viewer may see under a filter, as the queue pages hold it (an export). */
export type QueueExportInput = Omit<ListTicketsInput, 'first' | 'after'>;

/** How many tickets the queue holds under the filter: the export's total, counted under the queue's own conditions. */
export async function countQueueTickets(q: Queryable, input: Omit<QueueExportInput, 'order'>): Promise<number> {
  const { bind, values } = createBinder();
  const where = queueConditions(input.siteId, input.visibility, input.filter, bind);
  if (where === null) return 0;
  where.push(...statusCondition(input.filter, bind));
  const [row] = await q.query<{ count: number }>(`SELECT count(*)::int AS count FROM tickets t WHERE ${where.join(' AND ')}`, values);
  return row?.count ?? 0;
}

/**
 * The queue in the queue's order, `batchSize` tickets (with their parties) at a time, never all at
 * once: on server PostgreSQL one statement read through a cursor; on PGlite, which has no cursor
 * across calls, the queue's own keyset pages one after another.
 */
export async function* readQueueInBatches(db: Database, input: QueueExportInput, batchSize: number): AsyncGenerator<TicketWithParties[]> {
  if (db.cursor) {
    const { bind, values } = createBinder();
    const where = queueConditions(input.siteId, input.visibility, input.filter, bind);
    if (where === null) return;
    where.push(...statusCondition(input.filter, bind));
    const sql = `SELECT p.*, ${PARTY_COLUMNS} FROM (SELECT t.* FROM tickets t WHERE ${where.join(' AND ')}) p ${PARTY_JOINS}
                 ORDER BY ${ORDER_BY[input.order]('p')}`;
    for await (const rows of db.cursor<TicketWithPartiesRow>(sql, values, batchSize)) yield rows.map(ticketWithPartiesFromRow);
    return;
  }
  let after: string | null = null;
  for (;;) {
    const page = await listTicketsWithParties(db, { ...input, first: Math.min(batchSize, MAX_PAGE_SIZE), after });
    if (page.rows.length > 0) yield page.rows.map((ticket, i) => ({ ticket, ...page.parties[i]! }));
    if (!page.hasNextPage) return;
    after = page.endCursor;
  }
}
