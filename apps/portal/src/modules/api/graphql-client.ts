import { isPublicErrorCode, type PublicErrorCode } from '@kefu/contracts/errors';
import type { TypedDocumentString } from '../../gql/graphql';
import { activeLocale } from '../../i18n/i18n';

/** Same origin as the page: the session cookie goes along, and no CORS is involved. */
export const graphqlUrl = (): string => new URL('/graphql', location.href).toString();

export type FieldError = { field: string; rule: string; message: string; limit?: number };
type GraphQLErrorBody = { message: string; extensions?: { code?: unknown; reason?: unknown; fields?: FieldError[] } };

/** The gateway's public code, or NETWORK when it never answered. */
export type ApiErrorCode = PublicErrorCode | 'NETWORK';

/**
 * A refused request: the gateway's stable code, its localized message, the fields at fault, and
 * the domain's reason when it gave one (AUTH.WRONG_CURRENT_PASSWORD), to place the message.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldError[];
  readonly reason: string | null;
  constructor(message: string, code: ApiErrorCode, fields: FieldError[] = [], reason: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
    this.reason = reason;
  }
}

/** Headers every request carries: the gateway refuses cross-site requests without the CSRF header. */
export const apiHeaders = (): Record<string, string> => ({ 'x-kefu-csrf': '1', 'accept-language': activeLocale() });

async function readResult<T>(response: Response): Promise<T> {
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(response.statusText || 'Network error', response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : null;
    throw new ApiError(error.message, isPublicErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR', error.extensions?.fields ?? [], reason);
  }
  if (body.data == null) throw new ApiError(response.statusText, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

/** One GraphQL operation over fetch; cookies go along because the portal is same-origin. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl(), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...apiHeaders() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('Network error', 'NETWORK');
  }
  return readResult<TResult>(response);
}

/**
 * An operation with one file, as a GraphQL multipart request (operations, map, then the file):
 * the gateway's built-in upload support reads it as a `File` variable.
 */
export async function requestWithFile<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  path: string,
  file: Blob,
): Promise<TResult> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: document.toString(), variables }));
  form.set('map', JSON.stringify({ 0: [`variables.${path}`] }));
  form.set('0', file);
  let response: Response;
  try {
    response = await fetch(graphqlUrl(), { method: 'POST', credentials: 'same-origin', headers: apiHeaders(), body: form });
  } catch {
    throw new ApiError('Network error', 'NETWORK');
  }
  return readResult<TResult>(response);
}
