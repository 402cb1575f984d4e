import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const ENTRY = 'id channel category summary arrivedAt receivedAt outcome ticketNumber waitedSeconds late requester { id name } receivedBy { name } ticket { number kind channel title }';
const REGISTER = `mutation ($input: RegisterReceptionInput!) { registerReception(input: $input) { ${ENTRY} } }`;
const RECEIVE = `mutation ($id: ID!, $at: DateTime) { receiveVisitor(id: $id, receivedAt: $at) { ${ENTRY} } }`;
const OUTCOME = `mutation ($id: ID!, $outcome: RecordedReceptionOutcome!) { recordReceptionOutcome(id: $id, outcome: $outcome) { ${ENTRY} } }`;
const TURN = `mutation ($id: ID!, $input: TicketFromReceptionInput!, $key: String!) { turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $key) { ${ENTRY} } }`;
const LOG = `query ($first: Int, $after: String) { receptionEntries(first: $first, after: $after) { edges { node { id summary } } pageInfo { hasNextPage endCursor } } }`;
const WAITING = `query { receptionStandardMinutes receptionWaiting(first: 100) { edges { node { id summary late waitedSeconds } } } }`;
const STANDARD = `mutation ($minutes: Int!) { setReceptionStandardMinutes(minutes: $minutes) }`;

