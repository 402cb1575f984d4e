import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pingDatabase, type Database } from '@kefu/db/engine';
import { attachmentHandler } from './attachments/attachment-handler.js';
import { messageFor } from './errors/error-catalogue.js';
import { ticketQueueExportHandler } from './exports/ticket-queue-export.js';
import { bodyLimitFor, formatBytes, readBodyWithin } from './http/body-limit.js';
import { staticApp } from './http/static-app.js';
import { interpolate, localeOf, nodeHeaders } from './i18n/locale.js';
import type { GatewayServices } from './services.js';
import { createGatewayYoga } from './yoga.js';

/** How long requests in flight may take to finish once shutdown begins. */
const SHUTDOWN_GRACE_MS = 5_000;
/** /healthz answers within this even when the database does not. */
const HEALTH_TIMEOUT_MS = 2_000;

const jsonError = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

export type RunningGateway = {
  server: Server;
  url: string;
  /** Stops taking requests, lets the ones in flight finish, then resolves. */
  close(): Promise<void>;
};

/** One process: /graphql, /healthz, and the built apps at /admin/ and /portal/ when present. */
export async function startGateway(db: Database, services: GatewayServices): Promise<RunningGateway> {
  const { config, logger } = services;
  const yoga = createGatewayYoga(db, services);
  const attachments = attachmentHandler(db, services);
  const ticketExport = ticketQueueExportHandler(db, services);
  const apps = [
    ...(config.adminDir ? [staticApp('/admin/', config.adminDir, { trustProxy: config.trustProxy })] : []),
    ...(config.portalDir ? [staticApp('/portal/', config.portalDir, { trustProxy: config.trustProxy })] : []),
  ];

  let closing = false;
  const server = createServer(async (req, res) => {
    const started = performance.now();
    // Every request gets an id the logs and a masked error share; a caller's own id is kept if sane.
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      // One structured line per request; the GraphQL error log lines carry the same request id.
      logger.info('request', {
        method: req.method,
        path: (req.url ?? '/').split('?')[0],
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        requestId,
      });
    });
    try {
      const path = (req.url ?? '/').split('?')[0];
      const locale = localeOf(nodeHeaders(req.headers));
      if (closing) {
        // A request on a connection kept alive from before shutdown: refused, and the connection closed.
        res.writeHead(503, { 'content-type': 'application/json', connection: 'close', 'retry-after': '1' });
        res.end(jsonError('UNAVAILABLE', messageFor('UNAVAILABLE', locale)));
        return;
      }
      if (path === '/healthz') {
        const healthy = await Promise.race([
          pingDatabase(db).then(() => true, () => false),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS).unref()),
        ]);
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ status: healthy ? 'ok' : 'database unavailable' }));
        return;
      }
      if (path === '/graphql' && req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
        const limit = bodyLimitFor(req, config.maxBodyBytes);
        const read = await readBodyWithin(req, limit);
        if (!read.ok) {
          res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
          // The rest of the body is not read: the connection closes once the answer is out.
          res.end(jsonError('PAYLOAD_TOO_LARGE', interpolate(messageFor('PAYLOAD_TOO_LARGE', locale), { limit: formatBytes(limit) })), () => req.destroy());
          return;
        }
        // Yoga reads an already-read body from here instead of from the stream.
        (req as typeof req & { body?: Buffer }).body = read.body;
      }
      if (path === '/') {
        res.writeHead(302, { location: config.adminDir ? '/admin/' : '/graphql' }).end();
        return;
      }
      if (await attachments(req, res)) return;
      if (await ticketExport(req, res)) return;
      for (const app of apps) if (await app(req, res)) return;
      await yoga(req, res, { req, res });
    } catch (error) {
      logger.error('http handler failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    }
  });

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; requests in flight still finish.
        server.closeIdleConnections();
        // Live subscriptions never finish on their own: cut them after a grace period.
        setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      }),
  };
}
