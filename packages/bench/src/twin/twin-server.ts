import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findSessionByToken } from '@kefu/db/accounts';
import type { Database } from '@kefu/db/engine';
import { findStaffByIds, loadOrgChart } from '@kefu/db/org';
import {
  appendTicketEvent,
  countTicketsByStatusAndSeverity,
  findEventsByTicketIds,
  findTicketById,
  findTicketsWithPartiesByIds,
  listTickets,
  listTicketsWithParties,
  updateTicket,
} from '@kefu/db/tickets';
import type { Requester } from '@kefu/domain/requesters';
import type { OrgChart, Staff } from '@kefu/domain/org';
import { can, visibility, type Action, type Resource } from '@kefu/domain/permissions';
import type { Principal } from '@kefu/domain/shared';
import {
  applyCommand,
  isOverdue,
  nextDeadline,
  requiredAction,
  slaState,
  ticketResource,
  type SlaDeadlines,
  type Ticket,
  type TicketEvent,
} from '@kefu/domain/tickets';
import { globalId, parseGlobalId, type ScenarioVariables } from '../scenarios/scenarios.js';

/**
 * The gateway's practical limit: the same scenarios over plain node:http and postgres.js, with
 * the same session check, the same repository functions (so the same SQL), the same domain
 * rules and the same JSON, and nothing else: no GraphQL, no framework.
 */
type Signed = { principal: Exclude<Principal, { kind: 'anonymous' }>; chart: OrgChart; now: Date };
type Handler = (vars: ScenarioVariables, who: Signed, db: Database) => Promise<unknown>;

const SESSION_COOKIE = 'kefu_session';
const CHART_MAX_AGE_MS = 30_000;

const upper = (value: string | null): string | null => (value === null ? null : value.toUpperCase());
const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());
const deadlines = (d: SlaDeadlines) => ({ handoverBy: iso(d.handoverBy), replyBy: iso(d.replyBy), resolveBy: d.resolveBy.toISOString() });
const staffRef = (s: Staff | null) => (s ? { id: globalId('Staff', s.id), name: s.name } : null);

class NotFound extends Error {}

function canDo(who: Signed, action: Action, resource: Resource): boolean {
  return can(who.principal, action, resource, who.chart, who.now);
}

function mayView(who: Signed, ticket: Ticket): boolean {
  return who.principal.kind === 'staff' && canDo(who, 'ticket.view', ticketResource(ticket));
}

const staffOnly = (who: Signed) => {
  if (who.principal.kind !== 'staff') throw new NotFound();
  return who.principal;
};

