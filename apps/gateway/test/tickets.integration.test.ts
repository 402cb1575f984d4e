import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

type Created = {
  createTicket: {
    id: string;
    number: number;
    status: string;
    version: number;
    receivedAt: string;
    deadlines: { handoverBy: string | null; replyBy: string | null; resolveBy: string };
    availableActions: string[];
  };
};

const CREATE = `mutation ($input: CreateTicketInput!, $key: String!) {
  createTicket(input: $input, idempotencyKey: $key) {
    id number status version receivedAt deadlines { handoverBy replyBy resolveBy } availableActions
  }
}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(enginesUnderTest())('tickets over GraphQL (%s)', (engine) => {
  let gw: TestGateway;
  let clerk: string;
  let merchant1Id: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    clerk = await gw.login('hall_clerk');
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    merchant1Id = row!.requester_id;
  });
  afterAll(() => gw.close());

  const complaint = (overrides: Record<string, unknown> = {}) => ({
    kind: 'COMPLAINT',
    channel: 'PHONE',
    severity: 'MAJOR',
    title: '店门口积水无人处理',
    description: '商户来电：A1-018 门口连续两天积水，顾客无法进店。',
    location: 'A1-018',
    requesterId: merchant1Id,
    ...overrides,
  });

  it('registers a major complaint for merchant1 with the brief’s deadlines', async () => {
    const result = await gw.gql<Created>(CREATE, { input: complaint(), key: 'major-complaint-1' }, { cookie: clerk });
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.createTicket;
    expect(ticket.status).toBe('RECEIVED');
    expect(ticket.version).toBe(1);
    const received = Date.parse(ticket.receivedAt);
    expect(Date.parse(ticket.deadlines.replyBy!) - received).toBe(2 * DAY);
    expect(Date.parse(ticket.deadlines.resolveBy) - received).toBe(10 * DAY);
    // Major complaints reach the director the same (Shanghai) day.
    const handover = new Date(ticket.deadlines.handoverBy!);
    expect(handover.getTime()).toBeGreaterThan(received);
    expect(handover.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })).toBe(
      new Date(received).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }),
    );
    expect(ticket.availableActions).toEqual(expect.arrayContaining(['RELAY']));
  });

  it('returns the same ticket for a retried submit with the same key, and refuses the key for another body', async () => {
    const first = await gw.gql<Created>(CREATE, { input: complaint({ title: '重试测试' }), key: 'retry-key-0001' }, { cookie: clerk });
    const again = await gw.gql<Created>(CREATE, { input: complaint({ title: '重试测试' }), key: 'retry-key-0001' }, { cookie: clerk });
    expect(again.data!.createTicket.id).toBe(first.data!.createTicket.id);
    const other = await gw.gql<Created>(CREATE, { input: complaint({ title: '另一条' }), key: 'retry-key-0001' }, { cookie: clerk });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [count] = await gw.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE title IN ('重试测试', '另一条')`);
    expect(count!.n).toBe(1);
  });

  it('refuses an illegal transition and a stale version, writing nothing', async () => {
    const created = (await gw.gql<Created>(CREATE, { input: complaint(), key: 'transition-key-1' }, { cookie: clerk })).data!.createTicket;
    const illegal = await gw.gql(
      `mutation ($id: ID!, $v: Int!) { closeTicket(id: $id, version: $v) { status } }`,
      { id: created.id, v: 1 },
      { cookie: clerk, locale: 'en' },
    );
    expect(illegal.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_OPERATION', reason: 'TICKET.INVALID_TRANSITION' });

    const relayed = await gw.gql<{ relayTicket: { status: string; version: number } }>(
      `mutation ($id: ID!, $v: Int!) { relayTicket(id: $id, version: $v, department: ENGINEERING, note: "排水") { status version } }`,
      { id: created.id, v: 1 },
      { cookie: clerk },
    );
    expect(relayed.errors).toBeUndefined();
    expect(relayed.data!.relayTicket).toEqual({ status: 'RELAYED', version: 2 });

    const stale = await gw.gql(
      `mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { status } }`,
      { id: created.id, v: 1 },
      { cookie: clerk },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [events] = await gw.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.number = $1`,
      [created.number],
    );
    expect(events!.n).toBe(2);
  });

  it('answers malformed input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets');
    const cases: [Record<string, unknown>, string][] = [
      [complaint({ title: '' }), 'title'],
      [complaint({ title: '长'.repeat(121) }), 'title'],
      [complaint({ description: '   ' }), 'description'],
      [complaint({ severity: 'CATASTROPHIC' }), 'severity'],
      [complaint({ requestedBy: 'next tuesday' }), 'requestedBy'],
      [{ ...complaint(), kind: 42 }, 'kind'],
      [complaint({ requesterId: 'not-a-uuid' }), 'requesterId'],
      [complaint({ requesterId: '00000000-0000-4000-8000-000000000000' }), 'requesterId'],
    ];
    for (const [input, field] of cases) {
      const result = await gw.gql(CREATE, { input, key: `bad-input-${field}` }, { cookie: clerk });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      const fields = (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
      expect(fields.some((f) => f.endsWith(field)), `${field} in ${fields.join(',')}`).toBe(true);
    }
    const after = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('answers an over-long title with an error that names the field and its limit, in the viewer’s language', async () => {
    for (const [locale, message] of [
      ['zh-CN', '标题过长，最多 120 个字符。'],
      ['en', 'Title is too long: at most 120 characters.'],
    ] as const) {
      const result = await gw.gql(CREATE, { input: complaint({ title: '长'.repeat(121) }), key: `long-title-${locale}` }, { cookie: clerk, locale });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'title', rule: 'too_long', limit: 120, message }],
      });
    }
  });

  it('pages the queue with the same number of statements whatever the page size (no N+1)', async () => {
    const QUEUE = `query ($first: Int!) {
      tickets(first: $first, filter: { statuses: [RECEIVED, ASSIGNED, RELAYED, IN_PROGRESS] }) {
        edges { node { id number title status requester { name shopName } assignee { name } deadlines { resolveBy } slaState availableActions } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const director = await gw.login('director');
    await gw.gql(QUEUE, { first: 1 }, { cookie: director }); // warm the org chart cache
    let small = 0;
    const smallStatements = await gw.countStatements(async () => {
      const r = await gw.gql<{ tickets: { edges: unknown[] } }>(QUEUE, { first: 5 }, { cookie: director });
      small = r.data!.tickets.edges.length;
    });
    let large = 0;
    const largeStatements = await gw.countStatements(async () => {
      const r = await gw.gql<{ tickets: { edges: unknown[] } }>(QUEUE, { first: 50 }, { cookie: director });
      large = r.data!.tickets.edges.length;
    });
    expect(small).toBe(5);
    expect(large).toBeGreaterThan(20);
    expect(largeStatements.length).toBe(smallStatements.length);
    // The session, then the page with its requesters and assignees joined in.
    expect(largeStatements.length).toBeLessThanOrEqual(2);
  });

  it('pages through the whole queue without gaps or repeats', async () => {
    const director = await gw.login('director');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: { data?: { tickets: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null } =
        await gw.gql(`query ($after: String) { tickets(first: 40, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, { cookie: director });
      seen.push(...r.data!.tickets.edges.map((e) => e.node.id));
      if (!r.data!.tickets.pageInfo.hasNextPage) break;
      after = r.data!.tickets.pageInfo.endCursor;
    }
    const [total] = await gw.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets');
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total!.n);
  });
  it('resumes after any edge, not only the last one', async () => {
    const director = await gw.login('director');
    const PAGE = `query ($first: Int!, $after: String) { tickets(first: $first, after: $after) { edges { cursor node { id } } } }`;
    const first = await gw.gql<{ tickets: { edges: { cursor: string; node: { id: string } }[] } }>(PAGE, { first: 10 }, { cookie: director });
    const edges = first.data!.tickets.edges;
    expect(new Set(edges.map((e) => e.cursor)).size).toBe(10);
    const resumed = await gw.gql<{ tickets: { edges: { node: { id: string } }[] } }>(PAGE, { first: 5, after: edges[3]!.cursor }, { cookie: director });
    expect(resumed.data!.tickets.edges.map((e) => e.node.id)).toEqual(edges.slice(4, 9).map((e) => e.node.id));
  });
  it('refuses to assign a ticket to someone who is not on the site’s staff', async () => {
    const supervisor = await gw.login('merchant_supervisor');
    const created = (await gw.gql<Created>(CREATE, { input: complaint({ severity: 'MINOR' }), key: 'assign-nobody-1' }, { cookie: clerk })).data!
      .createTicket;
    const nobody = Buffer.from('Staff:00000000-0000-4000-8000-000000000000').toString('base64');
    const result = await gw.gql(
      'mutation ($id: ID!, $to: ID!) { assignTicket(id: $id, version: 1, assigneeId: $to) { status } }',
      { id: created.id, to: nobody },
      { cookie: supervisor },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'assigneeId' }] });
    const [row] = await gw.db.query<{ version: number }>('SELECT version FROM tickets WHERE number = $1', [created.number]);
    expect(row!.version).toBe(1);
  });
});
