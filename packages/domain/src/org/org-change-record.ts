import type { Assignment } from './assignment.js';
import type { Position } from './position.js';

/**
 * The audit trail of the org (组织变更记录): every change of a position, a reporting line, a
 * grant or an appointment, who made it, when, and each field before → after. Kept so the
 * director can answer "who changed this and what was it before". The product's own rule.
 */
export const ORG_CHANGE_KINDS = [
  'position.create',
  'position.edit',
  'position.retire',
  'reportingLine.change',
  'grant.change',
  'assignment.start',
  'assignment.end',
] as const;
export type OrgChangeKind = (typeof ORG_CHANGE_KINDS)[number];

/** A value as the trail keeps it: plain JSON, so any field's old and new value can be shown. */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** One field of a change: its path (e.g. `title`, `duties`, `scope`) and its value before and after. */
export type FieldChange = { field: string; before: AuditValue; after: AuditValue };

/** What a write hands to the trail; the store adds the id and the site. */
export type OrgChange = {
  kind: OrgChangeKind;
  /** The position the change is about (every org change names one). */
  positionId: string;
  /** The person the change is about, for appointments. */
  staffId: string | null;
  actorId: string;
  at: Date;
  changes: FieldChange[];
};

export type OrgChangeRecord = OrgChange & { id: string; siteId: string };

const canonical = (value: AuditValue): string => JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v));
const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

/**
 * The fields whose values differ between `before` and `after`, in the order of `fields`. A field
 * missing on one side counts as null; values are compared by content (key order is ignored).
 */
export const diffFields = <K extends string>(
  before: Partial<Record<K, AuditValue>> | null,
  after: Partial<Record<K, AuditValue>> | null,
  fields: readonly K[],
): FieldChange[] =>
  fields.flatMap((field) => {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    return canonical(was) === canonical(is) ? [] : [{ field, before: was, after: is }];
  });

/** The fields of a position the trail follows, in the order a reader expects them. */
export const POSITION_AUDIT_FIELDS = [
  'title',
  'unitId',
  'reportsTo',
  'headcount',
  'purpose',
  'duties',
  'kpis',
  'authorities',
  'qualifications',
  'workEnvironment',
] as const;

type PositionAuditField = (typeof POSITION_AUDIT_FIELDS)[number];
const positionFields = (p: Position | null): Partial<Record<PositionAuditField, AuditValue>> | null =>
  p ? (Object.fromEntries(POSITION_AUDIT_FIELDS.map((f) => [f, p[f] as AuditValue])) as Record<PositionAuditField, AuditValue>) : null;

/** A position's changed fields: all of them for a new position (before = null), none when nothing changed. */
export const positionChanges = (before: Position | null, after: Position | null): FieldChange[] =>
  diffFields(positionFields(before), positionFields(after), POSITION_AUDIT_FIELDS);

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const assignmentFields = (a: Assignment | null) => (a ? { startsOn: day(a.startsOn), endsOn: day(a.endsOn), acting: a.acting } : null);

/** An appointment's changed fields (days as YYYY-MM-DD): all of them when it starts, its end day when it ends or is withdrawn (after = null). */
export const assignmentChanges = (before: Assignment | null, after: Assignment | null): FieldChange[] =>
  diffFields(assignmentFields(before), assignmentFields(after), ['startsOn', 'endsOn', 'acting']);