const handlers: Record<string, Handler> = {
  '/twin/ticket-node': async (vars, who, db) => {
    staffOnly(who);
    const id = parseGlobalId(vars.id, 'Ticket');
    const [found] = id ? await findTicketsWithPartiesByIds(db, who.principal.siteId, [id]) : [null];
    if (!found || !mayView(who, found.ticket)) throw new NotFound();
    const t = found.ticket;
    return {
      node: {
        id: globalId('Ticket', t.id), number: t.number, title: t.title, status: upper(t.status), severity: upper(t.severity),
        slaState: upper(slaState(t, who.now)), dueAt: iso(nextDeadline(t)), version: t.version,
      },
    };
  },

  '/twin/staff-queue': async (vars, who, db) => {
    staffOnly(who);
    const page = await listTicketsWithParties(db, {
      siteId: who.principal.siteId,
      visibility: visibility(who.principal, 'ticket.view', who.chart, who.now),
      filter: { now: who.now, statuses: [String(vars.status).toLowerCase() as Ticket['status']], unitId: String(vars.unitId) },
      order: 'due',
      first: Number(vars.first),
      after: typeof vars.after === 'string' ? vars.after : null,
    });
    return {
      tickets: {
        edges: page.rows.map((t, i) => {
          if (!mayView(who, t)) throw new NotFound();
          const { requester, assignee } = page.parties[i]!;
          return {
            cursor: page.cursors[i],
            node: {
              id: globalId('Ticket', t.id), number: t.number, title: t.title, kind: upper(t.kind), status: upper(t.status),
              severity: upper(t.severity), slaState: upper(slaState(t, who.now)), overdue: isOverdue(t, who.now),
              receivedAt: t.receivedAt.toISOString(), dueAt: iso(nextDeadline(t)), deadlines: deadlines(t.deadlines),
              requester: requesterRef(requester), assignee: staffRef(assignee),
            },
          };
        }),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      },
    };
  },

  '/twin/ticket-detail': async (vars, who, db) => {
    staffOnly(who);
    const id = parseGlobalId(vars.id, 'Ticket');
    const [found] = id ? await findTicketsWithPartiesByIds(db, who.principal.siteId, [id]) : [null];
    if (!found || !mayView(who, found.ticket)) throw new NotFound();
    const { ticket: t, requester, assignee } = found;
    const [timeline] = await findEventsByTicketIds(db, who.principal.siteId, [t.id], { requesterSafeOnly: false });
    return {
      ticket: {
        id: globalId('Ticket', t.id), number: t.number, title: t.title, description: t.description, status: upper(t.status),
        severity: upper(t.severity), location: t.location, receivedAt: t.receivedAt.toISOString(), version: t.version,
        deadlines: deadlines(t.deadlines),
        requester: requester ? { id: requester.id, name: requester.name, shopName: requester.shopName, phone: requester.phone } : null,
        assignee: staffRef(assignee),
        timeline: (timeline ?? []).map(eventJson),
      },
    };
  },

  '/twin/my-requests': async (vars, who, db) => {
    if (who.principal.kind !== 'requester') throw new NotFound();
    const page = await listTickets(db, {
      siteId: who.principal.siteId,
      visibility: { kind: 'requester', requesterId: who.principal.requesterId },
      filter: { now: who.now },
      order: 'newest',
      first: Number(vars.first),
      after: null,
    });
    return {
      myRequests: {
        edges: page.rows.map((t, i) => ({
          cursor: page.cursors[i],
          node: {
            id: globalId('MyRequest', t.id), number: t.number, title: t.title, kind: upper(t.kind), status: upper(t.status),
            severity: upper(t.severity), receivedAt: t.receivedAt.toISOString(),
            promisedBy: (t.deadlines.replyBy ?? t.deadlines.resolveBy).toISOString(), overdue: isOverdue(t, who.now),
          },
        })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      },
    };
  },

  '/twin/ticket-counts': async (_vars, who, db) => {
    staffOnly(who);
    const counts = await countTicketsByStatusAndSeverity(db, who.principal.siteId, visibility(who.principal, 'ticket.view', who.chart, who.now));
    return { ticketCounts: counts.map((c) => ({ status: upper(c.status), severity: upper(c.severity), count: c.count })) };
  },

  '/twin/assign-ticket': async (vars, who, db) => {
    const principal = staffOnly(who);
    const id = parseGlobalId(vars.id, 'Ticket');
    const assigneeId = parseGlobalId(vars.assigneeId, 'Staff');
    const ticket = id ? await findTicketById(db, principal.siteId, id) : null;
    if (!ticket || !mayView(who, ticket) || !assigneeId) throw new NotFound();
    if (ticket.version !== vars.version) throw new Error('CONFLICT');
    if (!canDo(who, requiredAction('assign'), ticketResource(ticket))) throw new Error('FORBIDDEN');
    const { ticket: next, event } = applyCommand(ticket, { type: 'assign', assigneeId }, { now: who.now, actor: { kind: 'staff', id: principal.staffId } });
    const [assignee] = await findStaffByIds(db, principal.siteId, [assigneeId]);
    if (!assignee?.active) throw new Error('BAD_USER_INPUT');
    const saved = await db.transaction(async (tx) => {
      const stored = await updateTicket(tx, next, ticket.version);
      await appendTicketEvent(tx, event);
      return stored;
    });
    return { assignTicket: { id: globalId('Ticket', saved.id), status: upper(saved.status), version: saved.version, assignee: staffRef(assignee) } };
  },
};

function requesterRef(r: Requester | null) {
  return r ? { id: r.id, name: r.name, shopName: r.shopName, kind: upper(r.kind) } : null;
}

const eventText = (data: Record<string, unknown>, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = data[key] ?? (data.internal as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
};

function eventJson(e: TicketEvent) {
  return {
    id: e.id, at: e.at.toISOString(), type: upper(e.type), fromStatus: upper(e.fromStatus), toStatus: upper(e.toStatus),
    actorKind: upper(e.actorKind), note: eventText(e.data, 'resolution', 'reason', 'note', 'comment'), visibleToRequester: e.visibleToRequester,
  };
}

function sessionToken(cookie: string | undefined): string | null {
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: unknown) => {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
};

/** The twin's request handler over `db`; org charts cached per site as the gateway caches them. */
export function createTwinHandler(db: Database) {
  const charts = new Map<string, { chart: Promise<OrgChart>; loadedAt: number }>();
  const chartOf = (siteId: string): Promise<OrgChart> => {
    const entry = charts.get(siteId);
    if (entry && Date.now() - entry.loadedAt < CHART_MAX_AGE_MS) return entry.chart;
    const chart = loadOrgChart(db, siteId);
    charts.set(siteId, { chart, loadedAt: Date.now() });
    chart.catch(() => charts.delete(siteId));
    return chart;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const handler = req.method === 'POST' ? handlers[req.url ?? ''] : undefined;
    if (!handler) return send(res, 404, { errors: [{ message: 'not found' }] });
    try {
      const vars = JSON.parse((await readBody(req)) || '{}') as ScenarioVariables;
      const now = new Date();
      const token = sessionToken(req.headers.cookie);
      const session = token ? await findSessionByToken(db, token, now) : null;
      if (!session) return send(res, 401, { errors: [{ message: 'UNAUTHENTICATED' }] });
      const { account } = session;
      const principal: Signed['principal'] =
        account.staffId !== null
          ? { kind: 'staff', siteId: account.siteId, staffId: account.staffId }
          : { kind: 'requester', siteId: account.siteId, requesterId: account.requesterId!, requesterKind: account.requesterKind! };
      send(res, 200, { data: await handler(vars, { principal, chart: await chartOf(account.siteId), now }, db) });
    } catch (error) {
      if (error instanceof NotFound) return send(res, 200, { data: null, errors: [{ message: 'NOT_FOUND' }] });
      send(res, 200, { data: null, errors: [{ message: error instanceof Error ? error.message : 'INTERNAL' }] });
    }
  };
}

export type RunningTwin = { server: Server; url: string; close(): Promise<void> };

export async function startTwin(db: Database, port = 0, host = '127.0.0.1'): Promise<RunningTwin> {
  const handle = createTwinHandler(db);
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
