import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const DAY = 24 * 3_600_000;
const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

type StaffTicket = { id: string; status: string; version: number; followUpDueAt: string | null; availableActions: string[] };
const TICKET_FIELDS = 'id status version followUpDueAt availableActions';

// Internal words that must never reach the requester.
const RELAY_NOTE = '内部：水管老化，工程部需整段更换，费用待议';
const FOLLOW_UP_NOTE = '内部：商户态度良好，回访记录存档';

describe.each(enginesUnderTest())('a repair from intake to close (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let supervisor: string;
  let merchant1: string;
  let merchant1RequesterId: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [clerk, supervisor, merchant1] = (await Promise.all(['hall_clerk', 'merchant_supervisor', 'merchant1'].map((u) => gw.login(u)))) as [string, string, string];
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    merchant1RequesterId = row!.requester_id;
  });
  afterAll(() => gw.close());

  /** Runs one mutation that returns a Ticket and fails the test on any error. */
  async function act(field: string, mutation: string, variables: Record<string, unknown>, cookie = clerk): Promise<StaffTicket> {
    const result = await gw.gql<Record<string, StaffTicket>>(mutation.replace('FIELDS', TICKET_FIELDS), variables, { cookie });
    expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    return result.data![field]!;
  }

  async function viewAs(cookie: string, id: string) {
    const result = await gw.gql<{ ticket: StaffTicket }>(`query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id }, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.ticket;
  }

  /** What the hall clerk and the supervisor may each do now. */
  async function expectActions(id: string, clerkActions: string[], supervisorActions: string[]) {
    const forClerk = (await viewAs(clerk, id)).availableActions;
    const forSupervisor = (await viewAs(supervisor, id)).availableActions;
    expect([...forClerk].sort()).toEqual([...clerkActions].sort());
    expect([...forSupervisor].sort()).toEqual([...supervisorActions].sort());
    // A clerk works the queue and what they registered; dispatching, judging and reopening are supervisors' calls.
    for (const action of ['ASSIGN', 'MARK_INVALID', 'REOPEN']) expect(forClerk).not.toContain(action);
  }

  async function createRepair(title: string, key: string) {
    return act(
      'createTicket',
      `mutation ($input: CreateTicketInput!, $key: String!) { createTicket(input: $input, idempotencyKey: $key) { FIELDS } }`,
      {
        key,
        input: {
          kind: 'REPAIR',
          channel: 'PHONE',
          severity: 'IMPORTANT',
          title,
          description: '商户来电：店铺后区天花板滴水，地面已积水。',
          location: 'B2-031',
          requesterId: merchant1RequesterId,
        },
      },
    );
  }

  const RELAY = `mutation ($id: ID!, $v: Int!, $note: String) { relayTicket(id: $id, version: $v, department: ENGINEERING, note: $note) { FIELDS } }`;
  const START = `mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { FIELDS } }`;
  const RESOLVE = `mutation ($id: ID!, $v: Int!, $category: RepairCategory, $waterTestAt: DateTime) {
    resolveTicket(id: $id, version: $v, resolution: "已更换漏水管段并完成闭水试验", repairCategory: $category, waterTestAt: $waterTestAt) { FIELDS }
  }`;

  let ticketId: string;

  it('walks the whole life cycle, offering each viewer only what they may do', async () => {
    const created = await createRepair('天花板漏水', 'flow-repair-0001');
    ticketId = created.id;
    expect(created).toMatchObject({ status: 'RECEIVED', version: 1, followUpDueAt: null });
    // The clerk who registered it may take it on or pass it up (002_… 若自己现场不能解决的,要及时传递给相关负责人).
    await expectActions(ticketId, ['RELAY', 'REPLY', 'TAKE', 'ESCALATE'], ['ASSIGN', 'TAKE', 'RELAY', 'REPLY', 'ESCALATE']);

    const relayed = await act('relayTicket', RELAY, { id: ticketId, v: 1, note: RELAY_NOTE });
    expect(relayed).toMatchObject({ status: 'RELAYED', version: 2 });
    await expectActions(ticketId, ['RELAY', 'REPLY', 'START', 'ESCALATE'], ['ASSIGN', 'RELAY', 'REPLY', 'START', 'ESCALATE']);

    const started = await act('startTicket', START, { id: ticketId, v: 2 });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
    await expectActions(ticketId, ['RELAY', 'REPLY', 'RESOLVE', 'ESCALATE'], ['ASSIGN', 'RELAY', 'REPLY', 'ESCALATE', 'RESOLVE']);

    // A leak is followed up three days after the water test, not after the resolution.
    const waterTestAt = new Date(Date.now() + 2 * DAY);
    const resolved = await act('resolveTicket', RESOLVE, { id: ticketId, v: 3, category: 'LEAK', waterTestAt: waterTestAt.toISOString() });
    expect(resolved).toMatchObject({ status: 'RESOLVED', version: 4 });
    expect(Date.parse(resolved.followUpDueAt!)).toBe(waterTestAt.getTime() + 3 * DAY);
    // Nobody handled the relayed ticket: the clerk who resolved it became its handler, and the timeline says so.
    const handled = await gw.gql<{ viewer: { staff: { id: string } }; ticket: { assignee: { id: string }; timeline: { type: string; assignee: { id: string } | null; resolverBecameHandler: boolean }[] } }>(
      'query ($id: ID!) { viewer { staff { id } } ticket(id: $id) { assignee { id } timeline { type assignee { id } resolverBecameHandler } } }',
      { id: ticketId },
      { cookie: clerk },
    );
    expect(handled.errors).toBeUndefined();
    const clerkId = handled.data!.viewer.staff.id;
    expect(handled.data!.ticket.assignee.id).toBe(clerkId);
    expect(handled.data!.ticket.timeline.at(-1)).toEqual({ type: 'RESOLVED', assignee: { id: clerkId }, resolverBecameHandler: true });
    // Closing waits for the follow-up (回访) that is owed.
    await expectActions(ticketId, ['FOLLOW_UP'], ['FOLLOW_UP', 'REOPEN']);

    const followedUp = await act(
      'recordFollowUp',
      `mutation ($id: ID!, $v: Int!, $note: String) { recordFollowUp(id: $id, version: $v, satisfaction: 5, channel: PHONE, note: $note) { FIELDS } }`,
      { id: ticketId, v: 4, note: FOLLOW_UP_NOTE },
    );
    expect(followedUp).toMatchObject({ status: 'FOLLOWED_UP', version: 5 });
    await expectActions(ticketId, ['CLOSE'], ['CLOSE', 'REOPEN']);

    const closed = await act('closeTicket', `mutation ($id: ID!, $v: Int!) { closeTicket(id: $id, version: $v) { FIELDS } }`, { id: ticketId, v: 5 });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 6 });
    await expectActions(ticketId, [], ['REOPEN']);

    const timeline = await gw.gql<{ ticket: { satisfaction: number; timeline: { type: string; fromStatus: string | null; toStatus: string | null; note: string | null }[] } }>(
      'query ($id: ID!) { ticket(id: $id) { satisfaction timeline { type fromStatus toStatus note } } }',
      { id: ticketId },
      { cookie: clerk },
    );
    expect(timeline.data!.ticket.satisfaction).toBe(5);
    expect(timeline.data!.ticket.timeline.map(({ type, fromStatus, toStatus }) => ({ type, fromStatus, toStatus }))).toEqual([
      { type: 'CREATED', fromStatus: null, toStatus: 'RECEIVED' },
      { type: 'RELAYED', fromStatus: 'RECEIVED', toStatus: 'RELAYED' },
      { type: 'STARTED', fromStatus: 'RELAYED', toStatus: 'IN_PROGRESS' },
      { type: 'RESOLVED', fromStatus: 'IN_PROGRESS', toStatus: 'RESOLVED' },
      { type: 'FOLLOWED_UP', fromStatus: 'RESOLVED', toStatus: 'FOLLOWED_UP' },
      { type: 'CLOSED', fromStatus: 'FOLLOWED_UP', toStatus: 'CLOSED' },
    ]);
    // Staff see the internal note the requester must not.
    expect(timeline.data!.ticket.timeline[1]!.note).toBe(RELAY_NOTE);
  });

  it('shows merchant1 the request with a timeline free of internal notes', async () => {
    // A staff-only note (备注): on the staff timeline, never in the portal, and the ticket is unchanged.
    const COMMENT = 'mutation ($id: ID!, $note: String!) { commentTicket(id: $id, note: $note) { version } }';
    const noted = await gw.gql<{ commentTicket: { version: number } }>(COMMENT, { id: ticketId, note: '内部备注：商户情绪激动' }, { cookie: clerk });
    expect(noted.errors).toBeUndefined();
    expect(noted.data!.commentTicket.version).toBe(6);
    const staffSide = await viewAs(clerk, ticketId);
    expect(staffSide.version).toBe(6);
    const notes = await gw.gql<{ ticket: { timeline: { type: string; note: string | null }[] } }>('query ($id: ID!) { ticket(id: $id) { timeline { type note } } }', { id: ticketId }, { cookie: clerk });
    expect(notes.data!.ticket.timeline.at(-1)).toEqual({ type: 'COMMENTED', note: '内部备注：商户情绪激动' });
    expect((await gw.gql(COMMENT, { id: ticketId, note: '试试' }, { cookie: merchant1 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gw.gql(COMMENT, { id: ticketId, note: '  ' }, { cookie: clerk })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const requestId = toGlobalId('MyRequest', fromGlobalId(ticketId));
    const list = await gw.gql<{ myRequests: { edges: { node: { id: string; status: string } }[] } }>(
      '{ myRequests(first: 50) { edges { node { id status } } } }',
      {},
      { cookie: merchant1 },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.myRequests.edges.map((e) => e.node)).toContainEqual({ id: requestId, status: 'CLOSED' });

    const response = await gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: merchant1 },
      body: JSON.stringify({
        query: `query ($id: ID!) { myRequest(id: $id) {
          id status canRate relayedTo resolution followUp { satisfaction channel reopened }
          timeline { at type toStatus department stars comment }
        } }`,
        variables: { id: requestId },
      }),
    });
    const raw = await response.text();
    const body = JSON.parse(raw) as { data: { myRequest: { status: string; canRate: boolean; resolution: string; timeline: { type: string; toStatus: string; department: string | null }[] } } };
    // How it was resolved and what the follow-up concluded, without the caller's note.
    expect(body.data.myRequest).toMatchObject({
      status: 'CLOSED',
      canRate: false,
      resolution: '已更换漏水管段并完成闭水试验',
      followUp: { satisfaction: 5, channel: 'PHONE', reopened: false },
    });
    expect(body.data.myRequest.timeline.map((e) => e.type)).toEqual(['CREATED', 'RELAYED', 'STARTED', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED']);
    expect(body.data.myRequest.timeline[1]!.department).toBe('ENGINEERING');
    for (const secret of [RELAY_NOTE, FOLLOW_UP_NOTE, '水管老化', '回访记录', '内部备注']) expect(raw).not.toContain(secret);
  });

  it('sends the request back to the queue when merchant1 rates it one star', async () => {
    const repair = await createRepair('卷帘门无法关闭', 'flow-repair-0002');
    await act('relayTicket', RELAY, { id: repair.id, v: 1, note: null });
    await act('startTicket', START, { id: repair.id, v: 2 });
    const resolved = await act('resolveTicket', RESOLVE, { id: repair.id, v: 3, category: 'OTHER', waterTestAt: null });
    expect(resolved.status).toBe('RESOLVED');

    const requestId = toGlobalId('MyRequest', fromGlobalId(repair.id));
    const before = await gw.gql<{ myRequest: { canRate: boolean; version: number } }>(
      'query ($id: ID!) { myRequest(id: $id) { canRate version } }',
      { id: requestId },
      { cookie: merchant1 },
    );
    expect(before.data!.myRequest).toEqual({ canRate: true, version: 4 });

    const rated = await gw.gql<{ rateRequest: { status: string; version: number; canRate: boolean } }>(
      'mutation ($id: ID!, $v: Int!) { rateRequest(id: $id, version: $v, stars: 1, comment: "门还是关不上") { status version canRate } }',
      { id: requestId, v: 4 },
      { cookie: merchant1 },
    );
    expect(rated.errors).toBeUndefined();
    expect(['RECEIVED', 'ASSIGNED']).toContain(rated.data!.rateRequest.status);
    expect(rated.data!.rateRequest).toMatchObject({ version: 5, canRate: false });

    const staffView = await gw.gql<{ ticket: { status: string; satisfaction: number; followUpDueAt: string | null; timeline: { type: string; fromStatus: string; toStatus: string; satisfaction: number | null; actorKind: string }[] } }>(
      'query ($id: ID!) { ticket(id: $id) { status satisfaction followUpDueAt timeline { type fromStatus toStatus satisfaction actorKind } } }',
      { id: repair.id },
      { cookie: supervisor },
    );
    const ticket = staffView.data!.ticket;
    expect(ticket).toMatchObject({ status: rated.data!.rateRequest.status, satisfaction: 1, followUpDueAt: null });
    expect(ticket.timeline.at(-1)).toEqual({ type: 'RATED', fromStatus: 'RESOLVED', toStatus: ticket.status, satisfaction: 1, actorKind: 'REQUESTER' });
    // Back in the queue, the supervisor can dispatch it again.
    expect((await viewAs(supervisor, repair.id)).availableActions).toContain('ASSIGN');
    // The handler's supervisor is told (a notification in the same transaction), so the portal's word is true.
    const inbox = await gw.gql<{ myNotifications: { edges: { node: { kind: string; ticket: { id: string } | null } }[] } }>(
      '{ myNotifications(first: 20) { edges { node { kind ticket { id } } } } }',
      {},
      { cookie: supervisor },
    );
    expect(inbox.data!.myNotifications.edges.map((e) => e.node)).toContainEqual({ kind: 'LOW_RATING', ticket: { id: repair.id } });
    const portal = await gw.gql<{ myRequest: { timeline: { type: string; supervisorNotified: boolean }[] } }>(
      'query ($id: ID!) { myRequest(id: $id) { timeline { type supervisorNotified } } }',
      { id: requestId },
      { cookie: merchant1 },
    );
    expect(portal.data!.myRequest.timeline.at(-1)).toEqual({ type: 'RATED', supervisorNotified: true });
  });

  it('marks a portal request new on the desk until a member of staff opens it', async () => {
    const submitted = await gw.gql<{ submitRequest: { id: string; number: number } }>(
      'mutation { submitRequest(idempotencyKey: "flow-new-0001", input: { kind: REPAIR, title: "灯不亮", description: "店门口灯不亮" }) { id number } }',
      {},
      { cookie: merchant1 },
    );
    expect(submitted.errors).toBeUndefined();
    const id = toGlobalId('Ticket', fromGlobalId(submitted.data!.submitRequest.id));
    const NEW_ONES = '{ tickets(first: 100, filter: { newToStaff: true }) { edges { node { id newToStaff } } } }';
    const newOnes = async () =>
      (await gw.gql<{ tickets: { edges: { node: { id: string; newToStaff: boolean } }[] } }>(NEW_ONES, {}, { cookie: supervisor })).data!.tickets.edges.map((e) => e.node);
    expect(await newOnes()).toContainEqual({ id, newToStaff: true });
    // Tickets staff register are never new.
    expect((await newOnes()).map((t) => t.id)).not.toContain(ticketId);

    // Staff who may not see it cannot mark it, and it stays new.
    const driver = await gw.login('cart_driver');
    const MARK = 'mutation ($id: ID!) { markTicketSeen(id: $id) { id newToStaff firstSeenByStaffAt version } }';
    const refused = await gw.gql(MARK, { id }, { cookie: driver });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // Nor can the requester.
    expect((await gw.gql(MARK, { id }, { cookie: merchant1 })).errors).toBeDefined();
    expect(await newOnes()).toContainEqual({ id, newToStaff: true });

    type Marked = { markTicketSeen: { id: string; newToStaff: boolean; firstSeenByStaffAt: string; version: number } };
    const first = await gw.gql<Marked>(MARK, { id }, { cookie: supervisor });
    expect(first.errors).toBeUndefined();
    expect(first.data!.markTicketSeen).toMatchObject({ id, newToStaff: false, version: 1 });
    // Opening it again changes nothing: the first look stands and the version does not move.
    const again = await gw.gql<Marked>(MARK, { id }, { cookie: clerk });
    expect(again.data!.markTicketSeen).toEqual(first.data!.markTicketSeen);
    expect((await newOnes()).map((t) => t.id)).not.toContain(id);
  });

  it('answers a malformed id as a missing one, in both apps', async () => {
    for (const id of ['302', 'xyz', toGlobalId('Staff', '1'), toGlobalId('MyRequest', 'not-a-uuid')]) {
      const portal = await gw.gql('query ($id: ID!) { myRequest(id: $id) { id } }', { id }, { cookie: merchant1 });
      expect(portal.errors?.map((e) => e.extensions?.code), `myRequest(${id})`).toEqual(['NOT_FOUND']);
      const desk = await gw.gql('query ($id: ID!) { ticket(id: $id) { id } }', { id }, { cookie: clerk });
      expect(desk.errors?.map((e) => e.extensions?.code), `ticket(${id})`).toEqual(['NOT_FOUND']);
    }
  });

  it('keeps the ticket from staff outside its reporting line', async () => {
    const driver = await gw.login('cart_driver');
    const result = await gw.gql('query ($id: ID!) { ticket(id: $id) { id title } }', { id: ticketId }, { cookie: driver });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mutation = await gw.gql('mutation ($id: ID!) { reopenTicket(id: $id, version: 6, reason: "试试") { id } }', { id: ticketId }, { cookie: driver });
    expect(mutation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
