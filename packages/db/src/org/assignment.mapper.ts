import type { Assignment } from '@kefu/domain/org';

/**
 * `date` columns arrive as a Date at UTC midnight from a plain query, and as `YYYY-MM-DD` text
 * when read through `json_agg`; both become the domain's UTC-midnight Date.
 */
type DateColumn = Date | string;

export type AssignmentRow = {
  id: string;
  site_id: string;
  staff_id: string;
  position_id: string;
  starts_on: DateColumn;
  ends_on: DateColumn | null;
  acting: boolean;
};

const toDate = (value: DateColumn): Date => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value);

/** The calendar day of a UTC-midnight Date, as a `date` parameter: independent of the process TZ. */
export const toDateParam = (date: Date): string => date.toISOString().slice(0, 10);

export const assignmentMapper = {
  toDomain: (row: AssignmentRow): Assignment => ({
    id: row.id,
    siteId: row.site_id,
    staffId: row.staff_id,
    positionId: row.position_id,
    startsOn: toDate(row.starts_on),
    endsOn: row.ends_on === null ? null : toDate(row.ends_on),
    acting: row.acting,
  }),
  toRow: (assignment: Assignment): AssignmentRow => ({
    id: assignment.id,
    site_id: assignment.siteId,
    staff_id: assignment.staffId,
    position_id: assignment.positionId,
    starts_on: toDateParam(assignment.startsOn),
    ends_on: assignment.endsOn === null ? null : toDateParam(assignment.endsOn),
    acting: assignment.acting,
  }),
};
