import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

type Department = { id: string; code: string; name: { zh: string }; contacts: { name: string }[] };
type Relay = { id: string; version: number; status: string; returnReason: string | null; byPhone: boolean; reply: string | null; department: { code: string }; correctsRelayId: string | null };
type Issue = { field: string; rule: string };

const RELAY_FIELDS = 'id version status returnReason byPhone reply correctsRelayId department { code } ticketNumber ask dueAt viewerMayRespond';
const RELAY_TO = `mutation ($t: ID!, $v: Int!, $d: ID!, $ask: String!, $c: ID) {
  relayTicketToDepartment(ticketId: $t, version: $v, departmentId: $d, ask: $ask, correctsRelayId: $c) { ${RELAY_FIELDS} }
}`;
const ACCEPT = `mutation ($id: ID!, $v: Int!) { acceptRelay(id: $id, version: $v) { ${RELAY_FIELDS} } }`;
const RETURN = `mutation ($id: ID!, $v: Int!, $note: String) { returnRelay(id: $id, version: $v, reason: NOT_OURS, note: $note) { ${RELAY_FIELDS} } }`;
const REPLY = `mutation ($id: ID!, $v: Int!, $reply: String!) { replyToRelay(id: $id, version: $v, reply: $reply) { ${RELAY_FIELDS} } }`;
const DEPARTMENTS = `query { departments(first: 20) { edges { node { id code name { zh } contacts { name } } } pageInfo { hasNextPage } } }`;
const UPDATE_DEPARTMENT = `mutation ($id: ID!, $input: DepartmentInput!) { updateDepartment(id: $id, input: $input) { id members { name } } }`;
const INBOX = `query ($box: RelayBox) { relays(box: $box, first: 20) { edges { node { id status ticketNumber } } } }`;

