import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticApp } from './static-app.js';

describe('staticApp', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kefu-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>admin</title>');
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'do not serve');
    const app = staticApp('/admin/', root);
    server = createServer(async (req, res) => {
      if (!(await app(req, res))) res.writeHead(418).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves hashed assets for a year and the page itself uncached', async () => {
    const asset = await fetch(`${base}/admin/assets/app-1a2b.js`);
    expect(await asset.text()).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await fetch(`${base}/admin/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with index.html and redirects the bare prefix', async () => {
    expect(await (await fetch(`${base}/admin/tickets/42`)).text()).toContain('<title>admin</title>');
    const bare = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/admin/');
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/admin/../secret.txt', '/admin/%2e%2e/secret.txt', '/admin/..%2fsecret.txt']) {
      const body = await (await fetch(`${base}${path}`)).text();
      expect(body, path).not.toContain('do not serve');
    }
  });

  it('answers a malformed path with 400', async () => {
    expect((await fetch(`${base}/admin/%E0%A4%A`)).status).toBe(400);
  });

  it('leaves other paths to the next handler', async () => {
    expect((await fetch(`${base}/graphql`)).status).toBe(418);
  });
});
