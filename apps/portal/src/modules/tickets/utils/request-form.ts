import { INTAKE_LIMITS } from '@kefu/domain/tickets';
import type { SubmitRequestInput, TicketKind } from '../../../gql/graphql';

/** The kinds a requester picks from, most common first (TICKET_KINDS in the domain). */
export const PORTAL_KINDS: readonly TicketKind[] = [
  'REPAIR',
  'COMPLAINT',
  'CONSULTATION',
  'SERVICE_REQUEST',
  'RETURN_EXCHANGE',
  'LOGISTICS',
  'TECHNICAL',
  'SUGGESTION',
];

export type RequestFormValues = { kind: TicketKind | ''; description: string; location: string; preferredContactTime: string };
export type RequestFormField = 'kind' | 'description' | 'location' | 'preferredContactTime' | 'photos';
export type FormIssue = { key: 'required' } | { key: 'tooLong'; limit: number };

export const TEXT_LIMITS = {
  description: INTAKE_LIMITS.description,
  location: INTAKE_LIMITS.location,
  preferredContactTime: INTAKE_LIMITS.preferredContactTime,
} as const;

/** The same rules the gateway applies, checked before sending so the form answers at once. */
export function checkRequestForm(values: RequestFormValues): Partial<Record<RequestFormField, FormIssue>> {
  const issues: Partial<Record<RequestFormField, FormIssue>> = {};
  if (!values.kind) issues.kind = { key: 'required' };
  if (!values.description.trim()) issues.description = { key: 'required' };
  for (const field of ['description', 'location', 'preferredContactTime'] as const) {
    if (values[field].trim().length > TEXT_LIMITS[field]) issues[field] = { key: 'tooLong', limit: TEXT_LIMITS[field] };
  }
  return issues;
}

/** The request's title is the start of what the requester wrote: one thing less to fill in. */
export const titleFrom = (description: string): string => {
  const firstLine = description.trim().split(/\r?\n/)[0] ?? '';
  return firstLine.length > 30 ? `${firstLine.slice(0, 30)}…` : firstLine;
};

export const toSubmitInput = (values: RequestFormValues, photoIds: string[]): SubmitRequestInput => ({
  kind: values.kind as TicketKind,
  title: titleFrom(values.description),
  description: values.description.trim(),
  location: values.location.trim() || null,
  preferredContactTime: values.preferredContactTime.trim() || null,
  photoIds,
});

/** A gateway field (`input.location`, `photoIds`, `title`) → the form field that shows it. */
export const formFieldOf = (field: string): RequestFormField | null => {
  const name = field.replace(/^input\./, '');
  if (name === 'title' || name === 'description') return 'description';
  if (name === 'photoIds') return 'photos';
  if (name === 'kind' || name === 'location' || name === 'preferredContactTime') return name;
  return null;
};
