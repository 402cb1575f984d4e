import type { TypedDocumentString } from '../../gql/graphql';
import { apiHeaders, graphqlUrl } from './graphql-client';

export type Subscription = { close(): void };
export type SubscriptionHandlers<T> = {
  next(data: T): void;
  /** The stream is (again) connected: a good moment to reload what may have been missed. */
  connected?(): void;
  /** A refusal (NOT_FOUND …): no retry, the viewer may not follow this. */
  refused?(code: string): void;
  dropped?(): void;
};

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Splits a server-sent-event stream into events; keeps the unfinished tail for the next chunk. */
export function parseEvents(buffer: string): { events: { event: string; data: string }[]; rest: string } {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  const events = blocks.flatMap((block) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    return data.length ? [{ event, data: data.join('\n') }] : [];
  });
  return { events, rest };
}

/**
 * A GraphQL subscription over server-sent events, read with fetch (so the CSRF and language
 * headers go along, which EventSource cannot send), reconnecting with back-off when it drops.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TResult>,
): Subscription {
  const controller = new AbortController();
  let attempt = 0;

  const connect = async (): Promise<void> => {
    try {
      const response = await fetch(graphqlUrl(), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...apiHeaders() },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`subscription answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let announced = false;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!announced) {
          announced = true;
          attempt = 0;
          handlers.connected?.();
        }
        const parsed = parseEvents(buffer + value);
        buffer = parsed.rest;
        for (const { event, data } of parsed.events) {
          if (event === 'complete') return;
          if (event !== 'next' && event !== 'message') continue;
          const payload = JSON.parse(data) as { data?: TResult | null; errors?: { extensions?: { code?: string } }[] };
          const code = payload.errors?.[0]?.extensions?.code;
          if (code) {
            handlers.refused?.(code);
            controller.abort();
            return;
          }
          if (payload.data) handlers.next(payload.data);
        }
      }
    } catch {
      if (controller.signal.aborted) return;
    }
    if (controller.signal.aborted) return;
    handlers.dropped?.();
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    attempt += 1;
    setTimeout(() => void (controller.signal.aborted ? undefined : connect()), wait);
  };

  void connect();
  return { close: () => controller.abort() };
}
