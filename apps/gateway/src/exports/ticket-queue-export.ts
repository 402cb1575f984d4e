import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { coerceInputValue, GraphQLError, type GraphQLEnumType, type GraphQLInputObjectType } from 'graphql';
import type { Database } from '@kefu/db/engine';
import { findSiteById } from '@kefu/db/sites';
import { countQueueTickets, readQueueInBatches, type TicketQueueOrder } from '@kefu/db/tickets';
import { ForbiddenError, UnauthenticatedError, ValidationError, type Locale } from '@kefu/domain/shared';
import { loadAccess } from '../access/access.js';
import { viewerFromSession } from '../access/viewer.js';
import { mapExecutionError } from '../errors/error-mapper.js';
import { readBodyWithin } from '../http/body-limit.js';
import { readSessionToken } from '../http/session-cookie.js';
import { localeOf, nodeHeaders } from '../i18n/locale.js';
import { schema } from '../schema/index.js';
import { toQueueFilter, type TicketFilterArgs } from '../schema/tickets/ticket-queue-filter.js';
import type { GatewayServices } from '../services.js';
import { writeTicketQueueWorkbook } from '../use-cases/tickets/ticket-queue-workbook.js';
import { CSRF_HEADER } from '../yoga.js';
import { collectingEvery } from './collect-garbage.js';

export const TICKET_EXPORT_PATH = '/exports/tickets.xlsx';
/** The response header that carries the export's row count before its first byte. */
export const TOTAL_ROWS_HEADER = 'x-total-rows';
/** Rows read from the database per batch: the most the export holds at once. */
export const EXPORT_BATCH_SIZE = 200;
/** Rows between two garbage collections of a running export (collect-garbage.ts). */
const ROWS_PER_COLLECTION = 5_000;
/** A filter and an order are a few hundred bytes; anything larger is not one. */
const MAX_REQUEST_BYTES = 16 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, BAD_REQUEST: 400, NOT_FOUND: 404, UNAVAILABLE: 503 };

/** `{ filter, order }` checked by the schema's own `TicketFilter` and `TicketOrder` types, as the `tickets` query receives them. */
function parseExportRequest(body: Buffer): { filter: TicketFilterArgs; order: TicketQueueOrder } {
  let json: unknown;
  try {
    json = JSON.parse(body.length > 0 ? body.toString('utf8') : '{}');
  } catch {
    throw new ValidationError([{ field: 'input', rule: 'invalid_format' }]);
  }
  if (typeof json !== 'object' || json === null) throw new ValidationError([{ field: 'input', rule: 'invalid_format' }]);
  const { filter = null, order = 'DUE' } = json as { filter?: unknown; order?: unknown };
  const issues: string[] = [];
  const coerce = (value: unknown, typeName: string, field: string) =>
    coerceInputValue(value, schema.getType(typeName) as GraphQLInputObjectType | GraphQLEnumType, (path) => issues.push([field, ...path].join('.')));
  const raw = (filter === null ? {} : coerce(filter, 'TicketFilter', 'filter')) as Omit<TicketFilterArgs, 'assigneeId'> & { assigneeId?: string | null };
  const coercedOrder = coerce(order, 'TicketOrder', 'order') as TicketQueueOrder;
  // The Staff global id, decoded as the query's `t.globalID({ for: StaffRef })` does.
  let assigneeId: { id: string } | null = null;
  if (issues.length === 0 && raw.assigneeId) {
    try {
      const decoded = decodeGlobalID(raw.assigneeId);
      if (decoded.typename === 'Staff') assigneeId = { id: decoded.id };
      else issues.push('filter.assigneeId');
    } catch {
      issues.push('filter.assigneeId');
    }
  }
  if (issues.length > 0) throw new ValidationError(issues.map((field) => ({ field, rule: 'invalid_format' as const })));
  return { filter: { ...raw, assigneeId }, order: coercedOrder };
}

/** A refusal in the shape and words of a GraphQL error, through the one error mapper. */
function refuse(res: ServerResponse, error: unknown, locale: Locale, requestId: string, logError: (e: unknown) => void) {
  const mapped = mapExecutionError(new GraphQLError('export refused', { originalError: error as Error }), locale, requestId, logError);
  const code = String(mapped.extensions.code);
  res.writeHead(STATUS_OF_CODE[code] ?? 500, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message: mapped.message, extensions: mapped.extensions }] }));
}

/**
 * `POST /exports/tickets.xlsx` with `{ filter, order }`: the desk's queue under that filter as .xlsx,
 * streamed. The same checks as `/graphql`: the session cookie and the CSRF header; staff only
 * (`tickets` is staff only), and each reads exactly the tickets the queue shows them
 * (`visibility('ticket.view')`). The row count goes first, in `X-Total-Rows`, for the progress bar.
 */
export function ticketQueueExportHandler(db: Database, services: Pick<GatewayServices, 'orgCharts' | 'logger'>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== TICKET_EXPORT_PATH) return false;
    const locale = localeOf(nodeHeaders(req.headers));
    const requestId = String(req.headers['x-request-id'] ?? '');
    const logError = (error: unknown) =>
      services.logger.error('ticket export failed', { requestId, error: error instanceof Error ? error.message : String(error) });
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    try {
      // A cross-site form cannot set a header: the same rule as Yoga's CSRF prevention on /graphql.
      if (!req.headers[CSRF_HEADER]) throw new ForbiddenError('missing CSRF header');
      const now = new Date();
      const viewer = await viewerFromSession(db, readSessionToken(req.headers.cookie ?? null), now);
      const { principal } = viewer;
      if (principal.kind === 'anonymous') throw new UnauthenticatedError();
      // Portal accounts read their own requests elsewhere; a password still to change allows nothing.
      if (principal.kind !== 'staff' || viewer.passwordChangeRequired) throw new ForbiddenError('staff only');
      const read = await readBodyWithin(req, MAX_REQUEST_BYTES);
      if (!read.ok) throw new ValidationError([{ field: 'input', rule: 'too_long', limit: MAX_REQUEST_BYTES }]);
      const { filter, order } = parseExportRequest(read.body);
      const input = {
        siteId: principal.siteId,
        visibility: (await loadAccess(db, viewer, services.orgCharts, now)).visibility('ticket.view'),
        filter: toQueueFilter(filter, now),
        order,
      };
      const site = await findSiteById(db, principal.siteId);
      const total = await countQueueTickets(db, input);
      res.writeHead(200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="kefu-tickets-${now.toISOString().slice(0, 10)}.xlsx"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        [TOTAL_ROWS_HEADER]: String(total),
      });
      // The browser cancelled (or went away): stop reading, and let the cursor go.
      const cancelled = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) cancelled.abort();
      });
      await writeTicketQueueWorkbook(collectingEvery(readQueueInBatches(db, input, EXPORT_BATCH_SIZE), ROWS_PER_COLLECTION), res, {
        locale,
        timeZone: site?.timeZone ?? 'Asia/Shanghai',
        signal: cancelled.signal,
      });
      if (cancelled.signal.aborted) res.destroy();
    } catch (error) {
      if (!res.headersSent) refuse(res, error, locale, requestId, logError);
      else {
        // Mid-file: the download fails rather than ending as a truncated workbook.
        logError(error);
        res.destroy();
      }
    }
    return true;
  };
}
