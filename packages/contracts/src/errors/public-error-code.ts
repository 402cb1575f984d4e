/**
 * The closed set of `extensions.code` values clients may see. The gateway maps domain errors
 * onto these in one place (its error mapper); `extensions.reason` carries the domain's own code.
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

/** Whether a code read off an answer is one of the public ones. */
export const isPublicErrorCode = (code: unknown): code is PublicErrorCode =>
  typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
