import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, GraphQLError, type ValidationContext } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin } from 'graphql-yoga';
import { isConnectionFailure, type Database } from '@kefu/db/engine';
import { loadAccess } from './access/access.js';
import { createLoaders } from './loaders/loaders.js';
import { viewerFromSession } from './access/viewer.js';
import type { Access, GatewayContext } from './context.js';
import { isClientError, isMappedError, unavailableError, useErrorMapper, useRequestErrorCodes } from './errors/error-mapper.js';
import { clientInfo } from './http/client-info.js';
import { useResponseCompression } from './http/response-compression.js';
import { messageFor } from './errors/error-catalogue.js';
import { PUBLIC_ERROR_CODES } from '@kefu/contracts/errors';
import { readSessionToken } from './http/session-cookie.js';
import { localeOf } from './i18n/locale.js';
import { useCostLimit } from './limits/cost-limit.plugin.js';
import { schema } from './schema/index.js';
import type { GatewayServices } from './services.js';

type ServerContext = { req: IncomingMessage; res: ServerResponse };

/**
 * Request limits, chosen for kefu's schema: its deepest real query (ticket → timeline → actor) is
 * 6 levels. The cost (`limits/query-cost.ts`) is the number of values an answer can hold, page sizes
 * taken from the request, variables included; the apps' largest operation, a staff directory page
 * of 100, costs under 15,000, while 15 pages of 100 tickets with their timelines cost over 600,000.
 */
export const REQUEST_LIMITS = { depth: 10, aliases: 15, tokens: 2000, directives: 20, cost: 40_000 } as const;

/**
 * A query over a limit is reported like any other validation error (instead of thrown out of
 * validation), so it gets the same code and status as the rest.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Adds the Set-Cookie headers that sign-in and sign-out asked for. */
const useResponseCookies = (): Plugin<GatewayContext> => {
  const pending = new WeakMap<Request, string[]>();
  return {
    onContextBuilding: ({ context }) => {
      const ctx = context as unknown as GatewayContext & { request: Request };
      pending.set(ctx.request, ctx.responseCookies);
    },
    onResponse: ({ request, response }) => {
      for (const cookie of pending.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
};

/** The header both apps send on every GraphQL request; a cross-site form or link cannot. */
export const CSRF_HEADER = 'x-kefu-csrf';

/** In production, a misspelt field is refused without naming the fields that do exist. */
const useNoFieldSuggestions = (): Plugin => ({
  onValidate: () => ({ result, setResult }) => {
    if (!result.some((error) => / Did you mean /.test(error.message))) return;
    setResult(
      result.map((error) =>
        / Did you mean /.test(error.message)
          ? new GraphQLError(error.message.replace(/ ?Did you mean .*$/s, ''), {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              extensions: error.extensions,
            })
          : error,
      ),
    );
  },
});

/**
 * A request refused by Yoga itself (batching, a missing CSRF header, malformed JSON, several
 * operations and no name) gets a code from the closed set too.
 */
const withPublicCode = (error: GraphQLError) => {
  const code = error.extensions?.code;
  if (typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: code === 'OPERATION_RESOLUTION_FAILURE' ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_REQUEST' },
  });
};

export function createGatewayYoga(db: Database, services: GatewayServices) {
  const { config, logger } = services;
  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    healthCheckEndpoint: '/graphql/health',
    batching: false,
    // server.ts has already read every body within its cap (JSON or multipart) before Yoga runs;
    // Yoga's own cap would pipe the read body through a web TransformStream on every request.
    maxRequestBodySize: false,
    // Only the product's own origin may call across origins, with its cookie; none when unset.
    cors: config.publicOrigin
      ? {
          origin: [config.publicOrigin],
          credentials: true,
          methods: ['GET', 'POST'],
          allowedHeaders: ['content-type', 'accept', 'accept-language', CSRF_HEADER, 'x-kefu-locale', 'x-request-id'],
        }
      : false,
    logging: {
      debug: (...args) => logger.debug(String(args[0])),
      info: (...args) => logger.info(String(args[0])),
      warn: (...args) => logger.warn(String(args[0])),
      error: (...args) => logger.error(String(args[0])),
    },
    maskedErrors: {
      // Everything the error mapper has not already turned into a public error is masked here.
      maskError: (error) => {
        if (isMappedError(error)) return error;
        if (isClientError(error)) return withPublicCode(error);
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (isConnectionFailure(original)) return unavailableError('zh-CN', '');
        logger.error('unhandled error', { error: error instanceof Error ? error.message : String(error) });
        return new GraphQLError(messageFor('INTERNAL', 'zh-CN'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    context: async ({ request, req }): Promise<GatewayContext> => {
      const now = new Date();
      // Set by the HTTP server; requests that arrive another way get one here.
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const locale = localeOf(request.headers);
      const viewer = await viewerFromSession(db, readSessionToken(request.headers.get('cookie')), now).catch((error: unknown) => {
        if (isConnectionFailure(error)) throw unavailableError(locale, requestId);
        throw error;
      });
      let access: Promise<Access> | undefined;
      return {
        requestId,
        db,
        viewer,
        locale,
        now,
        access: () => (access ??= loadAccess(db, viewer, services.orgCharts, now)),
        services,
        loaders: viewer.principal.kind === 'anonymous' ? null : createLoaders(db, viewer.principal.siteId),
        client: clientInfo(request, req, config.trustProxy),
        responseCookies: [],
      };
    },
    plugins: [
      // In every mode, so the apps' own tests catch a request without the header.
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...(config.production ? [useDisableIntrospection(), useNoFieldSuggestions()] : []),
      useRequestErrorCodes(),
      maxTokensPlugin({ n: REQUEST_LIMITS.tokens }),
      maxDepthPlugin({ n: REQUEST_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...reportAsValidationError }),
      maxAliasesPlugin({ n: REQUEST_LIMITS.aliases, ...reportAsValidationError }),
      maxDirectivesPlugin({ n: REQUEST_LIMITS.directives, ...reportAsValidationError }),
      useCostLimit(REQUEST_LIMITS.cost),
      useResponseCookies(),
      // Queries and mutations run compiled (graphql-jit): the same resolvers and checks, without
      // the interpreter's per-field bookkeeping. Subscriptions keep graphql-js.
      useGraphQlJit({}, { enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation !== 'subscription' }),
      useErrorMapper((error, ctx) =>
        logger.error('request failed', {
          requestId: ctx.requestId,
          error: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        }),
      ),
      // Last, so the answer it compresses carries every header the others added.
      useResponseCompression(),
    ],
  });
}
