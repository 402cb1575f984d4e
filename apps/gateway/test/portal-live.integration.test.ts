import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const fromGlobalId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

type Update = { ticketUpdated: { request: { status: string; timeline: { type: string }[] } } };

/** The `next` payloads of one SSE stream, in order, read as they arrive. */
async function* sseEvents(response: Response): AsyncGenerator<Update> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if (lines.some((l) => l.trim() === 'event: next') && data) yield (JSON.parse(data) as { data: Update }).data;
    }
  }
}

describe.each(enginesUnderTest())('a portal request followed live (%s)', (engine) => {
  let gw: TestGateway;
  let merchant1: string;
  let hallClerk: string;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
    merchant1 = await gw.login('merchant1');
    hallClerk = await gw.login('hall_clerk');
  });
  afterAll(() => gw.close());

  it('carries the whole, current timeline with every update, not the one the first update loaded', async () => {
    const submitted = await gw.gql<{ submitRequest: { id: string } }>(
      'mutation { submitRequest(idempotencyKey: "portal-live-1", input: { kind: REPAIR, title: "灯不亮", description: "店门口灯不亮" }) { id } }',
      {},
      { cookie: merchant1 },
    );
    expect(submitted.errors).toBeUndefined();
    const requestId = submitted.data!.submitRequest.id;
    const ticketId = toGlobalId('Ticket', fromGlobalId(requestId));

    const abort = new AbortController();
    const response = await gw.yoga.fetch('http://kefu.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie: merchant1, 'x-kefu-csrf': '1' },
      body: JSON.stringify({ query: 'subscription ($id: ID!) { ticketUpdated(id: $id) { request { status timeline { type } } } }', variables: { id: requestId } }),
      signal: abort.signal,
    });
    const events = sseEvents(response);
    const first = events.next();
    // Lets the stream's first pull register its listener before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const relay = await gw.gql<{ relayTicket: { version: number } }>(
        'mutation ($id: ID!) { relayTicket(id: $id, version: 1, department: ENGINEERING) { version } }',
        { id: ticketId },
        { cookie: hallClerk },
      );
      expect(relay.errors).toBeUndefined();
      expect((await first).value).toEqual({ ticketUpdated: { request: { status: 'RELAYED', timeline: [{ type: 'CREATED' }, { type: 'RELAYED' }] } } });

      const start = await gw.gql('mutation ($id: ID!, $v: Int!) { startTicket(id: $id, version: $v) { version } }', { id: ticketId, v: relay.data!.relayTicket.version }, { cookie: hallClerk });
      expect(start.errors).toBeUndefined();
      expect((await events.next()).value).toEqual({
        ticketUpdated: { request: { status: 'IN_PROGRESS', timeline: [{ type: 'CREATED' }, { type: 'RELAYED' }, { type: 'STARTED' }] } },
      });
    } finally {
      abort.abort();
    }
  });
});