describe.each(enginesUnderTest())('relays through the API (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let director: string;
  let engineer: string;
  let merchant1: string;
  let merchant1RequesterId: string;
  let departments: Department[];
  const dept = (code: string) => departments.find((d) => d.code === code)!;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    // The cart driver doubles as engineering's staff account here: any position holder attached to a department answers its relays.
    [clerk, director, engineer, merchant1] = (await Promise.all(['hall_clerk', 'director', 'cart_driver', 'merchant1'].map((u) => gw.login(u)))) as [
      string,
      string,
      string,
      string,
    ];
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    merchant1RequesterId = row!.requester_id;
    const listed = await gw.gql<{ departments: { edges: { node: Department }[] } }>(DEPARTMENTS, {}, { cookie: clerk });
    expect(listed.errors).toBeUndefined();
    departments = listed.data!.departments.edges.map((e) => e.node);
    const [driver] = await gw.db.query<{ staff_id: string }>(`SELECT staff_id FROM accounts WHERE username = 'cart_driver'`);
    const eng = dept('engineering');
    const attached = await gw.gql(
      UPDATE_DEPARTMENT,
      { id: eng.id, input: { code: 'engineering', name: { zh: '工程维修部', en: 'Engineering & repairs' }, peer: 'ENGINEERING', contacts: [{ name: '刘强', role: '经理', phone: '13800002001' }], memberIds: [driver!.staff_id] } },
      { cookie: director },
    );
    expect(attached.errors).toBeUndefined();
  });
  afterAll(() => gw.close());

  async function createRepair(title: string, key: string): Promise<{ id: string; version: number }> {
    const result = await gw.gql<{ createTicket: { id: string; version: number } }>(
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { id version } }`,
      {
        key,
        input: { kind: 'REPAIR', channel: 'WALK_IN', severity: 'IMPORTANT', title, description: '商户来访：店铺天花板漏水。', location: 'B2-031', requesterId: merchant1RequesterId },
      },
      { cookie: clerk },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createTicket;
  }

  async function act(field: string, mutation: string, variables: Record<string, unknown>, cookie: string): Promise<Relay> {
    const result = await gw.gql<Record<string, Relay>>(mutation, variables, { cookie });
    expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    return result.data![field]!;
  }

  async function portalTimeline(ticketId: string) {
    const result = await gw.gql<{ myRequest: { timeline: { type: string; departmentName: { zh: string } | null; reply: string | null }[] } }>(
      'query ($id: ID!) { myRequest(id: $id) { timeline { type departmentName { zh } reply } } }',
      { id: toGlobalId('MyRequest', fromGlobalId(ticketId)) },
      { cookie: merchant1 },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.myRequest.timeline;
  }

  it('lists the seeded departments with their contacts', () => {
    expect(departments.map((d) => d.code)).toEqual(expect.arrayContaining(['engineering', 'logistics', 'technical', 'leasing', 'property', 'security']));
    expect(dept('engineering')).toMatchObject({ name: { zh: '工程维修部' }, contacts: expect.arrayContaining([{ name: '刘强' }]) });
  });

  it('relays a repair to engineering; its account accepts and replies; the merchant reads both in plain words', async () => {
    const repair = await createRepair('天花板漏水', 'relay-flow-0001');
    const relay = await act('relayTicketToDepartment', RELAY_TO, { t: repair.id, v: repair.version, d: dept('engineering').id, ask: '请派人检修B2-031天花板漏水' }, clerk);
    expect(relay).toMatchObject({ status: 'PENDING', version: 1, department: { code: 'engineering' }, viewerMayRespond: true });

    const inbox = await gw.gql<{ relays: { edges: { node: { id: string } }[] } }>(INBOX, { box: 'INBOX' }, { cookie: engineer });
    expect(inbox.data!.relays.edges.map((e) => e.node.id)).toContain(relay.id);

    const accepted = await act('acceptRelay', ACCEPT, { id: relay.id, v: 1 }, engineer);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', byPhone: false });
    const replied = await act('replyToRelay', REPLY, { id: relay.id, v: 2, reply: '已更换漏水管段，明早复查' }, engineer);
    expect(replied).toMatchObject({ status: 'REPLIED', reply: '已更换漏水管段，明早复查' });

    const timeline = await portalTimeline(repair.id);
    const relayEvents = timeline.filter((e) => e.type.startsWith('RELAY'));
    expect(relayEvents).toEqual([
      { type: 'RELAYED', departmentName: { zh: '工程维修部' }, reply: null },
      { type: 'RELAY_ACCEPTED', departmentName: { zh: '工程维修部' }, reply: null },
      { type: 'RELAY_REPLIED', departmentName: { zh: '工程维修部' }, reply: '已更换漏水管段，明早复查' },
    ]);
    // The ask stays with staff.
    expect(JSON.stringify(timeline)).not.toContain('请派人检修');
  });

  it('counts a relay returned as not ours, and its correction to the right department', async () => {
    const repair = await createRepair('配电箱冒烟', 'relay-flow-0002');
    const wrong = await act('relayTicketToDepartment', RELAY_TO, { t: repair.id, v: repair.version, d: dept('property').id, ask: '请检查配电箱' }, clerk);
    // Property has no staff account: the clerk records its answer, taken by phone.
    const returned = await act('returnRelay', RETURN, { id: wrong.id, v: 1, note: '电路归工程部' }, clerk);
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: 'NOT_OURS', byPhone: true });

    const ticket = await gw.gql<{ ticket: { status: string; version: number } }>('query ($id: ID!) { ticket(id: $id) { status version } }', { id: repair.id }, { cookie: clerk });
    expect(ticket.data!.ticket.status).toBe('RECEIVED');
    const again = await act('relayTicketToDepartment', RELAY_TO, { t: repair.id, v: ticket.data!.ticket.version, d: dept('engineering').id, ask: '请检查配电箱', c: wrong.id }, clerk);
    expect(again.correctsRelayId).toBe(wrong.id);

    const counted = await gw.db.query<{ misrouted: number; corrected: number }>(
      `SELECT count(*) FILTER (WHERE return_reason = 'not_ours')::int AS misrouted, count(corrects_relay_id)::int AS corrected FROM relays WHERE ticket_id = $1`,
      [fromGlobalId(repair.id)],
    );
    expect(counted[0]).toEqual({ misrouted: 1, corrected: 1 });
    // The return stays with staff.
    expect((await portalTimeline(repair.id)).map((e) => e.type)).not.toContain('RELAY_RETURNED');
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const repair = await createRepair('地漏堵塞', 'relay-flow-0003');
    const before = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM relays');
    const [foreignSite] = await gw.db.query<{ id: string }>(`INSERT INTO sites (code, name) VALUES ('other-relays', '{"zh":"乙","en":"B"}') RETURNING id`);
    const [foreign] = await gw.db.query<{ id: string }>(
      `INSERT INTO departments (site_id, code, name_zh, name_en) VALUES ($1, 'engineering', '工程部', 'Engineering') RETURNING id`,
      [foreignSite!.id],
    );
    const refused = await gw.gql(RELAY_TO, { t: repair.id, v: repair.version, d: foreign!.id, ask: '请检修' }, { cookie: clerk });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((refused.errors?.[0]?.extensions as { fields: Issue[] }).fields).toEqual([expect.objectContaining({ field: 'departmentId', rule: 'invalid_choice' })]);

    const relay = await act('relayTicketToDepartment', RELAY_TO, { t: repair.id, v: repair.version, d: dept('engineering').id, ask: '请疏通' }, clerk);
    await act('returnRelay', RETURN, { id: relay.id, v: 1 }, clerk);
    const late = await gw.gql(REPLY, { id: relay.id, v: 2, reply: '已疏通' }, { cookie: clerk });
    expect((late.errors?.[0]?.extensions as { fields: Issue[] }).fields).toEqual([expect.objectContaining({ field: 'relayId', rule: 'invalid_choice' })]);
    const after = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM relays');
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  });

  it('refuses a relay on a closed ticket with a field error', async () => {
    const [closed] = await gw.db.query<{ id: string; version: number }>(`SELECT id, version FROM tickets WHERE status = 'closed' LIMIT 1`);
    const refused = await gw.gql(RELAY_TO, { t: toGlobalId('Ticket', closed!.id), v: closed!.version, d: dept('engineering').id, ask: '请检修' }, { cookie: director });
    expect((refused.errors?.[0]?.extensions as { fields: Issue[] }).fields).toEqual([expect.objectContaining({ field: 'ticketId', rule: 'invalid_choice' })]);
  });

  it('keeps departments to those who may manage them, and relays from those who may not relay', async () => {
    const eng = dept('engineering');
    const denied = await gw.gql(UPDATE_DEPARTMENT, { id: eng.id, input: { code: 'engineering', name: { zh: 'x', en: 'x' } } }, { cookie: clerk });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const repair = await createRepair('门锁损坏', 'relay-flow-0004');
    const byDriver = await gw.gql(RELAY_TO, { t: repair.id, v: repair.version, d: eng.id, ask: 'x' }, { cookie: engineer });
    expect(byDriver.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
