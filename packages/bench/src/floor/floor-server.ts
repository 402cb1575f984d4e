import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import type { Scenario, ScenarioName, ScenarioVariables } from '../scenarios/scenarios.js';

/**
 * The machine's floor: Q1–Q4 as hand-written SQL that yields the answer's fields already in their
 * JSON form (global ids, upper-case enums, ISO times, the SLA state), written out with
 * JSON.stringify over node:http and postgres.js. No repositories, no domain objects, no GraphQL,
 * no org chart: what the same records cost when nothing stands between the rows and the socket.
 *
 * It serves the bench's two principals and nothing more: a member of staff sees the whole site
 * (the director's visibility), a merchant sees their own requests; queue pages are first pages.
 */
/** The scenarios the floor serves: the reads. */
export const FLOOR_SCENARIOS: readonly ScenarioName[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** The floor's route for a scenario: the twin's, under /floor. */
export const floorPath = (scenario: Scenario): string => scenario.path.replace(/^\/twin\//, '/floor/');

type Principal = { siteId: string; staffId: string | null; requesterId: string | null };
type Handler = (vars: ScenarioVariables, who: Principal, now: Date) => Promise<unknown>;

const SESSION_COOKIE = 'kefu_session';
const DUE_SOON_MS = 2 * 3_600_000;
const DUE_SOON_SHARE = 0.25;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const gid = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;
/** The domain's slaState (tickets/sla.ts) over due_at, the stored deadline of the current status; $1 is now. */
const SLA_STATE = `CASE
  WHEN t.due_at IS NULL THEN 'MET'
  WHEN t.due_at < $1::timestamptz THEN 'OVERDUE'
  WHEN t.due_at - $1::timestamptz < interval '${DUE_SOON_MS} milliseconds'
    OR t.due_at - $1::timestamptz < ${DUE_SOON_SHARE} * greatest(interval '0', t.due_at - CASE WHEN t.status = 'resolved' AND t.resolved_at IS NOT NULL THEN t.resolved_at ELSE t.received_at END)
    THEN 'DUE_SOON'
  ELSE 'ON_TRACK' END`;
const DEADLINES = `json_build_object('handoverBy', ${iso('t.handover_by')}, 'replyBy', ${iso('t.reply_by')}, 'resolveBy', ${iso('t.resolve_by')})`;
/** The event's note: the first non-empty text of these keys, at the top of its data or under `internal`. */
const NOTE = `COALESCE(${['resolution', 'reason', 'note', 'comment']
  .map(
    (key) => `CASE WHEN e.data->'${key}' IS NOT NULL AND e.data->'${key}' <> 'null'::jsonb
      THEN CASE WHEN jsonb_typeof(e.data->'${key}') = 'string' THEN NULLIF(e.data->>'${key}', '') END
      ELSE CASE WHEN jsonb_typeof(e.data->'internal'->'${key}') = 'string' THEN NULLIF(e.data->'internal'->>'${key}', '') END END`,
  )
  .join(', ')})`;

const SQL = {
  session: `SELECT a.site_id, a.staff_id, a.requester_id FROM sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.id = $1 AND s.expires_at > $2 AND s.revoked_at IS NULL AND NOT a.disabled`,
  ticketNode: `SELECT ${gid('Ticket', 't.id')} AS id, t.number, t.title, upper(t.status) AS status, upper(t.severity) AS severity,
                 ${SLA_STATE} AS "slaState", ${iso('t.due_at')} AS "dueAt", t.version
               FROM tickets t WHERE t.id = $2 AND t.site_id = $3`,
  staffQueue: `SELECT t.id AS raw_id, ${iso('t.due_at')} AS due_iso, ${gid('Ticket', 't.id')} AS id, t.number, t.title, upper(t.kind) AS kind,
                 upper(t.status) AS status, upper(t.severity) AS severity, ${SLA_STATE} AS "slaState", t.due_at IS NOT NULL AND t.due_at < $1::timestamptz AS overdue,
                 ${iso('t.received_at')} AS "receivedAt", ${iso('t.due_at')} AS "dueAt", ${DEADLINES} AS deadlines,
                 CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name, 'shopName', r.shop_name, 'kind', upper(r.kind)) END AS requester,
                 CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', ${gid('Staff', 's.id')}, 'name', s.name) END AS assignee
               FROM tickets t LEFT JOIN requesters r ON r.id = t.requester_id LEFT JOIN staff s ON s.id = t.assignee_id
               WHERE t.site_id = $2 AND t.unit_id = $3 AND t.status = $4
               ORDER BY t.due_at ASC NULLS LAST, t.id ASC LIMIT $5`,
  ticketDetail: `SELECT t.id AS raw_id, ${gid('Ticket', 't.id')} AS id, t.number, t.title, t.description, upper(t.status) AS status,
                   upper(t.severity) AS severity, t.location, ${iso('t.received_at')} AS "receivedAt", t.version, ${DEADLINES} AS deadlines,
                   CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name, 'shopName', r.shop_name, 'phone', r.phone) END AS requester,
                   CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', ${gid('Staff', 's.id')}, 'name', s.name) END AS assignee
                 FROM tickets t LEFT JOIN requesters r ON r.id = t.requester_id LEFT JOIN staff s ON s.id = t.assignee_id
                 WHERE t.id = $1 AND t.site_id = $2`,
  timeline: `SELECT e.id, ${iso('e.at')} AS at, upper(e.type) AS type, upper(e.from_status) AS "fromStatus", upper(e.to_status) AS "toStatus",
               upper(e.actor_kind) AS "actorKind", ${NOTE} AS note, e.visible_to_requester AS "visibleToRequester"
             FROM ticket_events e WHERE e.ticket_id = $1 AND e.site_id = $2 ORDER BY e.at, e.id`,
  myRequests: `SELECT t.id AS raw_id, ${iso('t.received_at')} AS received_iso, ${gid('MyRequest', 't.id')} AS id, t.number, t.title,
                 upper(t.kind) AS kind, upper(t.status) AS status, upper(t.severity) AS severity, ${iso('t.received_at')} AS "receivedAt",
                 ${iso('COALESCE(t.reply_by, t.resolve_by)')} AS "promisedBy", t.due_at IS NOT NULL AND t.due_at < $1::timestamptz AS overdue
               FROM tickets t WHERE t.site_id = $2 AND t.requester_id = $3
               ORDER BY t.received_at DESC, t.id DESC LIMIT $4`,
};

class NotFound extends Error {}

const ticketId = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const id = decoded.startsWith('Ticket:') ? decoded.slice(7) : '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
};
const pageSize = (value: unknown): number => {
  const first = Number(value);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new NotFound();
  return first;
};
/** The queue's opaque cursor: base64url of the JSON tuple [order, key, id]. */
export const cursor = (order: string, key: string | null, id: string) => Buffer.from(JSON.stringify([order, key, id])).toString('base64url');

type Row = Record<string, unknown>;
const strip = ({ raw_id: _id, due_iso: _due, received_iso: _received, ...rest }: Row) => rest;

function handlers(sql: postgres.Sql): Record<string, Handler> {
  const run = (text: string, params: unknown[]) => sql.unsafe<Row[]>(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
  const staff = (who: Principal) => {
    if (who.staffId === null) throw new NotFound();
  };
  return {
    '/floor/ticket-node': async (vars, who, now) => {
      staff(who);
      const id = ticketId(vars.id);
      const [node] = id ? await run(SQL.ticketNode, [now, id, who.siteId]) : [];
      if (!node) throw new NotFound();
      return { node };
    },
    '/floor/staff-queue': async (vars, who, now) => {
      staff(who);
      if (vars.after) throw new NotFound();
      const first = pageSize(vars.first);
      const rows = await run(SQL.staffQueue, [now, who.siteId, String(vars.unitId), String(vars.status).toLowerCase(), first + 1]);
      const page = rows.slice(0, first);
      const edges = page.map((row) => ({ cursor: cursor('due', row.due_iso as string | null, row.raw_id as string), node: strip(row) }));
      return { tickets: { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } } };
    },
    '/floor/ticket-detail': async (vars, who) => {
      staff(who);
      const id = ticketId(vars.id);
      const [ticket] = id ? await run(SQL.ticketDetail, [id, who.siteId]) : [];
      if (!ticket) throw new NotFound();
      const timeline = await run(SQL.timeline, [id, who.siteId]);
      return { ticket: { ...strip(ticket), timeline } };
    },
    '/floor/my-requests': async (vars, who, now) => {
      if (who.requesterId === null) throw new NotFound();
      const first = pageSize(vars.first);
      const rows = await run(SQL.myRequests, [now, who.siteId, who.requesterId, first + 1]);
      const page = rows.slice(0, first);
      const edges = page.map((row) => ({ cursor: cursor('newest', row.received_iso as string, row.raw_id as string), node: strip(row) }));
      return { myRequests: { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } } };
    },
  };
}

