import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

type Update = { ticketUpdated: { version: number; ticket?: { status: string } | null; request?: { status: string; version: number } | null } };

/**
 * One SSE subscription through Yoga's fetch. `next()` waits for the next `next` event (or null
 * once the stream completes); `close()` aborts the request so no stream outlives its test.
 */
async function subscribe(gw: TestGateway, query: string, variables: Record<string, unknown>, cookie?: string) {
  const abort = new AbortController();
  const response = await gw.yoga.fetch('http://kefu.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let completed = false;

  async function readEvent(): Promise<GraphQLResponse<Update> | null> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n');
        const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
        if (event === 'complete') {
          completed = true;
          return null;
        }
        const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        if (event === 'next' && data) return JSON.parse(data) as GraphQLResponse<Update>;
        continue; // keep-alive comment
      }
      if (completed) return null;
      const chunk = await reader.read();
      if (chunk.done) return null;
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  }

  // Reading from the start makes Yoga pull the event iterator, which registers the listener.
  let pending: Promise<GraphQLResponse<Update> | null> | null = readEvent();
  return {
    status: response.status,
    /** The next payload, or 'timeout' when none came within `ms`. */
    async next(ms = 3000): Promise<GraphQLResponse<Update> | null | 'timeout'> {
      pending ??= readEvent();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
      const result = await Promise.race([pending, timeout]);
      clearTimeout(timer);
      if (result !== 'timeout') pending = null;
      return result;
    },
    close() {
      abort.abort();
      void reader.cancel().catch(() => {});
    },
  };
}

const SUBSCRIPTION = `subscription ($id: ID!) { ticketUpdated(id: $id) { version ticket { status } } }`;
const REQUEST_SUBSCRIPTION = `subscription ($id: ID!) { ticketUpdated(id: $id) { version request { status version } } }`;
// Lets the stream's first pull register the pubsub listener before anything is published.
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe.each(enginesUnderTest())('ticketUpdated over SSE (%s)', (engine) => {
  let gw: TestGateway;
  let director: string;
  let directorElsewhere: string;
  let hallClerk: string;
  let merchant1: string;
  let merchant2: string;
  let merchantTicketId: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [director, directorElsewhere, hallClerk, merchant1, merchant2] = (await Promise.all(
      ['director', 'director', 'hall_clerk', 'merchant1', 'merchant2'].map((u) => gw.login(u)),
    )) as [string, string, string, string, string];
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant1'`);
    const created = await gw.gql<{ createTicket: { id: string } }>(
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input, idempotencyKey: "subscription-test-1") { id } }`,
      {
        input: { kind: 'REPAIR', channel: 'PHONE', severity: 'MINOR', title: '卫生间水龙头漏水', description: '商户来电：店内水龙头关不紧。', requesterId: row!.requester_id },
      },
      { cookie: hallClerk },
    );
    expect(created.errors).toBeUndefined();
    merchantTicketId = fromGlobalId(created.data!.createTicket.id);
  });
  afterAll(() => gw.close());

  it('tells a director following a ticket about a transition made in another session', async () => {
    // A ticket of its own: merchant1's is followed from version 1 by the next test.
    const [row] = await gw.db.query<{ requester_id: string }>(`SELECT requester_id FROM accounts WHERE username = 'merchant2'`);
    const created = await gw.gql<{ createTicket: { id: string; version: number } }>(
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input, idempotencyKey: "subscription-test-director") { id version } }`,
      { input: { kind: 'CONSULTATION', channel: 'PHONE', severity: 'MINOR', title: '咨询营业时间', description: '商户来电询问节假日营业时间。', requesterId: row!.requester_id } },
      { cookie: hallClerk },
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data!.createTicket;
    const clerk = await gw.gql<{ viewer: { staff: { id: string } } }>('{ viewer { staff { id } } }', {}, { cookie: hallClerk });

    const stream = await subscribe(gw, SUBSCRIPTION, { id: ticket.id }, director);
    try {
      await settle();
      const assigned = await gw.gql(
        'mutation ($id: ID!, $v: Int!, $to: ID!) { assignTicket(id: $id, version: $v, assigneeId: $to) { version } }',
        { id: ticket.id, v: ticket.version, to: clerk.data!.viewer.staff.id },
        { cookie: directorElsewhere },
      );
      expect(assigned.errors).toBeUndefined();
      const event = await stream.next();
      expect(event).toEqual({ data: { ticketUpdated: { version: ticket.version + 1, ticket: { status: 'ASSIGNED' } } } });
    } finally {
      stream.close();
    }
  });

  it('tells merchant1 about their own request, and merchant2 nothing but NOT_FOUND', async () => {
    const requestId = toGlobalId('MyRequest', merchantTicketId);
    const own = await subscribe(gw, REQUEST_SUBSCRIPTION, { id: requestId }, merchant1);
    const foreign = await subscribe(gw, REQUEST_SUBSCRIPTION, { id: requestId }, merchant2);
    try {
      const refusal = await foreign.next();
      expect(refusal).not.toBe('timeout');
      expect((refusal as GraphQLResponse).data ?? null).toBeNull();
      expect((refusal as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      await settle();
      const relayed = await gw.gql(
        'mutation ($id: ID!) { relayTicket(id: $id, version: 1, department: ENGINEERING, note: "请工程部上门") { version } }',
        { id: toGlobalId('Ticket', merchantTicketId) },
        { cookie: hallClerk },
      );
      expect(relayed.errors).toBeUndefined();

      const event = await own.next();
      expect(event).toEqual({ data: { ticketUpdated: { version: 2, request: { status: 'RELAYED', version: 2 } } } });
      // merchant2's stream ended with the refusal: the relay reached nobody else.
      expect(await foreign.next(500)).toBeNull();
    } finally {
      own.close();
      foreign.close();
    }
  });

  it('answers merchant1 asking for the staff view of the update with FORBIDDEN on that field only', async () => {
    const stream = await subscribe(gw, SUBSCRIPTION, { id: toGlobalId('MyRequest', merchantTicketId) }, merchant1);
    try {
      await settle();
      const started = await gw.gql(
        'mutation ($id: ID!) { startTicket(id: $id, version: 2) { version } }',
        { id: toGlobalId('Ticket', merchantTicketId) },
        { cookie: hallClerk },
      );
      expect(started.errors).toBeUndefined();
      const event = (await stream.next()) as GraphQLResponse<Update>;
      expect(event.data?.ticketUpdated).toEqual({ version: 3, ticket: null });
      expect(event.errors?.[0]).toMatchObject({ path: ['ticketUpdated', 'ticket'], extensions: { code: 'FORBIDDEN' } });
    } finally {
      stream.close();
    }
  });

  it('refuses an anonymous subscriber before anything is read', async () => {
    let stream!: Awaited<ReturnType<typeof subscribe>>;
    const statements = await gw.countStatements(async () => {
      stream = await subscribe(gw, SUBSCRIPTION, { id: toGlobalId('Ticket', merchantTicketId) });
    });
    try {
      const refusal = (await stream.next()) as GraphQLResponse;
      expect(refusal.data ?? null).toBeNull();
      // Nobody signed in: the answer says to sign in.
      expect(refusal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await stream.next(500)).toBeNull();
      expect(statements).toEqual([]);
    } finally {
      stream.close();
    }
  });
});

