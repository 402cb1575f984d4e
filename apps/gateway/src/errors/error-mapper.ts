import { PothosValidationError } from '@pothos/core';
import { ForbiddenError as ScopeAuthForbiddenError } from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { DomainError, ValidationError, type Locale } from '@kefu/domain/shared';
import { isConnectionFailure, isUnstorableText } from '@kefu/db/engine';
import { interpolate } from '../i18n/locale.js';
import type { GatewayContext } from '../context.js';
import { domainMessageKey, fieldMessageFor, messageFor, type DomainErrorCode, DOMAIN_ERROR_RULES } from './error-catalogue.js';
import type { PublicErrorCode } from '@kefu/contracts/errors';

/** Marks errors this mapper produced, so the masking pass lets them through untouched. */
const MAPPED = Symbol.for('kefu.mappedError');

export type MappedError = GraphQLError & { [MAPPED]: true };
export const isMappedError = (error: unknown): error is MappedError =>
  error instanceof GraphQLError && (error as Partial<MappedError>)[MAPPED] === true;

function mapped(message: string, code: PublicErrorCode, source: GraphQLError, extra: Record<string, unknown> = {}): MappedError {
  const error = new GraphQLError(message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    path: source.path,
    extensions: { code, ...extra },
  }) as MappedError;
  error[MAPPED] = true;
  return error;
}

const isDomainCode = (code: string): code is DomainErrorCode => code in DOMAIN_ERROR_RULES;

/**
 * Turns one execution error into what the client may see: a domain error keeps its meaning
 * (public code, domain reason, localized message, the fields at fault); anything else is
 * masked to a generic message carrying the request id that the log line also carries.
 */
export function mapExecutionError(error: GraphQLError, locale: Locale, requestId: string, logError: (e: unknown) => void): GraphQLError {
  if (isMappedError(error)) return error;
  const original = error.originalError;
  if (original instanceof DomainError && isDomainCode(original.code)) {
    const rule = DOMAIN_ERROR_RULES[original.code];
    // Facts are the domain's own (ids, states, limits): safe to show and useful to clients.
    const extra: Record<string, unknown> = { reason: original.code, details: original.facts };
    if (original instanceof ValidationError) {
      extra.fields = original.issues.map((issue) => ({
        field: issue.field,
        rule: issue.rule,
        ...(issue.limit === undefined ? {} : { limit: issue.limit }),
        message: interpolate(fieldMessageFor(issue.field, issue.rule, locale), { limit: issue.limit ?? '' }),
      }));
    }
    const message = interpolate(messageFor(domainMessageKey(original.code, original.facts), locale), original.facts);
    // Another refusal about one input (an upload over quota) names it as a ValidationError does,
    // so a form shows the message beside that input.
    if (!(original instanceof ValidationError) && typeof original.facts.field === 'string') {
      extra.fields = [{ field: original.facts.field, rule: original.code, message }];
    }
    return mapped(message, rule, error, extra);
  }
  if (isConnectionFailure(original)) return unavailableError(locale, requestId, error);
  if (original instanceof ScopeAuthForbiddenError) {
    return mapped(messageFor('FORBIDDEN', locale), 'FORBIDDEN', error, { reason: 'FORBIDDEN' });
  }
  // GraphQL's own input coercion (a variable of the wrong type, an unknown enum value) and
  // Pothos's argument checks (a malformed or foreign-typed global ID) are the client's mistake.
  const isCoercion = (!original || original instanceof GraphQLError) && /^Variable "\$|^Argument "|got invalid value|Expected value of type/.test(error.message);
  // Text PostgreSQL cannot store (a NUL character): the input's fault, though only the database noticed.
  if (isUnstorableText(original)) {
    return mapped(messageFor('VALIDATION.GRAPHQL_INPUT', locale), 'BAD_USER_INPUT', error, {
      fields: [{ field: 'input', rule: 'invalid_format', message: messageFor('VALIDATION.invalid_format', locale) }],
    });
  }
  if (isCoercion || original instanceof PothosValidationError) {
    return mapped(messageFor('VALIDATION.GRAPHQL_INPUT', locale), 'BAD_USER_INPUT', error, {
      fields: [{ field: fieldFromCoercionMessage(error.message), rule: 'invalid_format', message: messageFor('VALIDATION.invalid_format', locale) }],
    });
  }
  logError(original ?? error);
  return mapped(messageFor('INTERNAL', locale), 'INTERNAL_SERVER_ERROR', error, { requestId });
}

/**
 * The database is down or restarting: nothing was written, and the same request may be retried.
 * HTTP 503 where the status is the error's (a refused request, graphql-response+json).
 */
export function unavailableError(locale: Locale, requestId: string, source?: GraphQLError): MappedError {
  return mapped(messageFor('UNAVAILABLE', locale), 'UNAVAILABLE', source ?? new GraphQLError(''), {
    retryable: true,
    requestId,
    http: { status: 503, headers: { 'retry-after': '2' } },
  });
}

/** `Variable "$input" got invalid value "x" at "input.kind"` → `input.kind`. */
function fieldFromCoercionMessage(message: string): string {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at;
  if (message.startsWith('Invalid global ID')) return 'id';
  const variable = /Variable "\$(\w+)"/.exec(message)?.[1];
  const field = /Field "(\w+)"/.exec(message)?.[1];
  return [variable, field].filter(Boolean).join('.') || 'input';
}

/** Applies the mapper to every execution and subscription result. */
export function useErrorMapper(logError: (e: unknown, ctx: GatewayContext) => void): Plugin<GatewayContext> {
  const mapResult = (ctx: GatewayContext) => ({
    onExecuteDone: (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
      handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
        if (!result.errors?.length) return;
        setResult({
          ...result,
          errors: result.errors.map((e) => mapExecutionError(e, ctx.locale, ctx.requestId, (err) => logError(err, ctx))),
        });
      }),
  });
  return {
    onExecute: ({ args }) => mapResult(args.contextValue as GatewayContext),
    onSubscribe: ({ args }) => {
      const ctx = args.contextValue as GatewayContext;
      return {
        onSubscribeResult: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (!result.errors?.length) return;
            setResult({
              ...result,
              errors: result.errors.map((e) => mapExecutionError(e, ctx.locale, ctx.requestId, (err) => logError(err, ctx))),
            });
          }),
      };
    },
  };
}

/**
 * Requests refused before they run — a syntax error, a query over a size limit, an unknown
 * field — carry a code too, and HTTP 400 where the client asked for graphql-response+json.
 */
export function useRequestErrorCodes(): Plugin<GatewayContext> {
  const withCode = (error: GraphQLError, code: PublicErrorCode) =>
    error.extensions?.code
      ? error
      : new GraphQLError(error.message.replace(/^Syntax Error: (?=.*limit)/, ''), {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          extensions: { ...error.extensions, code, http: { status: 400 } },
        });
  return {
    onParse: () => ({ result, replaceParseResult }) => {
      if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
    },
    onValidate: () => ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
    },
  };
}

/** A client's own mistake (no underlying exception) is shown as it is; nothing else is. */
export const isClientError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError);
