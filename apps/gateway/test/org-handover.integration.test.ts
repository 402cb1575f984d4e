import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

type Ticket = { id: string; version: number; status: string; assignee: { name: string } | null };
type OpenWork = {
  assignment: { staff: { name: string } };
  tickets: { id: string; assignee: { name: string } | null }[];
  followUps: { id: string; caller: { name: string } | null }[];
  unseenTickets: number;
};

const TICKET_FIELDS = 'id version status assignee { name }';
const OPEN_WORK = `query ($id: ID!) { assignmentOpenWork(id: $id) { assignment { staff { name } } tickets { id assignee { name } } followUps { id caller { name } } unseenTickets } }`;
const END = `mutation ($id: ID!, $on: LocalDate!, $to: ID, $queue: Boolean) { endAssignment(id: $id, endsOn: $on, handOverTo: $to, returnWorkToQueue: $queue) { endsOn } }`;
const SET_GRANT = `mutation ($p: ID!, $a: Action!, $s: String) { setPositionGrant(positionId: $p, action: $a, scope: $s) { position { code } } }`;
const TIMELINE = `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} number unit { id } timeline { type } } }`;

describe.each(enginesUnderTest())('ending an assignment hands the open work over (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let office: string;
  let hall: string;
  let supervisor: string;
  let merchantRequesterId: string;
  let hallAssignmentId: string;
  let deputy: string;
  let deputyPositionId: string;
  const staffIds: Record<string, string> = {};
  const names: Record<string, string> = {};

  async function ok<T>(field: string, query: string, variables: Record<string, unknown>, cookie: string): Promise<T> {
    const result = await gw.gql<Record<string, T>>(query, variables, { cookie });
    expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    return result.data![field]!;
  }

  /** A repair registered by the office clerk and dispatched to the hall clerk. */
  async function hallsTicket(title: string): Promise<Ticket> {
    const created = await ok<Ticket>(
      'createTicket',
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { ${TICKET_FIELDS} } }`,
      { key: `handover-${Buffer.from(title).toString('hex')}`, input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title, description: '商户来电：店内插座不通电。', location: 'A1-008', requesterId: merchantRequesterId } },
      office,
    );
    return ok<Ticket>(
      'assignTicket',
      `mutation ($id: ID!, $v: Int!, $a: ID!) { assignTicket(id: $id, version: $v, assigneeId: $a) { ${TICKET_FIELDS} } }`,
      { id: created.id, v: created.version, a: toGlobalId('Staff', staffIds.hall_clerk!) },
      supervisor,
    );
  }

  /** A follow-up the hall clerk is to call: a resolved repair of someone else's they tried once. */
  async function hallsFollowUp(title: string): Promise<string> {
    const created = await ok<Ticket>(
      'createTicket',
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { ${TICKET_FIELDS} } }`,
      { key: `handover-${Buffer.from(title).toString('hex')}`, input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title, description: '商户来电：灯不亮。', location: 'A1-009', requesterId: merchantRequesterId } },
      office,
    );
    const taken = await ok<Ticket>('takeTicket', `mutation ($id: ID!, $v: Int!) { takeTicket(id: $id, version: $v) { ${TICKET_FIELDS} } }`, { id: created.id, v: created.version }, office);
    const started = await ok<Ticket>('startTicket', `mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { ${TICKET_FIELDS} } }`, { id: taken.id, v: taken.version }, office);
    await ok<Ticket>('resolveTicket', `mutation ($id: ID!, $v: Int!) { resolveTicket(id: $id, version: $v, resolution: "已更换灯管", repairCategory: OTHER) { ${TICKET_FIELDS} } }`, { id: started.id, v: started.version }, office);
    const queue = await ok<{ edges: { node: { id: string; version: number; ticketTitle: string } }[] }>('followUps', 'query { followUps(view: TEAM, first: 50) { edges { node { id version ticketTitle } } } }', {}, hall);
    const owed = queue.edges.map((e) => e.node).find((f) => f.ticketTitle === title)!;
    const retryAt = new Date(Date.now() + 3_600_000).toISOString();
    await ok('recordFollowUpCall', 'mutation ($input: RecordFollowUpCallInput!) { recordFollowUpCall(input: $input) { id } }', { input: { followUpId: owed.id, expectedVersion: owed.version, result: 'FAILED', retryAt } }, hall);
    return owed.id;
  }

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [director, office, hall, supervisor] = (await Promise.all(['director', 'office_clerk', 'hall_clerk', 'merchant_supervisor'].map((u) => gw.login(u)))) as [string, string, string, string];
    const rows = await gw.db.query<{ username: string; staff_id: string | null; requester_id: string | null; name: string | null }>(
      `SELECT a.username, a.staff_id, a.requester_id, s.name FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.username IN ('office_clerk', 'hall_clerk', 'merchant_supervisor', 'cart_driver', 'merchant1')`,
    );
    for (const r of rows) if (r.staff_id) [staffIds[r.username], names[r.username]] = [r.staff_id, r.name!];
    merchantRequesterId = rows.find((r) => r.username === 'merchant1')!.requester_id!;
    const [assignment] = await gw.db.query<{ id: string }>('SELECT id FROM assignments WHERE staff_id = $1 AND ends_on IS NULL', [staffIds.hall_clerk]);
    hallAssignmentId = assignment!.id;
    deputy = await gw.login('deputy');
    const [deputyPosition] = await gw.db.query<{ id: string }>(`SELECT id FROM positions WHERE code = 'deputy'`);
    deputyPositionId = deputyPosition!.id;
  });

  /** The state of what a failed end must leave untouched: the assignment, its open work, each ticket's version. */
  async function snapshot() {
    const [row] = await gw.db.query<{ ends_on: unknown }>('SELECT ends_on FROM assignments WHERE id = $1', [hallAssignmentId]);
    const work = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director);
    const tickets = await Promise.all(work.tickets.map(({ id }) => ok<Ticket>('ticket', TIMELINE, { id }, director)));
    const callers = await gw.db.query<{ caller_id: string | null; version: number }>('SELECT caller_id, version FROM follow_ups WHERE id = ANY($1::uuid[]) ORDER BY id', [work.followUps.map((f) => f.id)]);
    return { endsOn: row!.ends_on, work, tickets, callers };
  }
  afterAll(() => gw.close());

  it('lists the leaver’s open tickets and follow-ups to whoever may end the assignment, and to nobody else', async () => {
    const ticket = await hallsTicket('柜台插座不通电');
    const followUpId = await hallsFollowUp('走廊灯不亮');
    const work = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director);
    expect(work.assignment.staff.name).toBe(names.hall_clerk);
    expect(work.tickets.map((t) => t.id)).toContain(ticket.id);
    expect(work.tickets.every((t) => t.assignee?.name === names.hall_clerk)).toBe(true);
    expect(work.followUps.map((f) => f.id)).toContain(followUpId);
    expect(work.followUps.every((f) => f.caller?.name === names.hall_clerk)).toBe(true);
    expect(work.unseenTickets).toBe(0);
    for (const cookie of [hall, office]) {
      const refused = await gw.gql(OPEN_WORK, { id: hallAssignmentId }, { cookie });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(refused.data?.['assignmentOpenWork'] ?? null).toBeNull();
    }
  });

  it('refuses a recipient outside the unit as a field error, writing nothing', async () => {
    const before = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director);
    for (const [to, rule] of [
      [toGlobalId('Staff', staffIds.cart_driver!), 'handover_outside_unit'],
      [toGlobalId('Staff', staffIds.hall_clerk!), 'handover_same_person'],
    ] as const) {
      const refused = await gw.gql(END, { id: hallAssignmentId, on: '2030-01-01', to }, { cookie: director, locale: 'en' });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('handOverTo');
      expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain(rule);
    }
    const [stillOpen] = await gw.db.query<{ ends_on: unknown }>('SELECT ends_on FROM assignments WHERE id = $1', [hallAssignmentId]);
    expect(stillOpen!.ends_on).toBeNull();
    expect(await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director)).toEqual(before);
  });

  it('refuses a person and the queue at once as a field error on returnWorkToQueue, writing nothing', async () => {
    const before = await snapshot();
    const refused = await gw.gql(END, { id: hallAssignmentId, on: '2030-01-01', to: toGlobalId('Staff', staffIds.office_clerk!), queue: true }, { cookie: director, locale: 'en' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'returnWorkToQueue', rule: 'handover_two_targets' }] });
    expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ message: 'Choose either a person or the unit’s queue, not both.' })]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses, writing nothing, when the ender may not dispatch or see some of the open tickets; names only the ones they see', async () => {
    const before = await snapshot();
    expect(before.tickets.length).toBeGreaterThan(0);
    const ended = (cookie: string, variables: Record<string, unknown>) => gw.gql(END, { id: hallAssignmentId, on: '2030-01-01', ...variables }, { cookie, locale: 'zh-CN' });
    const setDeputy = (a: string, s: string | null) => ok('setPositionGrant', SET_GRANT, { p: toGlobalId('Position', deputyPositionId), a, s }, director);
    try {
      // The deputy may end the hall clerk's assignment (org.assignment.edit below it) but, here, not dispatch a ticket.
      await setDeputy('TICKET_ASSIGN', null);
      for (const variables of [{ to: toGlobalId('Staff', staffIds.office_clerk!) }, { queue: true }]) {
        const refused = await ended(deputy, variables);
        const field = 'to' in variables ? 'handOverTo' : 'returnWorkToQueue';
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ORG.HANDOVER_NOT_PERMITTED',
          details: { count: before.tickets.length },
          fields: [{ field, rule: 'ORG.HANDOVER_NOT_PERMITTED' }],
        });
        for (const t of before.tickets) expect(refused.errors?.[0]?.message).toContain(`#${(t as Ticket & { number: number }).number}`);
        expect(await snapshot()).toEqual(before);
      }
      // Nor see them: how many block it is said, which ones is not; the listing counts them and leaves them out.
      await setDeputy('TICKET_VIEW', null);
      expect(await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, deputy)).toMatchObject({ tickets: [], unseenTickets: before.tickets.length });
      const unseen = await ended(deputy, { queue: true });
      expect(unseen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORG.HANDOVER_NOT_PERMITTED', details: { count: before.tickets.length, numbers: '' } });
      expect(unseen.errors?.[0]?.message).toBe(`此人有 ${before.tickets.length} 张在办工单您无权查看或派单，不能移交，任职未结束。请由有权派单的管理人员操作。`);
      expect(await snapshot()).toEqual(before);
    } finally {
      await setDeputy('TICKET_VIEW', 'subordinates');
      await setDeputy('TICKET_ASSIGN', 'subordinates');
    }
    // With the grant back, the deputy is refused nothing on these grounds (the recipient rules still apply).
    const refusedAsRecipient = await ended(deputy, { to: toGlobalId('Staff', staffIds.cart_driver!) });
    expect(JSON.stringify(refusedAsRecipient.errors?.[0]?.extensions)).toContain('handover_outside_unit');
  });

  it('ends the assignment and moves every open ticket and follow-up to the chosen person, each ticket with its timeline event', async () => {
    const before = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director);
    expect(before.tickets.length).toBeGreaterThan(0);
    const ended = await ok<{ endsOn: string }>('endAssignment', END, { id: hallAssignmentId, on: '2030-01-01', to: toGlobalId('Staff', staffIds.office_clerk!) }, director);
    expect(ended.endsOn).toBe('2030-01-01');
    const after = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: hallAssignmentId }, director);
    expect(after).toMatchObject({ tickets: [], followUps: [] });
    for (const { id } of before.tickets) {
      const ticket = await ok<Ticket & { timeline: { type: string }[] }>('ticket', TIMELINE, { id }, director);
      expect(ticket).toMatchObject({ status: 'ASSIGNED', assignee: { name: names.office_clerk } });
      expect(ticket.timeline.at(-1)?.type).toBe('ASSIGNED');
    }
    const callers = await gw.db.query<{ caller_id: string | null }>('SELECT caller_id FROM follow_ups WHERE id = ANY($1::uuid[])', [before.followUps.map((f) => f.id)]);
    expect(callers.map((c) => c.caller_id)).toEqual(before.followUps.map(() => staffIds.office_clerk));
  });

  it('ends an assignment with the work back in the unit’s queue: each ticket unassigned and received, the follow-ups nobody’s to call', async () => {
    const [officeAssignment] = await gw.db.query<{ id: string }>('SELECT id FROM assignments WHERE staff_id = $1 AND ends_on IS NULL', [staffIds.office_clerk]);
    const before = await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: officeAssignment!.id }, director);
    // What the hall clerk's hand-over gave the office clerk is theirs now.
    expect(before.tickets.length).toBeGreaterThan(0);
    expect(before.followUps.length).toBeGreaterThan(0);
    const tickets = await Promise.all(before.tickets.map(({ id }) => ok<Ticket & { unit: { id: string } | null }>('ticket', TIMELINE, { id }, director)));
    const ended = await ok<{ endsOn: string }>('endAssignment', END, { id: officeAssignment!.id, on: '2030-01-01', queue: true }, director);
    expect(ended.endsOn).toBe('2030-01-01');
    expect(await ok<OpenWork>('assignmentOpenWork', OPEN_WORK, { id: officeAssignment!.id }, director)).toMatchObject({ tickets: [], followUps: [] });
    for (const was of tickets) {
      const ticket = await ok<Ticket & { unit: { id: string } | null; timeline: { type: string }[] }>('ticket', TIMELINE, { id: was.id }, director);
      expect(ticket).toMatchObject({ status: 'RECEIVED', assignee: null, unit: was.unit, version: was.version + 1 });
      expect(ticket.timeline.at(-1)?.type).toBe('RETURNED_TO_QUEUE');
    }
    const followUps = await gw.db.query<{ caller_id: string | null; status: string }>('SELECT caller_id, status FROM follow_ups WHERE id = ANY($1::uuid[])', [before.followUps.map((f) => f.id)]);
    expect(followUps).toEqual(before.followUps.map(() => ({ caller_id: null, status: 'open' })));
    // The hall's queue may take a returned ticket up again.
    const back = await ok<Ticket>('ticket', TIMELINE, { id: tickets[0]!.id }, director);
    const taken = await ok<Ticket>('assignTicket', `mutation ($id: ID!, $v: Int!, $a: ID!) { assignTicket(id: $id, version: $v, assigneeId: $a) { ${TICKET_FIELDS} } }`, { id: back.id, v: back.version, a: toGlobalId('Staff', staffIds.merchant_supervisor!) }, supervisor);
    expect(taken).toMatchObject({ status: 'ASSIGNED', assignee: { name: names.merchant_supervisor } });
  });
});