function sessionToken(cookie: string | undefined): string | null {
  const match = cookie ? new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]{20,100})(?:;|$)`).exec(cookie) : null;
  return match?.[1] ?? null;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, json: string) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
};

export function createFloorHandler(sql: postgres.Sql) {
  const routes = handlers(sql);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const handler = req.method === 'POST' ? routes[req.url ?? ''] : undefined;
    if (!handler) return send(res, 404, '{"errors":[{"message":"not found"}]}');
    try {
      const vars = JSON.parse((await readBody(req)) || '{}') as ScenarioVariables;
      const now = new Date();
      const token = sessionToken(req.headers.cookie);
      const sessionId = token ? createHash('sha256').update(token).digest('hex') : null;
      const [row] = sessionId ? await sql.unsafe<Row[]>(SQL.session, [sessionId, now], { prepare: true }) : [];
      if (!row) return send(res, 401, '{"errors":[{"message":"UNAUTHENTICATED"}]}');
      const who: Principal = { siteId: row.site_id as string, staffId: row.staff_id as string | null, requesterId: row.requester_id as string | null };
      send(res, 200, JSON.stringify({ data: await handler(vars, who, now) }));
    } catch (error) {
      if (error instanceof NotFound) return send(res, 200, '{"data":null,"errors":[{"message":"NOT_FOUND"}]}');
      send(res, 200, JSON.stringify({ data: null, errors: [{ message: error instanceof Error ? error.message : 'INTERNAL' }] }));
    }
  };
}

/** postgres.js as the gateway opens it: the same pool size, int8 as numbers. */
export const openFloorSql = (url: string): postgres.Sql =>
  postgres(url, { max: 10, onnotice: () => {}, connection: { application_name: 'kefu-floor' } });

export type RunningFloor = { server: Server; url: string; close(): Promise<void> };

export async function startFloor(sql: postgres.Sql, port = 0, host = '127.0.0.1'): Promise<RunningFloor> {
  const handle = createFloorHandler(sql);
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
