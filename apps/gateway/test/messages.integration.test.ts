import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const MESSAGE = 'id fromName text urgency acknowledgedAt escalated ageSeconds forStaff { name } forUnit { code } takenBy { name } acknowledgedBy { name }';
const TAKE = `mutation ($input: TakeMessageInput!) { takeMessage(input: $input) { ${MESSAGE} } }`;
const ACK = `mutation ($id: ID!) { acknowledgeMessage(id: $id) { ${MESSAGE} } }`;
const INBOX = `query { messageInbox(first: 50) { edges { node { id text } } } }`;
const TAKEN = `query { messagesTakenByMe(first: 50) { edges { node { id text acknowledgedAt } } } }`;
const ESCALATED = `query { messageEscalationMinutes escalatedMessages(first: 50) { edges { node { id text escalated } } } }`;

type Message = { id: string; acknowledgedAt: string | null; escalated: boolean; forStaff: { name: string } | null; acknowledgedBy: { name: string } | null };
type Page = { edges: { node: { id: string; acknowledgedAt?: string | null } }[] };

describe.each(enginesUnderTest())('messages through the API (%s)', (engine) => {
  let gw: TestGateway;
  let office: string;
  let floorSupervisor: string;
  let merchantSupervisor: string;
  let hall: string;
  let merchant: string;
  let floorSupervisorId: string;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    office = await gw.login('office_clerk');
    floorSupervisor = await gw.login('floor_supervisor');
    merchantSupervisor = await gw.login('merchant_supervisor');
    hall = await gw.login('hall_clerk');
    merchant = await gw.login('merchant1');
    floorSupervisorId = (await gw.gql<{ viewer: { staff: { id: string } } }>('query { viewer { staff { id } } }', {}, { cookie: floorSupervisor })).data!.viewer.staff.id;
  });
  afterAll(() => gw.close());

  const take = (input: Record<string, unknown>, cookie = office) => gw.gql<{ takeMessage: Message }>(TAKE, { input }, { cookie, locale: 'zh-CN' });

  it('takes a message for the floor supervisor, who sees it and acknowledges it; the taker sees that', async () => {
    const taken = await take({ fromName: '鑫源瓷砖 王老板', text: '请回电谈促销场地', urgency: 'NORMAL', forStaffId: floorSupervisorId });
    expect(taken.errors).toBeUndefined();
    const message = taken.data!.takeMessage;
    expect(message).toMatchObject({ acknowledgedAt: null, escalated: false, forStaff: { name: expect.any(String) } });

    const inbox = await gw.gql<{ messageInbox: Page }>(INBOX, {}, { cookie: floorSupervisor });
    expect(inbox.data!.messageInbox.edges.map((e) => e.node.id)).toContain(message.id);
    expect((await gw.gql<{ messageInbox: Page }>(INBOX, {}, { cookie: hall })).data!.messageInbox.edges.map((e) => e.node.id)).not.toContain(message.id);

    expect((await gw.gql(ACK, { id: message.id }, { cookie: office })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gw.gql(ACK, { id: message.id }, { cookie: hall })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const acked = await gw.gql<{ acknowledgeMessage: Message }>(ACK, { id: message.id }, { cookie: floorSupervisor });
    expect(acked.data!.acknowledgeMessage).toMatchObject({ acknowledgedAt: expect.any(String), acknowledgedBy: { name: expect.any(String) } });
    expect((await gw.gql(ACK, { id: message.id }, { cookie: floorSupervisor })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });

    const mine = await gw.gql<{ messagesTakenByMe: Page }>(TAKEN, {}, { cookie: office });
    expect(mine.data!.messagesTakenByMe.edges.find((e) => e.node.id === message.id)?.node.acknowledgedAt).not.toBeNull();
  });

  it('refuses a message for nobody, for two, or for a unit of no site, writing nothing', async () => {
    expect((await take({ fromName: 'x', text: 'y', urgency: 'NORMAL' })).errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'forStaffId', rule: 'required' }] });
    expect((await take({ fromName: 'x', text: 'y', urgency: 'NORMAL', forUnitId: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'forUnitId', rule: 'invalid_choice' }],
    });
    const mine = await gw.gql<{ messagesTakenByMe: Page }>(TAKEN, {}, { cookie: office });
    expect(mine.data!.messagesTakenByMe.edges).toHaveLength(1);
  });

  it('shows an unacknowledged message to the taker’s supervisor once the site’s time has passed', async () => {
    const taken = (await take({ fromName: '顾客 张女士', text: '投诉电话回拨', urgency: 'URGENT', forStaffId: floorSupervisorId })).data!.takeMessage;
    let list = await gw.gql<{ messageEscalationMinutes: number; escalatedMessages: Page }>(ESCALATED, {}, { cookie: merchantSupervisor });
    expect(list.data!.messageEscalationMinutes).toBe(30);
    expect(list.data!.escalatedMessages.edges.map((e) => e.node.id)).not.toContain(taken.id);
    // As if it had been taken 20 minutes ago: urgent ones go up after half of 30 minutes.
    await gw.db.query(`UPDATE messages SET taken_at = now() - interval '20 minutes' WHERE id = $1`, [taken.id]);
    list = await gw.gql(ESCALATED, {}, { cookie: merchantSupervisor });
    expect(list.data!.escalatedMessages.edges.map((e) => e.node.id)).toContain(taken.id);
    // The floor supervisor is not over the office clerk; a clerk has nobody below.
    expect((await gw.gql<{ escalatedMessages: Page }>(ESCALATED, {}, { cookie: hall })).data!.escalatedMessages.edges).toEqual([]);
  });

  it('keeps portal users out', async () => {
    expect((await gw.gql(INBOX, {}, { cookie: merchant })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await take({ fromName: 'x', text: 'y', urgency: 'NORMAL', forStaffId: floorSupervisorId }, merchant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
