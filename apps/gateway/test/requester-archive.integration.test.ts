import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './test-gateway.js';

const CREATE = `mutation ($input: RequesterInput!) { createRequester(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: RequesterInput!) { updateRequester(id: $id, input: $input) { id } }`;
const ADD_DOCUMENT = `mutation ($id: ID!, $kind: DocumentKind!, $expiresOn: LocalDate, $file: File!) {
  addRequesterDocument(requesterId: $id, kind: $kind, expiresOn: $expiresOn, file: $file) { id kind expiresOn fileName contentType byteSize url addedBy { name } }
}`;
const ADD_NOTE = `mutation ($id: ID!, $body: String!) { addRequesterNote(requesterId: $id, body: $body) { body author { name } } }`;
const FILE = `query ($id: ID!) { requester(id: $id) {
  documents { kind expiresOn fileName } notes { body } history { action actor { name } fields { field from to } }
} }`;
const EXPIRING = `query ($first: Int, $after: String) { expiringRequesterFiles(first: $first, after: $after) {
  edges { node { what expiresOn requester { id shopName } } } pageInfo { hasNextPage endCursor }
} }`;

const PDF = new TextEncoder().encode('%PDF-1.4 lease contract');
const daysFromToday = (days: number): string => {
  const d = new Date(`${toSiteLocalDate(new Date(), 'Asia/Shanghai')}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

type Expiring = { expiringRequesterFiles: { edges: { node: { what: string; expiresOn: string; requester: { id: string; shopName: string } } }[] } };

describe.each(enginesUnderTest())('requesters’ files: documents, notes, history, expiry (%s)', (engine) => {
  let gw: TestGateway;
  let archive: string;
  let hallClerk: string;
  let director: string;
  let shop: string;

  const upload = async (cookie: string, variables: Record<string, unknown>, bytes: Uint8Array = PDF, name = '租赁合同.pdf') => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: ADD_DOCUMENT, variables: { ...variables, file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    const response = await gw.yoga.fetch('http://kefu.test/graphql', { method: 'POST', headers: { cookie, 'x-kefu-csrf': '1' }, body: form });
    return (await response.json()) as GraphQLResponse<{ addRequesterDocument: Record<string, unknown> }>;
  };

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [archive, hallClerk, director] = await Promise.all([gw.login('archive_clerk'), gw.login('hall_clerk'), gw.login('director')]);
    const created = await gw.gql<{ createRequester: { id: string } }>(
      CREATE,
      { input: { kind: 'MERCHANT', shopName: '档案测试店', units: ['Q8-001'], contractEndsOn: daysFromToday(40) } },
      { cookie: archive },
    );
    expect(created.errors).toBeUndefined();
    shop = created.data!.createRequester.id;
  });
  afterAll(() => gw.close());

  it('lets the archive clerk file a contract with an expiry day; it is then listed as expiring', async () => {
    const added = await upload(archive, { id: shop, kind: 'CONTRACT', expiresOn: daysFromToday(10) });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addRequesterDocument).toMatchObject({ kind: 'CONTRACT', expiresOn: daysFromToday(10), fileName: '租赁合同.pdf', contentType: 'application/pdf', byteSize: PDF.length });
    expect(added.data!.addRequesterDocument.url).toMatch(/^\/attachments\//);

    const expiring = await gw.gql<Expiring>(EXPIRING, { first: 50 }, { cookie: archive });
    expect(expiring.errors).toBeUndefined();
    const mine = expiring.data!.expiringRequesterFiles.edges.filter((e) => e.node.requester.id === shop).map((e) => e.node);
    // The contract on the file ends in 40 days: outside the 30-day window.
    expect(mine).toEqual([{ what: 'CONTRACT', expiresOn: daysFromToday(10), requester: { id: shop, shopName: '档案测试店' } }]);
  });

  it('lists the contract on the file once its end comes within 30 days', async () => {
    await gw.gql(UPDATE, { id: shop, input: { kind: 'MERCHANT', shopName: '档案测试店', units: ['Q8-001'], contractEndsOn: daysFromToday(20) } }, { cookie: archive });
    const expiring = await gw.gql<Expiring>(EXPIRING, { first: 50 }, { cookie: archive });
    const mine = expiring.data!.expiringRequesterFiles.edges.filter((e) => e.node.requester.id === shop).map((e) => `${e.node.what} ${e.node.expiresOn}`);
    expect(mine).toEqual([`CONTRACT ${daysFromToday(10)}`, `CONTRACT ${daysFromToday(20)}`]);
  });

  it('refuses a file that is not a document, and documents to anyone but the archive clerk', async () => {
    const html = await upload(archive, { id: shop, kind: 'LICENCE' }, new TextEncoder().encode('<html>'), 'x.html');
    expect(html.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', rule: 'file_type' }] });
    const clerk = await upload(hallClerk, { id: shop, kind: 'LICENCE' });
    expect(clerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await gw.gql(EXPIRING, {}, { cookie: hallClerk });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await upload(archive, { id: '00000000-0000-4000-8000-000000000000', kind: 'LICENCE' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps staff notes and the history of changes, which the director reads', async () => {
    const note = await gw.gql<{ addRequesterNote: { body: string } }>(ADD_NOTE, { id: shop, body: ' 已提醒续签 ' }, { cookie: hallClerk });
    expect(note.errors).toBeUndefined();
    expect(note.data!.addRequesterNote.body).toBe('已提醒续签');
    const empty = await gw.gql(ADD_NOTE, { id: shop, body: ' ' }, { cookie: hallClerk });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'body', rule: 'required' }] });

    const file = await gw.gql<{ requester: { documents: unknown[]; notes: { body: string }[]; history: { action: string; actor: { name: string } | null; fields: { field: string; from: string | null; to: string | null }[] }[] } }>(
      FILE,
      { id: shop },
      { cookie: director },
    );
    expect(file.errors).toBeUndefined();
    const { documents, notes, history } = file.data!.requester;
    expect(documents).toHaveLength(1);
    expect(notes.map((n) => n.body)).toEqual(['已提醒续签']);
    expect(history.map((h) => h.action)).toEqual(['UPDATED', 'DOCUMENT_ADDED', 'CREATED']);
    expect(history[0]!.fields).toEqual([{ field: 'contractEndsOn', from: daysFromToday(40), to: daysFromToday(20) }]);
    expect(history[0]!.actor).not.toBeNull();
  });
});
