import { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';
import { isPublicErrorCode, type PublicErrorCode } from '@kefu/contracts/errors';

/** One input at fault, as the gateway lists it in `extensions.fields` of BAD_USER_INPUT. */
export type FieldIssue = { field: string; rule: string; limit?: number; message: string };

/** What the UI distinguishes: a public code, no answer at all, or something unrecognised. */
export type ErrorKind = PublicErrorCode | 'NETWORK' | 'UNKNOWN';

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (error instanceof ApolloError) {
    if (error.graphQLErrors.length > 0) return error.graphQLErrors;
    // A non-2xx answer (e.g. 400 for an invalid request) still carries GraphQL errors in its body.
    const result = (error.networkError as { result?: { errors?: GraphQLFormattedError[] } } | null)?.result;
    return result?.errors ?? [];
  }
  return [];
}

function firstError(error: unknown): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error)[0];
}

/** The public code of the first GraphQL error, or NETWORK when the gateway never answered. */
export function errorKind(error: unknown): ErrorKind {
  const code = firstError(error)?.extensions?.code;
  if (isPublicErrorCode(code)) return code;
  if (error instanceof ApolloError && error.networkError) return 'NETWORK';
  return 'UNKNOWN';
}

/** The domain's own code (`ORG.REPORTING_CYCLE`, …) when the error came from the domain. */
export function errorReason(error: unknown): string | undefined {
  const reason = firstError(error)?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** A message for people: the gateway's own (already in the viewer's language) where it sent one. */
export function errorMessage(error: unknown, t: TFunction): string {
  const kind = errorKind(error);
  const first = firstError(error);
  if (first && kind !== 'INTERNAL_SERVER_ERROR' && kind !== 'UNKNOWN' && first.message) return first.message;
  return t(`common:errors.${kind}`);
}

function isFieldIssue(value: unknown): value is FieldIssue {
  const v = value as Partial<FieldIssue> | null;
  return typeof v?.field === 'string' && typeof v.rule === 'string' && typeof v.message === 'string';
}

/** The inputs at fault of a BAD_USER_INPUT error, field paths without the `input.` wrapper. */
export function fieldIssues(error: unknown): FieldIssue[] {
  return graphQLErrorsOf(error)
    .filter((e) => e.extensions?.code === 'BAD_USER_INPUT')
    .flatMap((e) => (Array.isArray(e.extensions?.fields) ? e.extensions.fields : []))
    .filter(isFieldIssue)
    .map((issue) => ({ ...issue, field: issue.field.replace(/^input\./, '') }));
}

type FormLike = {
  setFieldError: (path: string, message: string) => void;
  getValues: () => object;
};

function hasPath(values: object, path: string): boolean {
  let cursor: unknown = values;
  for (const part of path.split('.')) {
    if (cursor === null || typeof cursor !== 'object' || !(part in cursor)) return false;
    cursor = (cursor as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Puts each BAD_USER_INPUT field message on the matching Mantine form field. `fields` renames
 * server paths to form paths where they differ. Returns the issues no field took, so the
 * caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormLike, error: unknown, fields: Record<string, string> = {}): FieldIssue[] {
  const values = form.getValues();
  const unplaced: FieldIssue[] = [];
  for (const issue of fieldIssues(error)) {
    const path = fields[issue.field] ?? issue.field;
    if (hasPath(values, path)) form.setFieldError(path, issue.message);
    else unplaced.push(issue);
  }
  return unplaced;
}

type PlaceOptions = {
  /** Server field path → form path, where they differ. */
  fields?: Record<string, string>;
  /** Domain reason (`ORG.REPORTING_CYCLE`) → the form field whose value caused it. */
  reasons?: Record<string, string>;
};

/**
 * Shows a failed mutation on the form: field issues on their inputs, a domain error next to
 * the control that caused it. Returns what no field took (for an alert), or null.
 */
export function placeError(form: FormLike, error: unknown, t: TFunction, options: PlaceOptions = {}): string | null {
  if (fieldIssues(error).length > 0) {
    const unplaced = applyFieldErrors(form, error, options.fields);
    return unplaced.length > 0 ? unplaced.map((issue) => issue.message).join(' ') : null;
  }
  const message = errorMessage(error, t);
  const reason = errorReason(error);
  const target = reason ? options.reasons?.[reason] : undefined;
  if (target && hasPath(form.getValues(), target)) {
    form.setFieldError(target, message);
    return null;
  }
  return message;
}
