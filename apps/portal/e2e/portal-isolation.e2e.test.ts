import { openBrowser, startProduct, type ProductClient, type RunningProduct } from '@kefu/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, rawId } from './global-ids';
import { samplePhoto } from './sample-photo';

type Edge = { node: { id: string; photos: { url: string }[] } };
const MY_REQUESTS = '{ myRequests(first: 100) { edges { node { id photos { url } } } } }';

describe('a merchant reaches nothing of another merchant', () => {
  let product: RunningProduct;
  let merchant1: ProductClient;
  let merchant2: ProductClient;
  let foreignIds: string[];
  let foreignPhotoUrl: string;

  beforeAll(async () => {
    product = await startProduct();
    merchant1 = await product.graphql('merchant1');
    merchant2 = await product.graphql('merchant2');

    // merchant1 has a request with a photo.
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation ($f: File!) { uploadRequestPhoto(file: $f) { id } }', variables: { f: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.f'] }));
    form.set('0', new Blob([new Uint8Array(samplePhoto())], { type: 'image/png' }), 'shelf.png');
    const upload = await fetch(`${product.url}/graphql`, { method: 'POST', headers: { cookie: merchant1.cookie, 'x-kefu-csrf': '1' }, body: form });
    const photoId = ((await upload.json()) as { data: { uploadRequestPhoto: { id: string } } }).data.uploadRequestPhoto.id;
    await merchant1.request('mutation ($input: SubmitRequestInput!) { submitRequest(idempotencyKey: "isolation-seed-1", input: $input) { id } }', {
      input: { kind: 'REPAIR', title: '货架松动', description: '货架松动', photoIds: [photoId] },
    });
    const mine = await merchant1.request<{ myRequests: { edges: Edge[] } }>(MY_REQUESTS);
    foreignIds = mine.myRequests.edges.map((e) => e.node.id);
    foreignPhotoUrl = mine.myRequests.edges.flatMap((e) => e.node.photos)[0]!.url;
  });
  afterAll(() => product?.stop());

  it("never lists merchant1's requests to merchant2", async () => {
    const theirs = await merchant2.request<{ myRequests: { edges: Edge[] } }>(MY_REQUESTS);
    const seen = new Set(theirs.myRequests.edges.map((e) => e.node.id));
    expect(foreignIds.length).toBeGreaterThan(0);
    expect(foreignIds.filter((id) => seen.has(id))).toEqual([]);
  });

  it('answers every portal query about them with NOT_FOUND and no data', async () => {
    for (const id of foreignIds) {
      const one = await merchant2.send('query ($id: ID!) { myRequest(id: $id) { id description timeline { type } photos { url } } }', { id });
      expect(one.data ?? null).toBeNull();
      expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      for (const asType of [id, globalId('Ticket', rawId(id))]) {
        const node = await merchant2.send('query ($id: ID!) { node(id: $id) { id } }', { id: asType });
        expect(node.data?.node ?? null).toBeNull();
        expect(node.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      const rate = await merchant2.send('mutation ($id: ID!) { rateRequest(id: $id, version: 1, stars: 1) { id } }', { id });
      expect(rate.data ?? null).toBeNull();
      expect(rate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses the live subscription to them', async () => {
    for (const id of foreignIds.slice(0, 3)) {
      const response = await fetch(`${product.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie: merchant2.cookie, 'x-kefu-csrf': '1' },
        body: JSON.stringify({ query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { request { id description } } }', variables: { id } }),
      });
      const text = await response.text();
      expect(text).toContain('"NOT_FOUND"');
      expect(text).not.toContain('"description"');
    }
  });

  it("serves merchant1's photo to merchant1 only, and 404 to merchant2 as for an unknown id", async () => {
    const own = await fetch(`${product.url}${foreignPhotoUrl}`, { headers: { cookie: merchant1.cookie } });
    expect(own.status).toBe(200);
    const foreign = await fetch(`${product.url}${foreignPhotoUrl}`, { headers: { cookie: merchant2.cookie } });
    const unknown = await fetch(`${product.url}/attachments/00000000-0000-4000-8000-000000000000`, { headers: { cookie: merchant2.cookie } });
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
    expect(await foreign.text()).toBe(await unknown.text());
  });

  it('shows merchant2 a plain "not found" page for merchant1’s request in the browser', async () => {
    const browser = await openBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
      const [name, value] = merchant2.cookie.split('=');
      await context.addCookies([{ name: name!, value: value!, url: product.url }]);
      const page = await context.newPage();
      await page.goto(`${product.url}/portal/requests/${encodeURIComponent(foreignIds[0]!)}`);
      await page.getByRole('heading', { name: '找不到这条请求' }).waitFor();
      const foreign = await page.locator('main').innerText();
      expect(await page.content()).not.toContain('货架松动');
      // A mistyped address (the desk's number instead of the link) reads exactly the same.
      await page.goto(`${product.url}/portal/requests/302`);
      await page.getByRole('heading', { name: '找不到这条请求' }).waitFor();
      expect(await page.locator('main').innerText()).toBe(foreign);
    } finally {
      await browser.close();
    }
  });
});
