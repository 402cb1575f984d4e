import { http, HttpResponse } from 'msw';
import { server } from '../../../test/msw-server';

/**
 * Answers `ticketUpdated` subscriptions (POST with Accept: text/event-stream) with a stream the
 * test writes to, as graphql-yoga's server-sent events would.
 */
export function streamTicketUpdates() {
  const encoder = new TextEncoder();
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const requests: { variables: Record<string, unknown> }[] = [];
  server.use(
    http.post('*/graphql', async ({ request }) => {
      if (!request.headers.get('accept')?.includes('text/event-stream')) return undefined;
      const body = (await request.json()) as { variables: Record<string, unknown> };
      requests.push({ variables: body.variables });
      const stream = new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
    }),
  );
  return {
    requests,
    push: (data: unknown) => {
      for (const stream of streams) stream.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify({ data })}\n\n`));
    },
  };
}
