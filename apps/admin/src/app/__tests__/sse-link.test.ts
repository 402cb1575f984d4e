import { ApolloLink, gql, type FetchResult } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { SseLink } from '../sse-link';

const subscription = gql`
  subscription TicketUpdated($id: ID!) {
    ticketUpdated(id: $id) {
      version
    }
  }
`;

/** A fetch that answers with the given server-sent events, split across awkward chunk boundaries. */
function sseFetch(body: string, seen: { init?: RequestInit }[]): typeof fetch {
  return async (_input, init) => {
    seen.push({ init });
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
}

describe('subscriptions over server-sent events', () => {
  it('sends the CSRF header and the language, and yields each event until complete', async () => {
    const seen: { init?: RequestInit }[] = [];
    const body = [
      ': keep-alive',
      '',
      'event: next',
      'data: {"data":{"ticketUpdated":{"version":2}}}',
      '',
      'event: next',
      'data: {"data":{"ticketUpdated":{"version":3}}}',
      '',
      'event: complete',
      'data:',
      '',
      '',
    ].join('\n');
    const link = new SseLink({
      uri: 'http://localhost/graphql',
      credentials: 'same-origin',
      headers: () => ({ 'x-kefu-csrf': '1', 'accept-language': 'en' }),
      fetch: sseFetch(body, seen),
    });
    const results: FetchResult[] = [];
    await new Promise<void>((resolve, reject) => {
      ApolloLink.execute(link, { query: subscription, variables: { id: 'VGlja2V0OjE=' } }).subscribe({
        next: (result) => results.push(result),
        error: reject,
        complete: resolve,
      });
    });
    expect(results.map((r) => (r.data as { ticketUpdated: { version: number } }).ticketUpdated.version)).toEqual([2, 3]);
    const headers = seen[0]!.init!.headers as Record<string, string>;
    expect(headers['x-kefu-csrf']).toBe('1');
    expect(headers['accept-language']).toBe('en');
    expect(headers.accept).toBe('text/event-stream');
    expect(JSON.parse(seen[0]!.init!.body as string)).toMatchObject({ variables: { id: 'VGlja2V0OjE=' }, operationName: 'TicketUpdated' });
  });
});
