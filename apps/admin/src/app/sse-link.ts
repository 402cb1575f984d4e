import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client';
import { print } from 'graphql';

type SseLinkOptions = {
  uri: string;
  credentials: RequestCredentials;
  headers: () => Record<string, string>;
  fetch?: typeof fetch;
};

/**
 * Subscriptions over graphql-yoga's server-sent events, read with fetch rather than
 * EventSource so the session cookie and the CSRF header go along with the request.
 */
export class SseLink extends ApolloLink {
  constructor(private readonly options: SseLinkOptions) {
    super();
  }

  override request(operation: Operation): Observable<FetchResult> {
    return new Observable<FetchResult>((observer) => {
      const controller = new AbortController();
      const doFetch = this.options.fetch ?? fetch;
      const run = async () => {
        const response = await doFetch(this.options.uri, {
          method: 'POST',
          credentials: this.options.credentials,
          signal: controller.signal,
          headers: {
            ...this.options.headers(),
            'content-type': 'application/json',
            accept: 'text/event-stream',
          },
          body: JSON.stringify({
            query: print(operation.query),
            variables: operation.variables,
            operationName: operation.operationName,
          }),
        });
        if (!response.ok || !response.body) {
          throw new Error(`Subscription failed with HTTP ${response.status}`);
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let boundary = buffer.indexOf('\n\n');
          while (boundary !== -1) {
            const message = parseEvent(buffer.slice(0, boundary));
            buffer = buffer.slice(boundary + 2);
            if (message.event === 'complete') {
              observer.complete();
              controller.abort();
              return;
            }
            if (message.data) observer.next(JSON.parse(message.data) as FetchResult);
            boundary = buffer.indexOf('\n\n');
          }
        }
        observer.complete();
      };
      run().catch((error: unknown) => {
        if (!controller.signal.aborted) observer.error(error);
      });
      return () => controller.abort();
    });
  }
}

function parseEvent(chunk: string): { event?: string; data?: string } {
  let event: string | undefined;
  const data: string[] = [];
  for (const line of chunk.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  const joined = data.join('\n');
  return { event, data: joined === '' ? undefined : joined };
}
