/**
 * The closed set of `extensions.code` values the gateway sends (its
 * `src/errors/public-error-code.ts`; a test keeps the two lists equal).
 */
export const PUBLIC_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'INVALID_OPERATION',
  'TOO_MANY_REQUESTS',
  'UNAVAILABLE',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

/** What the UI distinguishes: a public code, no answer at all, or something unrecognised. */
export type ErrorKind = PublicErrorCode | 'NETWORK' | 'UNKNOWN';
