import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const FILE_FIELDS = 'id kind name phone shopName shopUnit units businessCategory contractStartsOn contractEndsOn status contacts { name role phone }';
const CREATE = `mutation ($input: RequesterInput!) { createRequester(input: $input) { ${FILE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: RequesterInput!) { updateRequester(id: $id, input: $input) { ${FILE_FIELDS} } }`;
const LIST = `query ($search: String, $first: Int, $after: String) {
  requesterFiles(search: $search, first: $first, after: $after) { edges { node { id shopName units } } pageInfo { hasNextPage endCursor } }
}`;

type ListPage = { data?: null | { requesterFiles: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
type File = { id: string; units: string[]; status: string | null; phone: string | null; name: string };

describe.each(enginesUnderTest())('requesters through the API (%s)', (engine) => {
  let gw: TestGateway;
  let archive: string;
  let floorClerk: string;
  let cartDriver: string;
  let tiles: File;
  const tilesInput = {
    kind: 'MERCHANT',
    name: '王老板',
    shopName: '金色瓷砖',
    units: ['Z9-001'],
    businessCategory: '瓷砖',
    contractStartsOn: '2025-01-01',
    contractEndsOn: '2027-12-31',
    phone: '0571 8765 4321',
    contacts: [{ name: '小王', role: '店员', phone: '13911112222' }],
  };

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    archive = await gw.login('archive_clerk');
    floorClerk = await gw.login('floor_clerk');
    cartDriver = await gw.login('cart_driver');
    const created = await gw.gql<{ createRequester: File }>(CREATE, { input: tilesInput }, { cookie: archive });
    expect(created.errors).toBeUndefined();
    tiles = created.data!.createRequester;
  });
  afterAll(() => gw.close());

  it('registers a merchant’s whole file, phone in stored form', () => {
    expect(tiles).toMatchObject({
      kind: 'MERCHANT',
      shopUnit: 'Z9-001',
      units: ['Z9-001'],
      phone: '0571-87654321',
      status: 'OPEN',
      contractEndsOn: '2027-12-31',
      contacts: [{ name: '小王', role: '店员', phone: '13911112222' }],
    });
  });

  it('registers an anonymous walk-in', async () => {
    const walkIn = await gw.gql<{ createRequester: File }>(CREATE, { input: { kind: 'CUSTOMER' } }, { cookie: floorClerk });
    expect(walkIn.errors).toBeUndefined();
    expect(walkIn.data!.createRequester).toMatchObject({ name: '', phone: null, units: [] });
  });

  it('answers a taken phone or active unit with CONFLICT naming the file', async () => {
    const samePhone = await gw.gql(CREATE, { input: { kind: 'CUSTOMER', phone: '0571-87654321' } }, { cookie: archive });
    expect(samePhone.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUESTER.DUPLICATE',
      details: { field: 'phone', existingId: tiles.id, existingName: '金色瓷砖' },
    });
    const sameUnit = await gw.gql(CREATE, { input: { kind: 'MERCHANT', shopName: '新店', units: ['z9-001'] } }, { cookie: archive, locale: 'zh-CN' });
    expect(sameUnit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', details: { field: 'units', value: 'Z9-001', existingId: tiles.id } });
    expect(sameUnit.errors?.[0]?.message).toContain('金色瓷砖');
  });

  it('states the phone rule with the field at fault', async () => {
    const bad = await gw.gql(CREATE, { input: { kind: 'CUSTOMER', phone: 'abc' } }, { cookie: archive, locale: 'en' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone', rule: 'phone_format' }] });
    expect((bad.errors?.[0]?.extensions?.fields as { message: string }[])[0]!.message).toContain('11 digits');
  });

  it('lets the archive clerk edit and a floor clerk only read', async () => {
    const closing = { ...tilesInput, status: 'CLOSING' };
    const edited = await gw.gql<{ updateRequester: File }>(UPDATE, { id: tiles.id, input: closing }, { cookie: archive });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateRequester.status).toBe('CLOSING');
    const refused = await gw.gql(UPDATE, { id: tiles.id, input: closing }, { cookie: floorClerk });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await gw.gql<{ requester: File }>('query ($id: ID!) { requester(id: $id) { id status units } }', { id: tiles.id }, { cookie: floorClerk });
    expect(read.data!.requester).toEqual({ id: tiles.id, status: 'CLOSING', units: ['Z9-001'] });
  });

  it('searches by shop, unit, name or phone and pages the archive', async () => {
    for (const search of ['金色', 'z9-0', '王老板', '87654321']) {
      const found = await gw.gql<{ requesterFiles: { edges: { node: { id: string } }[] } }>(LIST, { search }, { cookie: archive });
      expect(found.data!.requesterFiles.edges.map((e) => e.node.id), search).toEqual([tiles.id]);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ListPage = await gw.gql(LIST, { first: 7, after }, { cookie: archive });
      seen.push(...page.data!.requesterFiles.edges.map((e) => e.node.id));
      after = page.data!.requesterFiles.pageInfo.hasNextPage ? page.data!.requesterFiles.pageInfo.endCursor : null;
    } while (after);
    const [row] = await gw.db.query<{ count: string }>('SELECT count(*) FROM requesters WHERE site_id = (SELECT site_id FROM requesters WHERE id = $1)', [tiles.id]);
    expect(new Set(seen).size).toBe(Number(row!.count));
    expect(seen).toHaveLength(Number(row!.count));
  });

  it('gives the cart team no file', async () => {
    const list = await gw.gql(LIST, {}, { cookie: cartDriver });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const card = await gw.gql('query ($id: ID!) { requester(id: $id) { id } }', { id: tiles.id }, { cookie: cartDriver });
    expect(card.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
