import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBalancer, type Balancer } from './balancer.js';

describe('the round-robin balancer', () => {
  const upstreams: Server[] = [];
  let balancer: Balancer;
  beforeAll(async () => {
    for (const name of ['a', 'b']) {
      const server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => res.end(JSON.stringify({ name, path: req.url, body })));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      upstreams.push(server);
    }
    balancer = await startBalancer(upstreams.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`));
  });
  afterAll(async () => {
    await balancer.close();
    for (const s of upstreams) await new Promise((resolve) => s.close(resolve));
  });

  it('sends requests to each upstream in turn, path and body unchanged', async () => {
    const answers = [];
    for (const n of [1, 2, 3, 4]) {
      const response = await fetch(`${balancer.url}/graphql?n=${n}`, { method: 'POST', body: `body ${n}` });
      answers.push((await response.json()) as { name: string; path: string; body: string });
    }
    expect(answers.map((a) => a.name)).toEqual(['a', 'b', 'a', 'b']);
    expect(answers[2]).toEqual({ name: 'a', path: '/graphql?n=3', body: 'body 3' });
  });
});
