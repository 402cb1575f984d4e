import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const CREATE_TICKET = `mutation ($key: String!, $input: CreateTicketInput!) {
  createTicket(idempotencyKey: $key, input: $input) { id number requester { id kind name phone } }
}`;
const CREATE_REQUESTER = `mutation ($input: RequesterInput!) { createRequester(input: $input) { id } }`;

type Created = { createTicket: { id: string; number: number; requester: { id: string; kind: string; name: string; phone: string | null } } };

const call = (title: string) => ({ kind: 'COMPLAINT', channel: 'WALK_IN', severity: 'MINOR', title, description: '顾客到服务大厅反映问题' });

describe.each(enginesUnderTest())('intake registers a new caller with the ticket (%s)', (engine) => {
  let gw: TestGateway;
  let hallClerk: string;
  const count = async (sql: string, params: unknown[]) => (await gw.db.query<{ n: number }>(sql, params))[0]!.n;
  const requestersWithPhone = (phone: string) => count('SELECT count(*)::int AS n FROM requesters WHERE phone = $1', [phone]);
  const ticketsTitled = (title: string) => count('SELECT count(*)::int AS n FROM tickets WHERE title = $1', [title]);

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    hallClerk = await gw.login('hall_clerk');
  });
  afterAll(() => gw.close());

  it('registers a walk-in shopper with name and phone and the ticket in one submit; a retry writes nothing more', async () => {
    const input = { ...call('地面湿滑'), newRequester: { kind: 'CUSTOMER', name: '陈女士', phone: '138 2222 3333' } };
    const first = await gw.gql<Created>(CREATE_TICKET, { key: 'walk-in-0001', input }, { cookie: hallClerk });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createTicket.requester).toMatchObject({ kind: 'CUSTOMER', name: '陈女士', phone: '13822223333' });
    const retry = await gw.gql<Created>(CREATE_TICKET, { key: 'walk-in-0001', input }, { cookie: hallClerk });
    expect(retry.data!.createTicket.id).toBe(first.data!.createTicket.id);
    expect(await requestersWithPhone('13822223333')).toBe(1);
    expect(await ticketsTitled('地面湿滑')).toBe(1);
  });

  it('registers an anonymous walk-in', async () => {
    const result = await gw.gql<Created>(CREATE_TICKET, { key: 'walk-in-0002', input: { ...call('匿名来访'), newRequester: { kind: 'CUSTOMER' } } }, { cookie: hallClerk });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTicket.requester).toMatchObject({ kind: 'CUSTOMER', name: '', phone: null });
  });

  it('answers a phone on file with CONFLICT naming that file, and writes neither the requester nor the ticket', async () => {
    const known = await gw.gql<{ createRequester: { id: string } }>(CREATE_REQUESTER, { input: { kind: 'CUSTOMER', name: '刘先生', phone: '13944445555' } }, { cookie: hallClerk });
    const clash = await gw.gql(CREATE_TICKET, { key: 'walk-in-0003', input: { ...call('重复来电'), newRequester: { kind: 'CUSTOMER', name: '刘', phone: '13944445555' } } }, { cookie: hallClerk });
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REQUESTER.DUPLICATE',
      details: { field: 'phone', existingId: known.data!.createRequester.id, existingName: '刘先生' },
    });
    expect(await ticketsTitled('重复来电')).toBe(0);
    expect(await requestersWithPhone('13944445555')).toBe(1);

    // "Use this one": the same form, the same key, now naming the file on record.
    const reused = await gw.gql<Created>(CREATE_TICKET, { key: 'walk-in-0003', input: { ...call('重复来电'), requesterId: known.data!.createRequester.id } }, { cookie: hallClerk });
    expect(reused.errors).toBeUndefined();
    expect(reused.data!.createTicket.requester.id).toBe(known.data!.createRequester.id);
  });

  it('names the faults of both halves at once and writes nothing', async () => {
    const bad = await gw.gql(CREATE_TICKET, { key: 'walk-in-0004', input: { ...call(''), newRequester: { kind: 'CUSTOMER', name: '赵', phone: 'abc' } } }, { cookie: hallClerk });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.fields as { field: string; rule: string }[]).map((f) => `${f.field}:${f.rule}`);
    expect(fields).toEqual(['newRequester.phone:phone_format', 'title:required']);
    expect(await count(`SELECT count(*)::int AS n FROM requesters WHERE name = '赵'`, [])).toBe(0);
  });

  it('takes one of requesterId and newRequester, never both or neither', async () => {
    const both = await gw.gql(CREATE_TICKET, { key: 'walk-in-0005', input: { ...call('两者'), requesterId: 'x', newRequester: { kind: 'CUSTOMER' } } }, { cookie: hallClerk });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'requesterId', rule: 'invalid_choice' }] });
    const neither = await gw.gql(CREATE_TICKET, { key: 'walk-in-0006', input: call('都没有') }, { cookie: hallClerk });
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'requesterId', rule: 'required' }] });
  });

  it('refuses a position that may take tickets but not register requesters', async () => {
    const driver = await gw.login('cart_driver');
    const refused = await gw.gql(CREATE_TICKET, { key: 'walk-in-0007', input: { ...call('车队报告'), newRequester: { kind: 'CUSTOMER', name: '路人', phone: '13766667777' } } }, { cookie: driver });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await requestersWithPhone('13766667777')).toBe(0);
  });
});
