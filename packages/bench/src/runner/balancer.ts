import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Balancer = { url: string; server: Server; close(): Promise<void> };

/**
 * A small round-robin HTTP balancer for the bench: each request goes to the next upstream in
 * turn over kept-alive connections, body and answer streamed through unchanged.
 */
export async function startBalancer(upstreams: readonly string[], port = 0, host = '127.0.0.1'): Promise<Balancer> {
  if (upstreams.length === 0) throw new Error('the balancer needs at least one upstream');
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const targets = upstreams.map((u) => new URL(u));
  let next = 0;
  const server = createServer((req, res) => {
    const target = targets[next]!;
    next = (next + 1) % targets.length;
    const forward = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
