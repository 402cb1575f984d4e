import { enginesUnderTest } from '@kefu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const HOUR = 3_600_000;
const POLICIES = '{ ticketDeadlinePolicies { kind source seedLine severities { severity handoverWithinHours handoverSameDay replyWithinHours resolveWithinHours } } }';
const SET = `mutation ($kind: TicketKind!, $deadlines: KindDeadlinesInput!) {
  setTicketKindDeadlines(kind: $kind, deadlines: $deadlines) { kind source severities { severity handoverWithinHours replyWithinHours resolveWithinHours } }
}`;
const RESET = 'mutation ($kind: TicketKind!) { resetTicketKindDeadlines(kind: $kind) { kind source } }';

type Kind = { kind: string; source: string; seedLine: string | null; severities: { severity: string; handoverWithinHours: number | null; handoverSameDay: boolean; replyWithinHours: number | null; resolveWithinHours: number }[] };

describe.each(enginesUnderTest())('deadline policies per ticket kind (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let supervisor: string;
  let clerk: string;
  let requesterId: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [director, supervisor, clerk] = (await Promise.all(['director', 'floor_supervisor', 'hall_clerk'].map((u) => gw.login(u)))) as [string, string, string];
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    requesterId = row!.requester_id;
  });
  afterAll(() => gw.close());

  const repair = { major: { handoverWithinHours: 1, replyWithinHours: 4, resolveWithinHours: 12 }, important: { resolveWithinHours: 24 }, minor: { resolveWithinHours: 48 } };

  it('lists complaints by 001 and every other kind as the product’s default, to any staff', async () => {
    const read = await gw.gql<{ ticketDeadlinePolicies: Kind[] }>(POLICIES, {}, { cookie: clerk });
    expect(read.errors).toBeUndefined();
    const [complaint, ...others] = read.data!.ticketDeadlinePolicies;
    expect(complaint).toMatchObject({ kind: 'COMPLAINT', source: 'SEED', seedLine: expect.stringContaining('10日内解决') });
    expect(complaint!.severities[0]).toMatchObject({ severity: 'MAJOR', handoverSameDay: true, replyWithinHours: 48, resolveWithinHours: 240 });
    expect(others.map((k) => k.source)).toEqual(others.map(() => 'PRODUCT_DEFAULT'));
  });

  it('the director sets a repair policy; a new repair follows it; reset brings the default back', async () => {
    const set = await gw.gql<{ setTicketKindDeadlines: Kind }>(SET, { kind: 'REPAIR', deadlines: repair }, { cookie: director });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setTicketKindDeadlines).toMatchObject({ kind: 'REPAIR', source: 'SITE', severities: [{ severity: 'MAJOR', handoverWithinHours: 1, replyWithinHours: 4, resolveWithinHours: 12 }, {}, {}] });

    const created = await gw.gql<{ createTicket: { receivedAt: string; deadlines: { handoverBy: string; replyBy: string; resolveBy: string } } }>(
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input, idempotencyKey: "policy-repair-0001") { receivedAt deadlines { handoverBy replyBy resolveBy } } }`,
      { input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MAJOR', title: '扶梯停运', description: '二号扶梯停运。', requesterId } },
      { cookie: clerk },
    );
    expect(created.errors).toBeUndefined();
    const { receivedAt, deadlines } = created.data!.createTicket;
    const from = Date.parse(receivedAt);
    expect([deadlines.handoverBy, deadlines.replyBy, deadlines.resolveBy].map((d) => (Date.parse(d) - from) / HOUR)).toEqual([1, 4, 12]);

    const reset = await gw.gql<{ resetTicketKindDeadlines: Kind }>(RESET, { kind: 'REPAIR' }, { cookie: director });
    expect(reset.data!.resetTicketKindDeadlines).toEqual({ kind: 'REPAIR', source: 'PRODUCT_DEFAULT' });
  });

  it('names every field at fault, refuses complaints, and is the director’s and deputy’s only', async () => {
    const wrong = await gw.gql(SET, { kind: 'REPAIR', deadlines: { ...repair, major: { replyWithinHours: 30, resolveWithinHours: 12 }, minor: { resolveWithinHours: 0 } } }, { cookie: director, locale: 'zh-CN' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'minor.resolveWithinHours', rule: 'out_of_range' },
        { field: 'major.replyWithinHours', rule: 'after_later_step', message: '此时限不能晚于后一步（转呈 ≤ 答复 ≤ 解决）。' },
      ],
    });
    const complaint = await gw.gql(SET, { kind: 'COMPLAINT', deadlines: repair }, { cookie: director });
    expect(complaint.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'kind', rule: 'invalid_choice' }] });
    const refused = await gw.gql(SET, { kind: 'REPAIR', deadlines: repair }, { cookie: supervisor });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const merchant = await gw.login('merchant1');
    expect((await gw.gql(POLICIES, {}, { cookie: merchant })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
