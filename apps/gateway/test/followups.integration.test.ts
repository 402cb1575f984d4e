import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

type FollowUp = {
  id: string;
  version: number;
  status: string;
  outcome: string | null;
  failedAttempts: number;
  attemptsLeft: number;
  round: number;
  callerMustNotBeHandler: boolean;
  ticketNumber: number;
  viewerMayCall: boolean;
  viewerMayDecide: boolean;
  attempts: { result: string; retryAt: string | null; outcome: string | null }[];
};
type Ticket = { id: string; version: number; status: string; reopenCount: number; assignee: { name: string } | null };

const FOLLOW_UP_FIELDS = 'id version status outcome failedAttempts attemptsLeft round callerMustNotBeHandler ticketNumber viewerMayCall viewerMayDecide attempts { result retryAt outcome }';
const TICKET_FIELDS = 'id version status reopenCount assignee { name }';
const QUEUE = `query ($view: FollowUpView!) { followUps(view: $view, first: 50) { edges { node { ${FOLLOW_UP_FIELDS} } } } }`;
const CALL = `mutation ($input: RecordFollowUpCallInput!) { recordFollowUpCall(input: $input) { ${FOLLOW_UP_FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $v: Int!, $d: FollowUpDecision!, $caller: ID) { decideFollowUp(followUpId: $id, expectedVersion: $v, decision: $d, callerId: $caller) { ${FOLLOW_UP_FIELDS} } }`;
const RATES = 'query { followUpRates { due onTime handled onTimeRate handledRate } }';

