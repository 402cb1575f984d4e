import { graphql, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** By default a live subscription (server-sent events) stays open and quiet; a test that pushes events adds its own. */
const quietSubscriptions = http.post('*/graphql', ({ request }) =>
  request.headers.get('accept')?.includes('text/event-stream')
    ? new HttpResponse(new ReadableStream<Uint8Array>(), { headers: { 'content-type': 'text/event-stream' } })
    : undefined,
);

export const server = setupServer(quietSubscriptions);

type Variables = Record<string, unknown>;
/** What an operation answers: `{ data }`, `{ errors }` or both, as the gateway would. */
export type GraphQLAnswer = { data?: Record<string, unknown> | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
type Responder = GraphQLAnswer | ((variables: Variables) => GraphQLAnswer);

export type OperationLog = { name: string; variables: Variables; headers: Headers }[];

/**
 * Answers GraphQL operations by name (queries, mutations alike) for the rest of the test and
 * records every call, so a test can assert what the app sent.
 */
export function answerOperations(answers: Record<string, Responder>): OperationLog {
  const log: OperationLog = [];
  const handlers = Object.entries(answers).flatMap(([name, responder]) => {
    const resolve = ({ variables, request }: { variables: Variables; request: Request }) => {
      log.push({ name, variables, headers: request.headers });
      const answer = typeof responder === 'function' ? responder(variables) : responder;
      return Response.json(answer);
    };
    return [graphql.query(name, resolve), graphql.mutation(name, resolve)];
  });
  server.use(...handlers);
  return log;
}

/** A domain or validation error as the gateway's error mapper shapes it. */
export function gatewayError(code: string, message: string, extensions: Record<string, unknown> = {}, path: string[] = []): GraphQLAnswer {
  return { data: null, errors: [{ message, path, extensions: { code, ...extensions } }] };
}
