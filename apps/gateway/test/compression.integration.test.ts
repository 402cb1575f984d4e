import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSION_THRESHOLD_BYTES } from '../src/http/response-compression.js';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const LARGE = '{ orgChart { positions { code title { zh en } purpose { zh en } } } }';
const SMALL = '{ viewer { username } }';

/** GraphQL answers go compressed above the threshold, by Accept-Encoding; the event stream never. */
describe('GraphQL response compression', () => {
  let gw: TestGateway;
  let director: string;
  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  const post = (query: string, acceptEncoding?: string, extra: Record<string, string> = {}) =>
    gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: director, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra },
      body: JSON.stringify({ query }),
    });
  const raw = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('sends a large answer as it is to a client that accepts no encoding', async () => {
    const plain = await post(LARGE);
    const body = await raw(plain);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(body.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(JSON.parse(body.toString('utf8'))).toMatchObject({ data: { orgChart: { positions: expect.any(Array) } } });
  });

  it('sends brotli when preferred and gzip otherwise, each decoding back to the same answer', async () => {
    const original = await raw(await post(LARGE));
    const br = await post(LARGE, 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    const brBody = await raw(br);
    expect(Number(br.headers.get('content-length'))).toBe(brBody.length);
    expect(brBody.length).toBeLessThan(original.length);
    expect(brotliDecompressSync(brBody).equals(original)).toBe(true);

    const gz = await post(LARGE, 'gzip, br;q=0');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-type')).toMatch(/json/);
    expect(gunzipSync(await raw(gz)).equals(original)).toBe(true);
  });

  it('leaves an answer under the threshold uncompressed', async () => {
    const small = await post(SMALL, 'br, gzip');
    const body = await raw(small);
    expect(body.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(body.toString('utf8'))).toEqual({ data: { viewer: { username: 'director' } } });
  });

  it('keeps the session cookie of a compressed or rebuilt answer', async () => {
    const login = await gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ query: 'mutation { login(username: "deputy", password: "kefu-demo") { username } }' }),
    });
    expect(login.headers.get('set-cookie')).toMatch(/^kefu_session=/);
  });

  it('streams subscription events as they come, never compressed or held back', async () => {
    const abort = new AbortController();
    const [ticket] = await gw.db.query<{ id: string }>('SELECT id FROM tickets LIMIT 1');
    const id = Buffer.from(`Ticket:${ticket!.id}`).toString('base64');
    // A buffered stream would never answer: the response itself resolving proves it is not held.
    const stream = await gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'br, gzip', cookie: director },
      body: JSON.stringify({ query: `subscription { ticketUpdated(id: "${id}") { version } }` }),
      signal: abort.signal,
    });
    try {
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      // Yoga marks the stream `none` itself, so that proxies pass it on unbuffered too.
      expect(stream.headers.get('content-encoding') ?? 'none').toBe('none');
    } finally {
      abort.abort();
    }
  });
});