describe.each(enginesUnderTest())('the 回访 queue through the API (%s)', (engine) => {
  let gw: TestGateway;
  let office: string;
  let hall: string;
  let supervisor: string;
  let merchant: string;
  let merchantRequesterId: string;
  const staffIds: Record<string, string> = {};

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [office, hall, supervisor, merchant] = (await Promise.all(['office_clerk', 'hall_clerk', 'merchant_supervisor', 'merchant1'].map((u) => gw.login(u)))) as [string, string, string, string];
    const rows = await gw.db.query<{ username: string; staff_id: string | null; requester_id: string | null }>(
      `SELECT username, staff_id, requester_id FROM accounts WHERE username IN ('office_clerk', 'hall_clerk', 'merchant_supervisor', 'merchant1')`,
    );
    for (const r of rows) if (r.staff_id) staffIds[r.username] = r.staff_id;
    merchantRequesterId = rows.find((r) => r.username === 'merchant1')!.requester_id!;
  });
  afterAll(() => gw.close());

  async function ok<T>(field: string, query: string, variables: Record<string, unknown>, cookie: string): Promise<T> {
    const result = await gw.gql<Record<string, T>>(query, variables, { cookie });
    expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    return result.data![field]!;
  }

  /** A repair registered by the office clerk, dispatched to the hall clerk, who resolves it. */
  async function resolvedRepair(title: string): Promise<Ticket> {
    const created = await ok<Ticket>(
      'createTicket',
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { ${TICKET_FIELDS} } }`,
      { key: `followup-${Buffer.from(title).toString("hex")}`, input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title, description: '商户来电：店内插座不通电。', location: 'A1-008', requesterId: merchantRequesterId } },
      office,
    );
    const assigned = await ok<Ticket>(
      'assignTicket',
      `mutation ($id: ID!, $v: Int!, $a: ID!) { assignTicket(id: $id, version: $v, assigneeId: $a) { ${TICKET_FIELDS} } }`,
      { id: created.id, v: created.version, a: toGlobalId('Staff', staffIds.hall_clerk!) },
      supervisor,
    );
    return workAndResolve(assigned);
  }

  async function workAndResolve(ticket: Ticket): Promise<Ticket> {
    const started = await ok<Ticket>('startTicket', `mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { ${TICKET_FIELDS} } }`, { id: ticket.id, v: ticket.version }, hall);
    return ok<Ticket>(
      'resolveTicket',
      `mutation ($id: ID!, $v: Int!) { resolveTicket(id: $id, version: $v, resolution: "已更换插座", repairCategory: OTHER) { ${TICKET_FIELDS} } }`,
      { id: started.id, v: started.version },
      hall,
    );
  }

  async function owedFor(number: number, cookie = office): Promise<FollowUp> {
    const queue = await ok<{ edges: { node: FollowUp }[] }>('followUps', QUEUE, { view: 'TEAM' }, cookie);
    const found = queue.edges.map((e) => e.node).find((f) => f.ticketNumber === number);
    expect(found, `follow-up of ticket ${number}`).toBeDefined();
    return found!;
  }

  const ticketNumberOf = async (id: string) => (await ok<{ number: number }>('ticket', 'query ($id: ID!) { ticket(id: $id) { number } }', { id }, office)).number;
  const ticketNow = (id: string) => ok<Ticket>('ticket', `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id }, supervisor);
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  it('opens a follow-up when a repair is resolved; a failed call needs a retry time; "not fixed" sends the ticket back and the next call is someone else’s', async () => {
    const ticket = await resolvedRepair('插座不通电');
    const number = await ticketNumberOf(ticket.id);
    let followUp = await owedFor(number);
    expect(followUp).toMatchObject({ status: 'OPEN', failedAttempts: 0, attemptsLeft: 3, round: 0, viewerMayCall: true, viewerMayDecide: false });

    const noRetry = await gw.gql(CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version, result: 'FAILED' } }, { cookie: office });
    expect(noRetry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(noRetry.errors?.[0]?.extensions)).toContain('retryAt');
    expect((await owedFor(number)).version).toBe(followUp.version);

    followUp = await ok<FollowUp>('recordFollowUpCall', CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version, result: 'FAILED', retryAt: inAnHour(), note: '无人接听' } }, office);
    expect(followUp).toMatchObject({ status: 'OPEN', failedAttempts: 1, attemptsLeft: 2 });
    expect((await ok<{ edges: unknown[] }>('followUps', QUEUE, { view: 'MINE' }, office)).edges.length).toBeGreaterThan(0);

    const stale = await gw.gql(CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version - 1, result: 'FAILED', retryAt: inAnHour() } }, { cookie: office });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    followUp = await ok<FollowUp>('recordFollowUpCall', CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version, result: 'REACHED', outcome: 'NOT_FIXED', satisfaction: 1, note: '插座仍不通电' } }, office);
    expect(followUp).toMatchObject({ status: 'DONE', outcome: 'NOT_FIXED' });
    const back = await ticketNow(ticket.id);
    expect(back).toMatchObject({ status: 'ASSIGNED', reopenCount: 1 });

    // The handler's supervisor is told, and finds it in the returned view.
    const notified = await gw.db.query(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND ticket_id = $2 AND kind = 'low_rating'`, [staffIds.merchant_supervisor, fromGlobalId(ticket.id)]);
    expect(notified).toHaveLength(1);
    const returned = await ok<{ edges: { node: { id: string } }[] }>('tickets', 'query { tickets(first: 50, filter: { reopened: true }) { edges { node { id } } } }', {}, supervisor);
    expect(returned.edges.map((e) => e.node.id)).toContain(ticket.id);

    // Resolved again: the new 回访 is made by someone other than the handler (the site's policy, on by default).
    await workAndResolve(back);
    const second = await owedFor(number, hall);
    expect(second).toMatchObject({ round: 1, callerMustNotBeHandler: true, viewerMayCall: false });
    const byHandler = await gw.gql(CALL, { input: { followUpId: second.id, expectedVersion: second.version, result: 'REACHED', outcome: 'SATISFIED', satisfaction: 5 } }, { cookie: hall });
    expect(byHandler.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'FOLLOWUP.REFUSED' });
    const done = await ok<FollowUp>('recordFollowUpCall', CALL, { input: { followUpId: second.id, expectedVersion: second.version, result: 'REACHED', outcome: 'SATISFIED', satisfaction: 5 } }, office);
    expect(done).toMatchObject({ status: 'DONE', outcome: 'SATISFIED' });
    expect(await ticketNow(ticket.id)).toMatchObject({ status: 'FOLLOWED_UP', reopenCount: 1 });
  });

  it('after three failed calls the supervisor decides; the clerk may not', async () => {
    const ticket = await resolvedRepair('照明不亮');
    let followUp = await owedFor(await ticketNumberOf(ticket.id));
    for (let i = 0; i < 3; i++) {
      followUp = await ok<FollowUp>('recordFollowUpCall', CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version, result: 'FAILED', retryAt: i < 2 ? inAnHour() : null } }, office);
    }
    expect(followUp).toMatchObject({ status: 'AWAITING_DECISION', attemptsLeft: 0, viewerMayCall: false });
    const more = await gw.gql(CALL, { input: { followUpId: followUp.id, expectedVersion: followUp.version, result: 'FAILED', retryAt: inAnHour() } }, { cookie: office });
    expect(more.errors?.[0]?.extensions).toMatchObject({ reason: 'FOLLOWUP.REFUSED' });
    const byClerk = await gw.gql(DECIDE, { id: followUp.id, v: followUp.version, d: 'CLOSE' }, { cookie: office });
    expect(byClerk.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const badCaller = await gw.gql(DECIDE, { id: followUp.id, v: followUp.version, d: 'REASSIGN', caller: staffIds.merchant_supervisor === undefined ? 'x' : '00000000-0000-4000-8000-000000000000' }, { cookie: supervisor });
    expect(badCaller.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const again = await ok<FollowUp>('decideFollowUp', DECIDE, { id: followUp.id, v: followUp.version, d: 'REASSIGN', caller: staffIds.office_clerk }, supervisor);
    expect(again).toMatchObject({ status: 'OPEN', failedAttempts: 0, attemptsLeft: 3 });
    expect(again.attempts).toHaveLength(3);
  });

  it('shows the month’s rates to whoever works the queue', async () => {
    const rates = await ok<{ due: number; handled: number; handledRate: number | null }>('followUpRates', RATES, {}, supervisor);
    expect(rates.due).toBeGreaterThanOrEqual(0);
    expect(rates.handled).toBeLessThanOrEqual(rates.due);
  });

  it('gives portal users nothing of the queue', async () => {
    for (const query of [`query { followUps(view: TEAM, first: 5) { edges { node { id } } } }`, RATES]) {
      const result = await gw.gql(query, {}, { cookie: merchant });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const call = await gw.gql(CALL, { input: { followUpId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, result: 'FAILED', retryAt: inAnHour() } }, { cookie: merchant });
    expect(call.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
