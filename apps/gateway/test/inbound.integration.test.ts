import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Inbound = { id: string; audience: string; unitPrefix: string | null; acknowledgedAt: string | null; onPortal: boolean; department: { code: string } };
type Issue = { field: string; rule: string };

const FIELDS = 'id audience unitPrefix acknowledgedAt onPortal department { code }';
const REGISTER = `mutation ($input: RegisterInboundInput!) { registerInbound(input: $input) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeInbound(id: $id) { ${FIELDS} } }`;
const NOTICES = '{ myNotices(first: 50) { edges { node { id title from { zh } publishedAt } } } }';
const NOTICE = 'query ($id: ID!) { myNotice(id: $id) { id title } }';

describe.each(enginesUnderTest())('inbound information and portal notices (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let engineering: string;
  let merchant1: string;
  let merchant6: string;
  let departmentId: string;
  let merchant1Id: string;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [clerk, engineering, merchant1, merchant6] = (await Promise.all(['hall_clerk', 'engineering', 'merchant1', 'merchant6'].map((u) => gw.login(u)))) as [
      string,
      string,
      string,
      string,
    ];
    departmentId = (await gw.db.query<{ id: string }>(`SELECT id FROM departments WHERE code = 'engineering'`))[0]!.id;
    merchant1Id = (await gw.db.query<{ id: string }>(`SELECT requester_id AS id FROM accounts WHERE username = 'merchant1'`))[0]!.id;
  });
  afterAll(() => gw.close());

  const register = (cookie: string, input: Record<string, unknown>) =>
    gw.gql<{ registerInbound: Inbound }>(REGISTER, { input: { departmentId, kind: 'OUTAGE', title: 'B2 层明早检修停电', body: '8:00–10:00 停电,请提前备好照明。', ...input } }, { cookie });
  const noticeIds = async (cookie: string) =>
    ((await gw.gql<{ myNotices: { edges: { node: { id: string } }[] } }>(NOTICES, {}, { cookie })).data?.myNotices.edges ?? []).map((e) => e.node.id);
  const count = async () => Number((await gw.db.query<{ n: string }>('SELECT count(*) AS n FROM inbound'))[0]!.n);

  it('the engineering account passes a B2 power cut on; the desk acknowledges it; only B2 shops read it', async () => {
    const passed = await register(engineering, { audience: 'UNITS', unitPrefix: 'b2' });
    expect(passed.errors).toBeUndefined();
    const inbound = passed.data!.registerInbound;
    expect(inbound).toMatchObject({ audience: 'UNITS', unitPrefix: 'B2', acknowledgedAt: null, onPortal: false, department: { code: 'engineering' } });
    expect(await noticeIds(merchant6)).not.toContain(inbound.id);

    const refused = await gw.gql(ACKNOWLEDGE, { id: inbound.id }, { cookie: engineering });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const acknowledged = await gw.gql<{ acknowledgeInbound: Inbound }>(ACKNOWLEDGE, { id: inbound.id }, { cookie: clerk });
    expect(acknowledged.data!.acknowledgeInbound).toMatchObject({ onPortal: true });
    const again = await gw.gql<{ acknowledgeInbound: Inbound }>(ACKNOWLEDGE, { id: inbound.id }, { cookie: clerk });
    expect(again.data!.acknowledgeInbound.acknowledgedAt).toBe(acknowledged.data!.acknowledgeInbound.acknowledgedAt);

    // merchant6 is 金盾门窗 at B2-007; merchant1 is at A1-018.
    const notices = await gw.gql<{ myNotices: { edges: { node: { id: string; from: { zh: string } } }[] } }>(NOTICES, {}, { cookie: merchant6 });
    expect(notices.data!.myNotices.edges.find((e) => e.node.id === inbound.id)?.node.from.zh).toBe('工程维修部');
    expect(await noticeIds(merchant1)).not.toContain(inbound.id);
  });

  it('answers a notice meant for someone else exactly like one that does not exist', async () => {
    const forOne = (await register(clerk, { audience: 'REQUESTER', requesterId: merchant1Id, kind: 'CLOSURE', title: '您的店铺门前通道明日封闭' })).data!.registerInbound;
    await gw.gql(ACKNOWLEDGE, { id: forOne.id }, { cookie: clerk });
    expect(await noticeIds(merchant1)).toContain(forOne.id);
    expect(await noticeIds(merchant6)).not.toContain(forOne.id);

    const own = await gw.gql<{ myNotice: { id: string } }>(NOTICE, { id: forOne.id }, { cookie: merchant1 });
    expect(own.data!.myNotice.id).toBe(forOne.id);
    const foreign = await gw.gql(NOTICE, { id: forOne.id }, { cookie: merchant6 });
    const missing = await gw.gql(NOTICE, { id: '00000000-0000-4000-8000-000000000000' }, { cookie: merchant6 });
    const shape = (r: typeof foreign) => ({ data: r.data, code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message });
    expect(shape(foreign)).toEqual(shape(missing));
    expect(shape(foreign).code).toBe('NOT_FOUND');

    const internal = (await register(clerk, { audience: 'INTERNAL', title: '内部:工程部人员调整' })).data!.registerInbound;
    await gw.gql(ACKNOWLEDGE, { id: internal.id }, { cookie: clerk });
    expect(await noticeIds(merchant1)).not.toContain(internal.id);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await count();
    const bad = await register(clerk, { departmentId: '00000000-0000-4000-8000-000000000000', audience: 'UNITS', unitPrefix: '' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.fields as Issue[]).map((i) => `${i.field}:${i.rule}`)).toEqual(['unitPrefix:required']);
    const noDepartment = await register(clerk, { departmentId: '00000000-0000-4000-8000-000000000000', audience: 'SITE' });
    expect((noDepartment.errors?.[0]?.extensions?.fields as Issue[]).map((i) => `${i.field}:${i.rule}`)).toEqual(['departmentId:invalid_choice']);
    const noRequester = await register(clerk, { audience: 'REQUESTER', requesterId: '00000000-0000-4000-8000-000000000000' });
    expect((noRequester.errors?.[0]?.extensions?.fields as Issue[]).map((i) => `${i.field}:${i.rule}`)).toEqual(['requesterId:invalid_choice']);
    expect(await count()).toBe(before);
  });

  it('keeps portal users out of the desk side', async () => {
    const list = await gw.gql('{ inbound(first: 5) { edges { node { id } } } }', {}, { cookie: merchant1 });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await register(merchant1, { audience: 'SITE' });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staffNotices = await gw.gql(NOTICES, {}, { cookie: clerk });
    expect(staffNotices.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
