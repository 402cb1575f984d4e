/**
 * The closed set of `extensions.code` values clients may see. Domain errors are mapped onto
 * these in one place (error-mapper.ts); `extensions.reason` carries the domain's own code.
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