type Entry = {
  id: string;
  outcome: string | null;
  late: boolean;
  waitedSeconds: number;
  receivedAt: string | null;
  ticketNumber: number | null;
  requester: { id: string } | null;
  receivedBy: { name: string } | null;
  ticket: { number: number; kind: string; channel: string; title: string } | null;
};

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(enginesUnderTest())('the reception log through the API (%s)', (engine) => {
  let gw: TestGateway;
  let hall: string;
  let office: string;
  let floorSupervisor: string;
  let archive: string;
  let merchant: string;
  let requesterId: string;

  const register = async (input: Record<string, unknown>, cookie = hall) => gw.gql<{ registerReception: Entry }>(REGISTER, { input }, { cookie, locale: 'zh-CN' });

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    hall = await gw.login('hall_clerk');
    office = await gw.login('office_clerk');
    floorSupervisor = await gw.login('floor_supervisor');
    archive = await gw.login('archive_clerk');
    merchant = await gw.login('merchant1');
    const found = await gw.gql<{ requesters: { id: string }[] }>('query { requesters(search: "", first: 1) { id } }', {}, { cookie: hall });
    requesterId = found.data!.requesters[0]!.id;
  });
  afterAll(() => gw.close());

  it('logs a walk-in received after 4 minutes as late, answered on the spot', async () => {
    const walkIn = await register({ channel: 'WALK_IN', category: 'CONSULTATION', summary: '问停车场出口', arrivedAt: minutesAgo(10), receivedAt: minutesAgo(6), outcome: 'ANSWERED' });
    expect(walkIn.errors).toBeUndefined();
    expect(walkIn.data!.registerReception).toMatchObject({ outcome: 'ANSWERED', late: true, waitedSeconds: 240, requester: null, receivedBy: { name: expect.any(String) } });
    const onTime = await register({ channel: 'PHONE', category: 'LEASING_INQUIRY', requesterId, summary: '问招商政策', arrivedAt: minutesAgo(5), receivedAt: minutesAgo(5) });
    expect(onTime.data!.registerReception).toMatchObject({ late: false, waitedSeconds: 0, requester: { id: requesterId }, outcome: null });
  });

  it('refuses times in the future, a reception before arrival and a requester of no file, writing nothing', async () => {
    const before = (await gw.gql<{ receptionEntries: { edges: unknown[] } }>(LOG, { first: 100 }, { cookie: hall })).data!.receptionEntries.edges.length;
    const future = await register({ channel: 'WALK_IN', category: 'OTHER', summary: 'x', arrivedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'arrivedAt', rule: 'in_future', message: '时间不能晚于现在。' }] });
    const early = await register({ channel: 'WALK_IN', category: 'OTHER', summary: 'x', arrivedAt: minutesAgo(5), receivedAt: minutesAgo(6) });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'receivedAt', rule: 'before_start' }] });
    const stranger = await register({ channel: 'PHONE', category: 'OTHER', summary: 'x', arrivedAt: minutesAgo(5), requesterId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'requesterId', rule: 'invalid_choice' }] });
    const after = (await gw.gql<{ receptionEntries: { edges: unknown[] } }>(LOG, { first: 100 }, { cookie: hall })).data!.receptionEntries.edges.length;
    expect(after).toBe(before);
  });

  it('shows a waiting visitor in the waiting view until received, late against the site’s standard', async () => {
    const waiting = (await register({ channel: 'WALK_IN', category: 'RETURNS', summary: '退货排队', arrivedAt: minutesAgo(4) })).data!.registerReception;
    expect(waiting).toMatchObject({ receivedAt: null, late: true });
    let view = await gw.gql<{ receptionStandardMinutes: number; receptionWaiting: { edges: { node: { id: string; late: boolean } }[] } }>(WAITING, {}, { cookie: floorSupervisor });
    expect(view.data!.receptionStandardMinutes).toBe(3);
    expect(view.data!.receptionWaiting.edges.find((e) => e.node.id === waiting.id)?.node.late).toBe(true);

    expect((await gw.gql(STANDARD, { minutes: 10 }, { cookie: hall })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const director = await gw.login('director');
    expect((await gw.gql(STANDARD, { minutes: 10 }, { cookie: director })).data).toEqual({ setReceptionStandardMinutes: 10 });
    view = await gw.gql(WAITING, {}, { cookie: floorSupervisor });
    expect(view.data!.receptionStandardMinutes).toBe(10);
    expect(view.data!.receptionWaiting.edges.find((e) => e.node.id === waiting.id)?.node.late).toBe(false);
    expect((await gw.gql(STANDARD, { minutes: 3 }, { cookie: director })).data).toEqual({ setReceptionStandardMinutes: 3 });

    const received = await gw.gql<{ receiveVisitor: Entry }>(RECEIVE, { id: waiting.id }, { cookie: office });
    expect(received.data!.receiveVisitor.receivedAt).not.toBeNull();
    expect((await gw.gql(RECEIVE, { id: waiting.id }, { cookie: office })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    view = await gw.gql(WAITING, {}, { cookie: floorSupervisor });
    expect(view.data!.receptionWaiting.edges.some((e) => e.node.id === waiting.id)).toBe(false);
    const outcome = await gw.gql<{ recordReceptionOutcome: Entry }>(OUTCOME, { id: waiting.id, outcome: 'MESSAGE_TAKEN' }, { cookie: office });
    expect(outcome.data!.recordReceptionOutcome.outcome).toBe('MESSAGE_TAKEN');
  });

  it('turns a leak report into a repair ticket in one step, linking both, once', async () => {
    const anonymous = (await register({ channel: 'WALK_IN', category: 'REPAIR', summary: 'B2 卫生间漏水', arrivedAt: minutesAgo(3), receivedAt: minutesAgo(2) })).data!.registerReception;
    const noRequester = await gw.gql(TURN, { id: anonymous.id, input: { severity: 'IMPORTANT', title: '卫生间漏水' }, key: 'reception-key-0' }, { cookie: hall });
    expect(noRequester.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'requesterId', rule: 'required' }] });

    const turned = await gw.gql<{ turnReceptionIntoTicket: Entry }>(
      TURN,
      { id: anonymous.id, input: { severity: 'IMPORTANT', title: '卫生间漏水', requesterId, repairCategory: 'LEAK' }, key: 'reception-key-1' },
      { cookie: hall },
    );
    expect(turned.errors).toBeUndefined();
    const entry = turned.data!.turnReceptionIntoTicket;
    expect(entry).toMatchObject({ outcome: 'TICKET', requester: { id: requesterId }, ticket: { kind: 'REPAIR', channel: 'WALK_IN', title: '卫生间漏水' } });
    expect(entry.ticketNumber).toBe(entry.ticket!.number);

    const again = await gw.gql<{ turnReceptionIntoTicket: Entry }>(
      TURN,
      { id: anonymous.id, input: { severity: 'IMPORTANT', title: '卫生间漏水', requesterId, repairCategory: 'LEAK' }, key: 'reception-key-1' },
      { cookie: hall },
    );
    expect(again.data!.turnReceptionIntoTicket.ticketNumber).toBe(entry.ticketNumber);
    const twice = await gw.gql(TURN, { id: anonymous.id, input: { severity: 'MINOR', title: '再来一次', requesterId }, key: 'reception-key-2' }, { cookie: hall });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', rule: 'invalid_choice' }] });
    const tickets = await gw.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE title = '再来一次'`);
    expect(tickets[0]!.n).toBe(0);
  });

  it('pages the log newest first without gaps', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { receptionEntries: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } = await gw.gql(LOG, { first: 2, after }, { cookie: floorSupervisor });
      ids.push(...page.data!.receptionEntries.edges.map((e) => e.node.id));
      if (!page.data!.receptionEntries.pageInfo.hasNextPage) break;
      after = page.data!.receptionEntries.pageInfo.endCursor;
    }
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses those without the grant: the archive, supervisors registering, portal users, foreign ids', async () => {
    expect((await gw.gql(LOG, {}, { cookie: archive })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deputy = await gw.login('deputy');
    expect((await register({ channel: 'PHONE', category: 'OTHER', summary: 'x', arrivedAt: minutesAgo(1) }, deputy)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gw.gql(LOG, {}, { cookie: merchant })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await gw.gql('query ($id: ID!) { receptionEntry(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, { cookie: hall });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gw.gql(RECEIVE, { id: 'not-an-id' }, { cookie: hall })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