describe.each(enginesUnderTest())('receptionWaitingChanged over SSE (%s)', (engine) => {
  let gw: TestGateway;
  let hallClerk: string;
  let officeClerk: string;
  let merchant1: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    [hallClerk, officeClerk, merchant1] = (await Promise.all(['hall_clerk', 'office_clerk', 'merchant1'].map((u) => gw.login(u)))) as [string, string, string];
  });
  afterAll(() => gw.close());

  const WAITING = 'subscription { receptionWaitingChanged }';

  it('tells the hall when a visitor is registered waiting at another desk, and again when received', async () => {
    const stream = await subscribe(gw, WAITING, {}, hallClerk);
    try {
      await settle();
      const arrivedAt = new Date(Date.now() - 60_000).toISOString();
      const registered = await gw.gql<{ registerReception: { id: string } }>(
        'mutation ($input: RegisterReceptionInput!) { registerReception(input: $input) { id } }',
        { input: { channel: 'WALK_IN', category: 'CONSULTATION', summary: '问停车场出口', arrivedAt } },
        { cookie: officeClerk },
      );
      expect(registered.errors).toBeUndefined();
      expect(await stream.next()).toEqual({ data: { receptionWaitingChanged: true } });
      const received = await gw.gql('mutation ($id: ID!) { receiveVisitor(id: $id) { id } }', { id: registered.data!.registerReception.id }, { cookie: officeClerk });
      expect(received.errors).toBeUndefined();
      expect(await stream.next()).toEqual({ data: { receptionWaitingChanged: true } });
    } finally {
      stream.close();
    }
  });

  it('refuses a portal user', async () => {
    const stream = await subscribe(gw, WAITING, {}, merchant1);
    try {
      const refusal = (await stream.next()) as GraphQLResponse;
      expect(refusal.data ?? null).toBeNull();
      expect(refusal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      stream.close();
    }
  });
});
