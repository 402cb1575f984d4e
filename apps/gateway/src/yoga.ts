import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Database } from '@kefu/db';
import { loadAccess } from './access/access.js';
import { createLoaders } from './loaders/loaders.js';
import { viewerFromSession } from './access/viewer.js';
import type { Access, GatewayContext } from './context.js';
import { isClientError, isMappedError, useErrorMapper, useRequestErrorCodes } from './errors/error-mapper.js';
import { messageFor } from './errors/error-catalogue.js';
import { readSessionToken } from './http/session-cookie.js';
import { localeOf } from './i18n/locale.js';
import { schema } from './schema/index.js';
import type { GatewayServices } from './services.js';

type ServerContext = { req: IncomingMessage; res: ServerResponse };

/** Request limits, chosen for kefu's schema: its deepest real query (ticket → timeline → actor) is 6 levels. */
export const REQUEST_LIMITS = { depth: 10, aliases: 15, tokens: 2000, directives: 20, cost: 5000 } as const;

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

export function createGatewayYoga(db: Database, services: GatewayServices) {
  const { config, logger } = services;
  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    healthCheckEndpoint: '/graphql/health',
    batching: false,
    logging: {
      debug: (...args) => logger.debug(String(args[0])),
      info: (...args) => logger.info(String(args[0])),
      warn: (...args) => logger.warn(String(args[0])),
      error: (...args) => logger.error(String(args[0])),
    },
    maskedErrors: {
      // Everything the error mapper has not already turned into a public error is masked here.
      maskError: (error) => {
        if (isMappedError(error) || isClientError(error)) return error;
        logger.error('unhandled error', { error: error instanceof Error ? error.message : String(error) });
        return new GraphQLError(messageFor('INTERNAL', 'zh-CN'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    context: async ({ request }): Promise<GatewayContext> => {
      const now = new Date();
      const viewer = await viewerFromSession(db, readSessionToken(request.headers.get('cookie')), now);
      let access: Promise<Access> | undefined;
      return {
        // Set by the HTTP server; requests that arrive another way get one here.
        requestId: request.headers.get('x-request-id') ?? randomUUID(),
        db,
        viewer,
        locale: localeOf(request.headers),
        now,
        access: () => (access ??= loadAccess(db, viewer, services.orgCharts, now)),
        services,
        loaders: viewer.principal.kind === 'anonymous' ? null : createLoaders(db, viewer.principal.siteId),
        responseCookies: [],
      };
    },
    plugins: [
      useRequestErrorCodes(),
      maxTokensPlugin({ n: REQUEST_LIMITS.tokens }),
      maxDepthPlugin({ n: REQUEST_LIMITS.depth, ignoreIntrospection: true, ...reportAsValidationError }),
      maxAliasesPlugin({ n: REQUEST_LIMITS.aliases, ...reportAsValidationError }),
      maxDirectivesPlugin({ n: REQUEST_LIMITS.directives, ...reportAsValidationError }),
      costLimitPlugin({ maxCost: REQUEST_LIMITS.cost, ignoreIntrospection: true, ...reportAsValidationError }),
      useResponseCookies(),
      useErrorMapper((error, ctx) =>
        logger.error('request failed', {
          requestId: ctx.requestId,
          error: error instanceof Error ? error.message : String(error),
          stack: error instanceof Error ? error.stack : undefined,
        }),
      ),
    ],
  });
}
