import { enginesUnderTest } from '@kefu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Candidate = { inTicketUnit: boolean; openTickets: number; staff: { id: string; name: string }; position: { code: string } };
const SUBJECT = 'subject { kind department staff { id name } unit { code } position { code } }';
const fieldsOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  ((errors?.[0]?.extensions?.fields as { field: string; rule: string }[] | undefined) ?? []).map((f) => `${f.field}:${f.rule}`);

// `001_…` 投诉接待 (1): "详细记录…被投诉人及被投诉部门"; `000_…` 投诉监管: the subject's supervisor receives it.
describe.each(enginesUnderTest())('complaint subjects and the dispatch picker over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let floorClerk: string;
  let floorSupervisor: string;
  let captain: string;
  let driver: string;
  let driverId: string;
  let floorUnitId: string;
  let requesterId: string;
  let ticketId: string;

  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [floorClerk, floorSupervisor, captain, driver] = (await Promise.all(['floor_clerk', 'floor_supervisor', 'cart_captain', 'cart_driver'].map((u) => gw.login(u)))) as [
      string,
      string,
      string,
      string,
    ];
    driverId = (await gw.gql<{ viewer: { staff: { id: string } } }>('{ viewer { staff { id } } }', {}, { cookie: driver })).data!.viewer.staff.id;
    const units = await gw.gql<{ orgChart: { units: { id: string; code: string }[] } }>('{ orgChart { units { id code } } }', {}, { cookie: floorClerk });
    floorUnitId = units.data!.orgChart.units.find((u) => u.code === 'floor_service')!.id;
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    requesterId = row!.requester_id;
  });
  afterAll(() => gw.close());

  const create = (input: Record<string, unknown>, key: string) =>
    gw.gql<{ createTicket: { id: string; version: number; subject: unknown } }>(
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { id version ${SUBJECT} } }`,
      { input: { channel: 'WALK_IN', severity: 'MINOR', description: '导购车导购员对顾客态度生硬。', requesterId, unitId: floorUnitId, ...input }, key },
      { cookie: floorClerk },
    );
  const open = (cookie: string) => gw.gql<{ ticket: { id: string } }>('query ($id: ID!) { ticket(id: $id) { id } }', { id: ticketId }, { cookie });

  it('a floor clerk registers a complaint about a named cart guide; the guide’s captain sees it, the guide does not', async () => {
    const created = await create({ kind: 'COMPLAINT', title: '导购员态度生硬', subject: { kind: 'STAFF', staffId: driverId } }, 'subject-complaint-0001');
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTicket.subject).toMatchObject({ kind: 'STAFF', staff: { id: driverId } });
    ticketId = created.data!.createTicket.id;
    expect((await open(captain)).data?.ticket.id).toBe(ticketId);
    expect((await open(driver)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Stored on its columns (the demo's cart-team complaints are about the team itself).
    const rows = await gw.db.query<{ subject_kind: string }>(`SELECT subject_kind FROM tickets WHERE subject_staff_id IS NOT NULL`);
    expect(rows).toEqual([{ subject_kind: 'staff' }]);
  });

  it('refuses a subject that is incomplete, not the site’s, or on another kind, and writes nothing', async () => {
    const before = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'COMPLAINT', title: '无对象', subject: { kind: 'STAFF' } }, 'subject.staffId:required'],
      [{ kind: 'COMPLAINT', title: '外部门', subject: { kind: 'UNIT', unitCode: 'canteen' } }, 'subject.unitCode:invalid_choice'],
      [{ kind: 'REPAIR', title: '报修', subject: { kind: 'DEPARTMENT', department: 'LOGISTICS' } }, 'subject.kind:invalid_choice'],
    ];
    for (const [i, [input, expected]] of cases.entries()) {
      const result = await create(input, `subject-refused-000${i}`);
      expect(result.errors?.[0]?.extensions?.code, expected).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result.errors)).toEqual([expected]);
    }
    expect(await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets')).toEqual(before);
  });

  it('staff who work the complaint correct its subject; the timeline keeps the change for staff', async () => {
    const version = (await gw.gql<{ ticket: { version: number } }>('query ($id: ID!) { ticket(id: $id) { version } }', { id: ticketId }, { cookie: floorClerk })).data!.ticket.version;
    const changed = await gw.gql<{ setTicketSubject: { version: number; subject: unknown; timeline: { type: string }[] } }>(
      `mutation ($id: ID!, $v: Int!) { setTicketSubject(id: $id, version: $v, subject: { kind: UNIT, unitCode: "shuttle_team" }) { version ${SUBJECT} timeline { type } } }`,
      { id: ticketId, v: version },
      { cookie: floorClerk },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setTicketSubject).toMatchObject({ version: version + 1, subject: { kind: 'UNIT', unit: { code: 'shuttle_team' } } });
    expect(changed.data!.setTicketSubject.timeline.map((e) => e.type)).toContain('SUBJECT_CHANGED');
    // A stale version is a conflict; the cart guide, who cannot see it, finds nothing.
    const stale = await gw.gql('mutation ($id: ID!, $v: Int!) { setTicketSubject(id: $id, version: $v) { id } }', { id: ticketId, v: version }, { cookie: floorClerk });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const hidden = await gw.gql('mutation ($id: ID!, $v: Int!) { setTicketSubject(id: $id, version: $v) { id } }', { id: ticketId, v: version + 1 }, { cookie: driver });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the dispatch picker offers who may work the ticket, its unit first, with position and workload', async () => {
    const result = await gw.gql<{ ticket: { assignmentCandidates: Candidate[] } }>(
      'query ($id: ID!) { ticket(id: $id) { assignmentCandidates { inTicketUnit openTickets staff { id name } position { code } } } }',
      { id: ticketId },
      { cookie: floorSupervisor },
    );
    expect(result.errors).toBeUndefined();
    const list = result.data!.ticket.assignmentCandidates;
    expect(list.length).toBeGreaterThan(0);
    const firstOutside = list.findIndex((c) => !c.inTicketUnit);
    expect(list.slice(0, firstOutside === -1 ? list.length : firstOutside).every((c) => ['floor_clerk', 'floor_supervisor'].includes(c.position.code))).toBe(true);
    expect(list.some((c) => c.inTicketUnit)).toBe(true);
    expect(list.every((c) => c.openTickets >= 0)).toBe(true);
    // The cart team does not work the floor centre's queue.
    expect(list.map((c) => c.position.code)).not.toContain('cart_driver');
    // A clerk does not dispatch: the field is refused to them.
    const clerk = await gw.gql('query ($id: ID!) { ticket(id: $id) { assignmentCandidates { openTickets } } }', { id: ticketId }, { cookie: floorClerk });
    expect(clerk.errors?.length).toBeGreaterThan(0);
  });
});
