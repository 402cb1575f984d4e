import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type StaffNode = { id: string; name: string; employeeNo: string; phone: string | null; active: boolean };
type Change = { field: string; from: string | null; to: string | null; changedBy: { name: string } | null };

const FIND = `query ($text: String) { staffMembers(text: $text, first: 5) { edges { node { id name employeeNo phone active } } } }`;
const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Staff { name active
  assignments { endsOn current position { code } }
  history(first: 10) { edges { node { field from to changedBy { name } } } } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateStaffInput!) { updateStaff(id: $id, input: $input) { id name employeeNo phone } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateStaff(id: $id) { staff { active } endedAssignments withdrawnAssignments revokedSessions openTickets } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateStaff(id: $id) { active } }`;

describe.each(enginesUnderTest())('staff records over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  const find = async (text: string): Promise<StaffNode> => {
    const result = await gw.gql<{ staffMembers: { edges: { node: StaffNode }[] } }>(FIND, { text }, { cookie: director });
    expect(result.errors).toBeUndefined();
    return result.data!.staffMembers.edges[0]!.node;
  };
  const history = async (id: string) =>
    (await gw.gql<{ node: { active: boolean; assignments: { endsOn: string | null; current: boolean }[]; history: { edges: { node: Change }[] } } }>(
      HISTORY,
      { id },
      { cookie: director },
    )).data!.node;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    director = await gw.login('director');
  });
  afterAll(() => gw.close());

  it('edits a record, normalizing the phone, and keeps who changed what', async () => {
    const person = await find('杨帆');
    const result = await gw.gql<{ updateStaff: StaffNode }>(UPDATE, { id: person.id, input: { phone: '0571 8888 6666', name: '杨帆帆' } }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateStaff).toMatchObject({ name: '杨帆帆', phone: '0571-88886666', employeeNo: person.employeeNo });
    const { history: changes } = await history(person.id);
    expect(changes.edges.map((e) => e.node)).toEqual([
      { field: 'PHONE', from: person.phone, to: '0571-88886666', changedBy: { name: '王建华' } },
      { field: 'NAME', from: '杨帆', to: '杨帆帆', changedBy: { name: '王建华' } },
    ]);
  });

  it('refuses a bad phone, an emoji name and a long employee number with a field error each, in English too, and writes nothing', async () => {
    const person = await find('吴雪');
    const result = await gw.gql(
      UPDATE,
      { id: person.id, input: { name: '吴雪😀', employeeNo: 'KF-'.padEnd(21, '9'), phone: 'abc' } },
      { cookie: director, locale: 'en' },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.name', rule: 'invalid_characters' },
        { field: 'input.employeeNo', rule: 'too_long' },
        { field: 'input.phone', rule: 'phone_format' },
      ],
    });
    const messages = (result.errors![0]!.extensions!.fields as { message: string }[]).map((f) => f.message);
    expect(messages[0]).toMatch(/emoji/);
    expect(messages[1]).toMatch(/20/);
    expect(messages[2]).toMatch(/11 digits/);
    const zh = await gw.gql(UPDATE, { id: person.id, input: { phone: '123' } }, { cookie: director });
    expect((zh.errors![0]!.extensions!.fields as { message: string }[])[0]!.message).toMatch(/手机号/);
    expect(await find('吴雪')).toEqual(person);
    expect((await history(person.id)).history.edges).toEqual([]);
  });

  it('refuses an employee number another person has, with CONFLICT', async () => {
    const person = await find('徐磊');
    const result = await gw.gql(UPDATE, { id: person.id, input: { employeeNo: 'KF0001' } }, { cookie: director });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORG.DUPLICATE_EMPLOYEE_NO' });
  });

  it('deactivates a person: positions end today, sessions end, sign-in is refused; reactivation lets them in again', async () => {
    const driver = await gw.login('cart_driver');
    const person = await find('郭鹏');
    const result = await gw.gql<{ deactivateStaff: Record<string, unknown> }>(DEACTIVATE, { id: person.id }, { cookie: director });
    expect(result.errors).toBeUndefined();
    expect(result.data!.deactivateStaff).toMatchObject({ staff: { active: false }, endedAssignments: 1, withdrawnAssignments: 0 });
    expect(result.data!.deactivateStaff.revokedSessions).toBeGreaterThanOrEqual(1);
    expect(typeof result.data!.deactivateStaff.openTickets).toBe('number');

    const after = await history(person.id);
    expect(after.active).toBe(false);
    expect(after.assignments.every((a) => !a.current && a.endsOn !== null)).toBe(true);
    expect(after.history.edges[0]!.node).toEqual({ field: 'ACTIVE', from: 'true', to: 'false', changedBy: { name: '王建华' } });

    const stale = await gw.gql(FIND, { text: '郭鹏' }, { cookie: driver });
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(gw.login('cart_driver')).rejects.toThrow(/INVALID_CREDENTIALS/);

    const back = await gw.gql<{ reactivateStaff: { active: boolean } }>(REACTIVATE, { id: person.id }, { cookie: director });
    expect(back.data!.reactivateStaff).toEqual({ active: true });
    expect(await gw.login('cart_driver')).toMatch(/=/);
    expect((await history(person.id)).history.edges[0]!.node).toMatchObject({ field: 'ACTIVE', from: 'false', to: 'true' });
  });

  it('counts the tickets a departing person still holds', async () => {
    const clerk = await find('周婷');
    const tickets = await gw.gql<{ tickets: { edges: unknown[] } }>(
      `query ($a: ID) { tickets(first: 100, filter: { assigneeId: $a, statuses: [RECEIVED, ASSIGNED, RELAYED, IN_PROGRESS] }) { edges { cursor } } }`,
      { a: clerk.id },
      { cookie: director },
    );
    expect(tickets.errors).toBeUndefined();
    expect(tickets.data!.tickets.edges.length).toBeGreaterThan(0);
    const result = await gw.gql<{ deactivateStaff: { openTickets: number } }>(DEACTIVATE, { id: clerk.id }, { cookie: director });
    expect(result.data!.deactivateStaff.openTickets).toBe(tickets.data!.tickets.edges.length);
    await gw.gql(REACTIVATE, { id: clerk.id }, { cookie: director });
  });

  it('refuses to deactivate one’s own record, and staff editing to a clerk', async () => {
    const me = await find('王建华');
    const self = await gw.gql(DEACTIVATE, { id: me.id }, { cookie: director });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'ORG.SELF_DEACTIVATION' });
    const clerk = await gw.login('hall_clerk');
    const person = await find('朱琳');
    for (const [query, variables] of [
      [UPDATE, { id: person.id, input: { name: '朱琳琳' } }],
      [DEACTIVATE, { id: person.id }],
      [REACTIVATE, { id: person.id }],
    ] as const) {
      const result = await gw.gql(query, variables, { cookie: clerk });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await find('朱琳')).toEqual(person);
  });
});
