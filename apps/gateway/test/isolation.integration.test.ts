import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe.each(enginesUnderTest())('portal isolation (%s)', (engine) => {
  let gw: TestGateway;
  let merchant2: string;
  let foreignIds: string[];
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant2 = await gw.login('merchant2');
    const rows = await gw.db.query<{ id: string }>(
      `SELECT t.id FROM tickets t JOIN accounts a ON a.requester_id = t.requester_id WHERE a.username = 'merchant1' LIMIT 5`,
    );
    foreignIds = rows.map((r) => r.id);
    expect(foreignIds.length).toBeGreaterThan(0);
  });
  afterAll(() => gw.close());

  it('sees its own requests only', async () => {
    const mine = await gw.gql<{ myRequests: { edges: { node: { id: string } }[] } }>(
      '{ myRequests(first: 100) { edges { node { id } } } }',
      {},
      { cookie: merchant2 },
    );
    expect(mine.errors).toBeUndefined();
    const foreign = new Set(foreignIds.map((id) => toGlobalId('MyRequest', id)));
    expect(mine.data!.myRequests.edges.some((e) => foreign.has(e.node.id))).toBe(false);
  });

  it('gets NOT_FOUND and no data for merchant1’s tickets through node, ticket and myRequest', async () => {
    for (const id of foreignIds) {
      for (const type of ['Ticket', 'MyRequest']) {
        const viaNode = await gw.gql('query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId(type, id) }, { cookie: merchant2 });
        expect(viaNode.data?.node ?? null).toBeNull();
        expect(viaNode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      const viaTicket = await gw.gql('query ($id: ID!) { ticket(id: $id) { id title } }', { id: toGlobalId('Ticket', id) }, { cookie: merchant2 });
      expect(viaTicket.data).toBeNull();
      expect(viaTicket.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const viaMine = await gw.gql('query ($id: ID!) { myRequest(id: $id) { id title } }', { id: toGlobalId('MyRequest', id) }, { cookie: merchant2 });
      expect(viaMine.data).toBeNull();
      expect(viaMine.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('answers a foreign id exactly like an id that does not exist', async () => {
    const missing = toGlobalId('MyRequest', '00000000-0000-4000-8000-000000000000');
    const a = await gw.gql('query ($id: ID!) { myRequest(id: $id) { id } }', { id: toGlobalId('MyRequest', foreignIds[0]!) }, { cookie: merchant2 });
    const b = await gw.gql('query ($id: ID!) { myRequest(id: $id) { id } }', { id: missing }, { cookie: merchant2 });
    const shape = (r: typeof a) => ({ data: r.data, code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message });
    expect(shape(a)).toEqual(shape(b));
  });

  it('cannot rate or follow someone else’s request', async () => {
    const id = toGlobalId('MyRequest', foreignIds[0]!);
    const rate = await gw.gql('mutation ($id: ID!) { rateRequest(id: $id, version: 1, stars: 1) { id } }', { id }, { cookie: merchant2 });
    expect(rate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reaches no staff-only field at all', async () => {
    const tickets = await gw.gql('{ tickets(first: 5) { edges { node { id } } } }', {}, { cookie: merchant2 });
    expect(tickets.data).toBeNull();
    expect(tickets.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe.each(enginesUnderTest())('portal isolation from requesters’ files (%s)', (engine) => {
  let gw: TestGateway;
  let merchant2: string;
  let own: string;
  let foreign: string;
  const missing = '00000000-0000-4000-8000-000000000000';
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant2 = await gw.login('merchant2');
    const ids = async (username: string) =>
      (await gw.db.query<{ id: string }>('SELECT requester_id AS id FROM accounts WHERE username = $1', [username]))[0]!.id;
    [own, foreign] = await Promise.all([ids('merchant2'), ids('merchant1')]);
  });
  afterAll(() => gw.close());

  const shape = (r: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
    data: r.data ?? null,
    code: r.errors?.[0]?.extensions?.code,
    message: r.errors?.[0]?.message,
  });
  const input = { kind: 'MERCHANT', shopName: 'x', units: ['A1-001'] };

  it('answers a foreign file exactly like a missing one, and reaches neither', async () => {
    for (const [query, vars] of [
      ['query ($id: ID!) { requester(id: $id) { id name phone } }', {}],
      ['mutation ($id: ID!, $input: RequesterInput!) { updateRequester(id: $id, input: $input) { id } }', { input }],
    ] as const) {
      const a = await gw.gql(query, { id: foreign, ...vars }, { cookie: merchant2 });
      const b = await gw.gql(query, { id: missing, ...vars }, { cookie: merchant2 });
      expect(shape(a)).toEqual(shape(b));
      expect(a.data?.[Object.keys(a.data ?? {})[0] ?? ''] ?? null).toBeNull();
      expect(a.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists, creates and reads no file, its own included', async () => {
    const list = await gw.gql('{ requesterFiles(first: 5) { edges { node { id } } } }', {}, { cookie: merchant2 });
    expect(shape(list)).toMatchObject({ data: null, code: 'FORBIDDEN' });
    const create = await gw.gql('mutation ($input: RequesterInput!) { createRequester(input: $input) { id } }', { input }, { cookie: merchant2 });
    expect(shape(create)).toMatchObject({ data: null, code: 'FORBIDDEN' });
    const mine = await gw.gql('query ($id: ID!) { requester(id: $id) { id } }', { id: own }, { cookie: merchant2 });
    expect(shape(mine)).toMatchObject({ data: null, code: 'FORBIDDEN' });
    // Its own card through `viewer` stays readable; the file's fields do not.
    const card = await gw.gql<{ viewer: { requester: { id: string; contacts: unknown } | null } }>('{ viewer { requester { id contacts { name } } } }', {}, { cookie: merchant2 });
    expect(card.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(card.data ?? null)).not.toContain('"contacts":[');
  });

  it('answers a foreign file’s documents, notes and history exactly like a missing file’s, and refuses the expiry list', async () => {
    for (const query of [
      'query ($id: ID!) { requester(id: $id) { documents { id url } notes { body } history { action } } }',
      'mutation ($id: ID!) { addRequesterNote(requesterId: $id, body: "x") { id } }',
    ]) {
      const a = await gw.gql(query, { id: foreign }, { cookie: merchant2 });
      const b = await gw.gql(query, { id: missing }, { cookie: merchant2 });
      expect(shape(a)).toEqual(shape(b));
      expect(a.data ?? null).toBeNull();
    }
    const expiring = await gw.gql('{ expiringRequesterFiles(first: 5) { edges { node { expiresOn } } } }', {}, { cookie: merchant2 });
    expect(shape(expiring)).toMatchObject({ data: null, code: 'FORBIDDEN' });
    const notes = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM requester_notes WHERE requester_id = $1', [foreign]);
    expect(notes[0]!.n).toBe(0);
  });

  it('lets a portal user read and correct their own phone and contact time, and only their own', async () => {
    const before = await gw.db.query<{ phone: string | null }>('SELECT phone FROM requesters WHERE id = $1', [foreign]);
    const update = await gw.gql<{ updateMyContact: { id: string; phone: string; preferredContactTime: string } }>(
      'mutation ($input: MyContactInput!) { updateMyContact(input: $input) { id phone preferredContactTime } }',
      { input: { phone: '139 5555 6666', preferredContactTime: ' 工作日 14:00 以后 ' } },
      { cookie: merchant2 },
    );
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateMyContact).toEqual({ id: own, phone: '13955556666', preferredContactTime: '工作日 14:00 以后' });
    const profile = await gw.gql<{ viewer: { requester: { phone: string; preferredContactTime: string } } }>('{ viewer { requester { phone preferredContactTime } } }', {}, { cookie: merchant2 });
    expect(profile.data!.viewer.requester).toEqual({ phone: '13955556666', preferredContactTime: '工作日 14:00 以后' });
    expect(await gw.db.query('SELECT phone FROM requesters WHERE id = $1', [foreign])).toEqual(before);

    // Another file's phone is refused on the field, without naming that file.
    expect(before[0]!.phone).toMatch(/^1\d{10}$/);
    const taken = await gw.gql('mutation ($input: MyContactInput!) { updateMyContact(input: $input) { id } }', { input: { phone: before[0]!.phone } }, { cookie: merchant2 });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone', rule: 'invalid_choice' }] });
    expect(JSON.stringify(taken)).not.toContain(foreign);
    const bad = await gw.gql('mutation ($input: MyContactInput!) { updateMyContact(input: $input) { id } }', { input: { phone: 'abc' } }, { cookie: merchant2 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone', rule: 'phone_format' }] });
  });

  it('keeps staff out of the portal user’s own correction', async () => {
    const clerk = await gw.login('hall_clerk');
    const refused = await gw.gql('mutation ($input: MyContactInput!) { updateMyContact(input: $input) { id } }', { input: { phone: '13900000000' } }, { cookie: clerk });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
