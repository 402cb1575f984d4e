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

  it('records no complaint subject, on a foreign ticket or its own', async () => {
    const [own] = await gw.db.query<{ id: string }>(
      `SELECT t.id FROM tickets t JOIN accounts a ON a.requester_id = t.requester_id WHERE a.username = 'merchant2' LIMIT 1`,
    );
    for (const id of [foreignIds[0]!, ...(own ? [own.id] : [])]) {
      const set = await gw.gql('mutation ($id: ID!) { setTicketSubject(id: $id, version: 1, subject: { kind: DEPARTMENT, department: LOGISTICS }) { id } }', { id: toGlobalId('Ticket', id) }, { cookie: merchant2 });
      expect(set.data).toBeNull();
      expect(set.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await gw.db.query('SELECT 1 FROM tickets WHERE subject_department_id IS NOT NULL')).toEqual([]);
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

describe.each(enginesUnderTest())('portal isolation from the reception log and messages (%s)', (engine) => {
  let gw: TestGateway;
  let merchant1: string;
  let entryId: string;
  let messageId: string;
  const missing = '00000000-0000-4000-8000-000000000000';
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant1 = await gw.login('merchant1');
    const hall = await gw.login('hall_clerk');
    const requesterId = (await gw.db.query<{ id: string }>(`SELECT requester_id AS id FROM accounts WHERE username = 'merchant1'`))[0]!.id;
    const arrivedAt = new Date(Date.now() - 60_000).toISOString();
    const entry = await gw.gql<{ registerReception: { id: string } }>(
      'mutation ($input: RegisterReceptionInput!) { registerReception(input: $input) { id } }',
      { input: { channel: 'PHONE', category: 'REPAIR', requesterId, summary: '店内漏水', arrivedAt, receivedAt: arrivedAt } },
      { cookie: hall },
    );
    entryId = entry.data!.registerReception.id;
    const staffId = (await gw.gql<{ viewer: { staff: { id: string } } }>('{ viewer { staff { id } } }', {}, { cookie: hall })).data!.viewer.staff.id;
    const message = await gw.gql<{ takeMessage: { id: string } }>(
      'mutation ($input: TakeMessageInput!) { takeMessage(input: $input) { id } }',
      { input: { fromName: '刘志强', text: '请回电', urgency: 'NORMAL', forStaffId: staffId } },
      { cookie: hall },
    );
    messageId = message.data!.takeMessage.id;
  });
  afterAll(() => gw.close());

  const shape = (r: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
    data: r.data ?? null,
    code: r.errors?.[0]?.extensions?.code,
    message: r.errors?.[0]?.message,
  });

  it('answers an entry about the merchant, and a message, exactly like missing ones, and reaches none', async () => {
    const ticket = { severity: 'MINOR', title: 'x' };
    for (const [query, vars, id] of [
      ['query ($id: ID!) { receptionEntry(id: $id) { id summary } }', {}, () => entryId],
      ['mutation ($id: ID!) { receiveVisitor(id: $id) { id } }', {}, () => entryId],
      ['mutation ($id: ID!) { recordReceptionOutcome(id: $id, outcome: ANSWERED) { id } }', {}, () => entryId],
      ['mutation ($id: ID!, $t: TicketFromReceptionInput!) { turnReceptionIntoTicket(id: $id, input: $t, idempotencyKey: "isolation-1") { id } }', { t: ticket }, () => entryId],
      ['mutation ($id: ID!) { acknowledgeMessage(id: $id) { id } }', {}, () => messageId],
    ] as const) {
      const a = await gw.gql(query, { id: id(), ...vars }, { cookie: merchant1 });
      const b = await gw.gql(query, { id: missing, ...vars }, { cookie: merchant1 });
      expect(shape(a)).toEqual(shape(b));
      expect(a.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists and writes nothing', async () => {
    for (const query of [
      '{ receptionEntries(first: 5) { edges { node { id } } } }',
      '{ receptionWaiting(first: 5) { edges { node { id } } } }',
      '{ messageInbox(first: 5) { edges { node { id } } } }',
      '{ messagesTakenByMe(first: 5) { edges { node { id } } } }',
      '{ escalatedMessages(first: 5) { edges { node { id } } } }',
    ]) {
      expect(shape(await gw.gql(query, {}, { cookie: merchant1 }))).toMatchObject({ data: null, code: 'FORBIDDEN' });
    }
    const register = await gw.gql(
      'mutation ($input: RegisterReceptionInput!) { registerReception(input: $input) { id } }',
      { input: { channel: 'PHONE', category: 'OTHER', summary: 'x', arrivedAt: new Date().toISOString() } },
      { cookie: merchant1 },
    );
    expect(shape(register)).toMatchObject({ data: null, code: 'FORBIDDEN' });
  });
});

describe.each(enginesUnderTest())('portal isolation from relays (%s)', (engine) => {
  let gw: TestGateway;
  let merchant1: string;
  let ownRelay: string;
  let departmentId: string;
  const missing = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant1 = await gw.login('merchant1');
    const clerk = await gw.login('hall_clerk');
    // A relay of merchant1's own ticket: still out of reach except as words on its timeline.
    const [ticket] = await gw.db.query<{ id: string; version: number }>(
      `SELECT t.id, t.version FROM tickets t JOIN accounts a ON a.requester_id = t.requester_id
       WHERE a.username = 'merchant1' AND t.status IN ('received', 'assigned', 'relayed', 'in_progress') ORDER BY t.number LIMIT 1`,
    );
    const [department] = await gw.db.query<{ id: string }>(`SELECT id FROM departments WHERE code = 'engineering'`);
    departmentId = department!.id;
    const relayed = await gw.gql<{ relayTicketToDepartment: { id: string } }>(
      'mutation ($t: ID!, $v: Int!, $d: ID!) { relayTicketToDepartment(ticketId: $t, version: $v, departmentId: $d, ask: "请检修") { id } }',
      { t: Buffer.from(`Ticket:${ticket!.id}`).toString('base64'), v: ticket!.version, d: departmentId },
      { cookie: clerk },
    );
    expect(relayed.errors).toBeUndefined();
    ownRelay = relayed.data!.relayTicketToDepartment.id;
  });
  afterAll(() => gw.close());

  const shape = (r: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
    data: r.data ?? null,
    code: r.errors?.[0]?.extensions?.code,
    message: r.errors?.[0]?.message,
  });

  it('answers a relay of its own ticket exactly like a missing one, and reaches neither', async () => {
    for (const mutation of [
      'mutation ($id: ID!) { acceptRelay(id: $id, version: 1) { id } }',
      'mutation ($id: ID!) { returnRelay(id: $id, version: 1, reason: NOT_OURS) { id } }',
      'mutation ($id: ID!) { replyToRelay(id: $id, version: 1, reply: "x") { id } }',
    ]) {
      const a = await gw.gql(mutation, { id: ownRelay }, { cookie: merchant1 });
      const b = await gw.gql(mutation, { id: missing }, { cookie: merchant1 });
      expect(shape(a)).toEqual(shape(b));
      expect(a.data ?? null).toBeNull();
    }
    const [row] = await gw.db.query<{ status: string }>('SELECT status FROM relays WHERE id = $1', [ownRelay]);
    expect(row!.status).toBe('pending');
  });

  it('lists no relay or department, and relays and keeps nothing', async () => {
    for (const query of ['{ relays(first: 5) { edges { node { id } } } }', '{ departments(first: 5) { edges { node { id } } } }']) {
      expect(shape(await gw.gql(query, {}, { cookie: merchant1 }))).toMatchObject({ data: null, code: 'FORBIDDEN' });
    }
    const dept = await gw.gql('query ($id: ID!) { department(id: $id) { id } }', { id: departmentId }, { cookie: merchant1 });
    expect(shape(dept)).toMatchObject({ data: null, code: 'FORBIDDEN' });
    const update = await gw.gql(
      'mutation ($id: ID!) { updateDepartment(id: $id, input: { code: "engineering", name: { zh: "x", en: "x" } }) { id } }',
      { id: departmentId },
      { cookie: merchant1 },
    );
    expect(shape(update)).toMatchObject({ data: null, code: 'FORBIDDEN' });
  });

  it('reads the relay only as plain words on its own timeline', async () => {
    const [ticket] = await gw.db.query<{ ticket_id: string }>('SELECT ticket_id FROM relays WHERE id = $1', [ownRelay]);
    const result = await gw.gql<{ myRequest: { timeline: { type: string; departmentName: { zh: string } | null }[] } }>(
      'query ($id: ID!) { myRequest(id: $id) { timeline { type departmentName { zh } } } }',
      { id: Buffer.from(`MyRequest:${ticket!.ticket_id}`).toString('base64') },
      { cookie: merchant1 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.myRequest.timeline.at(-1)).toEqual({ type: 'RELAYED', departmentName: { zh: '工程维修部' } });
    expect(JSON.stringify(result.data)).not.toContain('请检修');
  });
});

