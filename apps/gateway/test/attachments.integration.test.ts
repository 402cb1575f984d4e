import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@kefu/db/seed';
import { PHOTO_QUOTA } from '@kefu/domain/tickets';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { silentLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import type { GraphQLResponse } from './test-gateway.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 300 }, (_, i) => i % 256)]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 200 }, (_, i) => (i * 3) % 256)]);

type Photo = { id: string; url: string; contentType: string; byteSize: number };
type FieldError = { field: string; rule: string; message: string };

const UPLOAD = 'mutation ($file: File!) { uploadRequestPhoto(file: $file) { id url contentType byteSize } }';
const SUBMIT = `mutation ($key: String!, $input: SubmitRequestInput!) {
  submitRequest(idempotencyKey: $key, input: $input) { id preferredContactTime photos { id url contentType byteSize } }
}`;

describe.each(enginesUnderTest())('request photos (%s)', (engine) => {
  let db: TestDatabase;
  let gateway: RunningGateway;
  const cookies: Record<string, string> = {};

  const post = async (body: BodyInit, headers: Record<string, string>, cookie?: string, locale = 'zh-CN') => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'x-kefu-csrf': '1', 'accept-language': locale, ...(cookie ? { cookie } : {}), ...headers },
      body,
    });
    return (await response.json()) as GraphQLResponse;
  };
  const gql = <T>(query: string, variables: Record<string, unknown>, cookie?: string, locale?: string) =>
    post(JSON.stringify({ query, variables }), { 'content-type': 'application/json' }, cookie, locale) as Promise<GraphQLResponse<T>>;

  /** A GraphQL multipart request (the spec's operations + map + file parts), as the portal sends it. */
  const upload = (bytes: Uint8Array, claimedType: string, cookie: string | undefined, locale?: string) => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: UPLOAD, variables: { file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([new Uint8Array(bytes)], { type: claimedType }), 'photo');
    return post(form, {}, cookie, locale) as Promise<GraphQLResponse<{ uploadRequestPhoto: Photo }>>;
  };
  const uploaded = async (bytes: Uint8Array, as = 'merchant1') => {
    const result = await upload(bytes, 'image/jpeg', cookies[as]);
    expect(result.errors).toBeUndefined();
    return result.data!.uploadRequestPhoto;
  };
  const fetchPhoto = (url: string, as?: string) => fetch(`${gateway.url}${url}`, { headers: as ? { cookie: cookies[as]! } : {} });
  const submit = (key: string, photoIds: string[], as = 'merchant1') =>
    gql<{ submitRequest: { id: string; preferredContactTime: string | null; photos: Photo[] } }>(
      SUBMIT,
      {
        key,
        input: { kind: 'REPAIR', title: '卷帘门卡住', description: '店铺卷帘门升到一半卡住', location: 'A1-018', preferredContactTime: '工作日 14:00 以后', photoIds },
      },
      cookies[as],
    );
  const fieldsOf = (result: GraphQLResponse) => (result.errors?.[0]?.extensions?.fields ?? []) as FieldError[];
  const ticketCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets'))[0]!.n;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await seedDemoData(db, { now: new Date() });
    const pubsub = createKefuPubSub();
    const config = { ...readConfig({ PORT: '0', HOST: '127.0.0.1' }), seedDemo: false };
    gateway = await startGateway(db, { config, logger: silentLogger, pubsub, orgCharts: createOrgChartCache(pubsub) });
    for (const username of ['merchant1', 'merchant2', 'owner2', 'hall_clerk', 'director', 'cart_driver']) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1' },
        body: JSON.stringify({ query: 'mutation ($u: String!) { login(username: $u, password: "kefu-demo") { username } }', variables: { u: username } }),
      });
      cookies[username] = response.headers.get('set-cookie')!.split(';')[0]!;
    }
  });
  afterAll(async () => {
    await gateway.close();
    await db.drop();
  });

  it('stores a photo by its real type, whatever the client claims, and serves it to its uploader only', async () => {
    const photo = await uploaded(PNG);
    expect(photo).toMatchObject({ contentType: 'image/png', byteSize: PNG.length, url: `/attachments/${photo.id}` });
    const mine = await fetchPhoto(photo.url, 'merchant1');
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await mine.arrayBuffer())).toEqual(PNG);
    for (const other of ['merchant2', 'hall_clerk', undefined]) expect((await fetchPhoto(photo.url, other)).status).toBe(404);
  });

  it('refuses a file that is not a JPEG, PNG or WebP with a localized message on the field', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const zh = await upload(svg, 'image/png', cookies.merchant1);
    expect(zh.data).toBeNull();
    expect(zh.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(zh)).toEqual([{ field: 'file', rule: 'file_type', message: '只能上传 JPG、PNG 或 WebP 格式的照片。' }]);
    const en = await upload(svg, 'image/png', cookies.merchant1, 'en');
    expect(fieldsOf(en)[0]?.message).toBe('Only JPG, PNG or WebP photos can be uploaded.');
  });

  it('refuses a photo over 5 MB', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG);
    const result = await upload(big, 'image/jpeg', cookies.merchant1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([{ field: 'file', rule: 'file_too_large', limit: 5, message: '照片太大，每张不能超过 5 MB。' }]);
  });

  it('refuses an upload past the daily quota of unsent photos, in the reader\'s language, naming the file', async () => {
    // The quota's photos are stored directly: only the one over it goes through HTTP.
    await db.query(
      `INSERT INTO attachments (site_id, uploader_account_id, content_type, byte_size, sha256, bytes)
       SELECT a.site_id, a.id, 'image/png', octet_length($2::bytea), 'x', $2::bytea FROM accounts a, generate_series(1, $3) WHERE a.username = $1`,
      ['owner2', PNG, PHOTO_QUOTA.maxPhotos],
    );
    const zh = await upload(PNG, 'image/png', cookies.owner2);
    expect(zh.data).toBeNull();
    expect(zh.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TICKET.PHOTO_QUOTA_EXCEEDED' });
    const zhMessage = '已上传但尚未随请求提交的照片太多（24 小时内最多 30 张、共 60 MB）。请先提交请求，或稍后再传。';
    expect(zh.errors?.[0]?.message).toBe(zhMessage);
    expect(fieldsOf(zh)).toEqual([{ field: 'file', rule: 'TICKET.PHOTO_QUOTA_EXCEEDED', message: zhMessage }]);
    const en = await upload(PNG, 'image/png', cookies.owner2, 'en');
    expect(fieldsOf(en)[0]?.message).toMatch(/^Too many photos uploaded but not yet sent with a request \(at most 30 photos and 60 MB in 24 hours\)/);
    // Another account's uploads are untouched by owner2's quota.
    await uploaded(PNG, 'merchant2');
  });

  it('lets only requesters upload, and nobody signed out', async () => {
    expect((await upload(PNG, 'image/png', cookies.hall_clerk)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await upload(PNG, 'image/png', undefined)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('attaches photos on submit, once, even when the submit is retried', async () => {
    const a = await uploaded(PNG);
    const b = await uploaded(JPEG);
    const first = await submit('photo-submit-1', [a.id, b.id]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitRequest.preferredContactTime).toBe('工作日 14:00 以后');
    expect(first.data!.submitRequest.photos.map((p) => p.id)).toEqual([a.id, b.id]);
    const before = await ticketCount();
    const retried = await submit('photo-submit-1', [a.id, b.id]);
    expect(retried.data!.submitRequest.id).toBe(first.data!.submitRequest.id);
    expect(await ticketCount()).toBe(before);
  });

  it('allows at most four photos on one request', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await uploaded(JPEG)).id);
    const before = await ticketCount();
    const result = await submit('photo-submit-five', ids);
    expect(fieldsOf(result)).toEqual([{ field: 'photoIds', rule: 'too_many', limit: 4, message: '最多只能添加 4 张。' }]);
    expect(await ticketCount()).toBe(before);
  });

  it("keeps merchant1's photos from merchant2: no attaching, no fetching, like an id that does not exist", async () => {
    const photo = await uploaded(PNG);
    const before = await ticketCount();
    const stolen = await submit('photo-steal-1', [photo.id], 'merchant2');
    expect(stolen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(stolen).map((f) => f.field)).toEqual(['photoIds']);
    expect(await ticketCount()).toBe(before);

    const submitted = await submit('photo-owner-1', [photo.id]);
    const url = submitted.data!.submitRequest.photos[0]!.url;
    expect((await fetchPhoto(url, 'merchant1')).status).toBe(200);
    const foreign = await fetchPhoto(url, 'merchant2');
    const missing = await fetchPhoto('/attachments/00000000-0000-4000-8000-000000000000', 'merchant2');
    const malformed = await fetchPhoto('/attachments/..%2F..%2Fetc%2Fpasswd', 'merchant2');
    expect([foreign.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    expect(await foreign.text()).toBe(await missing.text());
    // Already on merchant1's request: it cannot be moved onto another one either.
    expect((await submit('photo-steal-2', [photo.id], 'merchant2')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await submit('photo-owner-2', [photo.id])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves photos to staff exactly when they may see the ticket, and lists them on Ticket.photos', async () => {
    const photo = await uploaded(JPEG);
    const submitted = await submit('photo-staff-1', [photo.id]);
    const ticketId = Buffer.from(`Ticket:${Buffer.from(submitted.data!.submitRequest.id, 'base64').toString().split(':')[1]}`).toString('base64');
    for (const staff of ['director', 'hall_clerk', 'cart_driver']) {
      const viaGraphql = await gql<{ ticket: { photos: Photo[] } | null }>(
        'query ($id: ID!) { ticket(id: $id) { photos { id url contentType byteSize } } }',
        { id: ticketId },
        cookies[staff],
      );
      const seesTicket = viaGraphql.data?.ticket != null;
      if (seesTicket) expect(viaGraphql.data!.ticket!.photos).toEqual([{ id: photo.id, url: photo.url, contentType: 'image/jpeg', byteSize: JPEG.length }]);
      expect((await fetchPhoto(photo.url, staff)).status, staff).toBe(seesTicket ? 200 : 404);
    }
    // A portal request lands in the merchant service centre's queue: its hall clerk sees it, the cart team does not.
    expect((await fetchPhoto(photo.url, 'hall_clerk')).status).toBe(200);
    expect((await fetchPhoto(photo.url, 'cart_driver')).status).toBe(404);
  });
});
