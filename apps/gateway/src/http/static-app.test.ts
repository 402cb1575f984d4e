import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { staticApp } from './static-app.js';

const MAIN = `export const messages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `工单 ${i}`))};\n`;

/** One GET over plain HTTP: fetch would decode the body and hide what was sent. */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

describe('staticApp', () => {
  let server: Server;
  let base: string;
  let proxied: Server;
  let proxiedBase: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kefu-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>admin</title>');
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
    // As the build leaves them: compressed copies beside the file.
    writeFileSync(join(root, 'assets', 'main-9f8e.js'), MAIN);
    writeFileSync(join(root, 'assets', 'main-9f8e.js.br'), brotliCompressSync(MAIN));
    writeFileSync(join(root, 'assets', 'main-9f8e.js.gz'), gzipSync(MAIN));
    writeFileSync(join(root, '..', 'secret.txt'), 'do not serve');
    const app = staticApp('/admin/', root);
    server = createServer(async (req, res) => {
      if (!(await app(req, res))) res.writeHead(418).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const behindProxy = staticApp('/admin/', root, { trustProxy: true });
    proxied = createServer(async (req, res) => {
      if (!(await behindProxy(req, res))) res.writeHead(418).end();
    });
    await new Promise<void>((resolve) => proxied.listen(0, '127.0.0.1', resolve));
    proxiedBase = `http://127.0.0.1:${(proxied.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise<void>((resolve) => proxied.close(() => resolve()));
  });

  it('sends the precompressed copy the client prefers, each decoding back to the file', async () => {
    const br = await get(`${base}/admin/assets/main-9f8e.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(MAIN));
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(MAIN);

    const gz = await get(`${base}/admin/assets/main-9f8e.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).toString('utf8')).toBe(MAIN);

    const refused = await get(`${base}/admin/assets/main-9f8e.js`, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('sends the file as it is when the client accepts no encoding, or there is no compressed copy', async () => {
    const plain = await get(`${base}/admin/assets/main-9f8e.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString('utf8')).toBe(MAIN);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(MAIN));
    const identityOnly = await get(`${base}/admin/assets/main-9f8e.js`, { 'accept-encoding': 'identity' });
    expect(identityOnly.body.toString('utf8')).toBe(MAIN);
    const uncompressed = await get(`${base}/admin/assets/app-1a2b.js`, { 'accept-encoding': 'br, gzip' });
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.body.toString('utf8')).toBe('console.log(1)');
  });

  it('sends the security headers with every page and file, HSTS only over HTTPS', async () => {
    for (const path of ['/admin/', '/admin/tickets/42', '/admin/assets/app-1a2b.js']) {
      const { headers } = await get(`${base}${path}`);
      expect(headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);

    // The caller's own x-forwarded-proto is not believed unless a proxy is trusted.
    expect((await get(`${base}/admin/`, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await get(`${proxiedBase}/admin/`, { 'x-forwarded-proto': 'https' });
    expect(viaProxy.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    expect((await get(`${proxiedBase}/admin/`, { 'x-forwarded-proto': 'http' })).headers['strict-transport-security']).toBeUndefined();
  });

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