describe.each(enginesUnderTest())('portal isolation from the 回访 queue (%s)', (engine) => {
  let gw: TestGateway;
  let merchant1: string;
  let owedId: string;
  const missing = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant1 = await gw.login('merchant1');
    // The demo's resolved repairs wait in the queue; merchant1's own, when there is one, first.
    const [owed] = await gw.db.query<{ id: string }>(
      `SELECT f.id FROM follow_ups f JOIN tickets t ON t.id = f.ticket_id
       LEFT JOIN accounts a ON a.requester_id = t.requester_id AND a.username = 'merchant1'
       WHERE f.status = 'open' ORDER BY (a.username IS NULL), f.due_at LIMIT 1`,
    );
    owedId = owed!.id;
  });
  afterAll(() => gw.close());

  const shape = (r: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
    data: r.data ?? null,
    code: r.errors?.[0]?.extensions?.code,
    message: r.errors?.[0]?.message,
  });

  it('answers a follow-up exactly like a missing one, and changes nothing', async () => {
    for (const mutation of [
      'mutation ($id: ID!) { recordFollowUpCall(input: { followUpId: $id, expectedVersion: 1, result: REACHED, outcome: SATISFIED, satisfaction: 5 }) { id } }',
      'mutation ($id: ID!) { decideFollowUp(followUpId: $id, expectedVersion: 1, decision: CLOSE) { id } }',
    ]) {
      const a = await gw.gql(mutation, { id: owedId }, { cookie: merchant1 });
      const b = await gw.gql(mutation, { id: missing }, { cookie: merchant1 });
      expect(shape(a)).toEqual(shape(b));
      expect(a.data ?? null).toBeNull();
    }
    const [row] = await gw.db.query<{ status: string; version: number }>('SELECT status, version FROM follow_ups WHERE id = $1', [owedId]);
    expect(row).toEqual({ status: 'open', version: 1 });
  });

  it('lists no follow-up and no rate', async () => {
    for (const query of ['{ followUps(view: TEAM, first: 5) { edges { node { id } } } }', '{ followUpRates { due } }']) {
      expect(shape(await gw.gql(query, {}, { cookie: merchant1 }))).toMatchObject({ data: null, code: 'FORBIDDEN' });
    }
  });
});
