import { DuplicateEmployeeNoError, type Staff, type StaffFields } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { isUuid } from '../shared/is-uuid.js';
import { staffMapper, type StaffRow } from './staff.mapper.js';

const STAFF_COLUMNS = 'id, site_id, name, employee_no, phone, active';

/** A field of the record's history: the editable ones and whether the person is active. */
export type StaffChangeField = 'name' | 'employeeNo' | 'phone' | 'active';

/** One entry of a staff record's history. */
export type StaffChangeEntry = {
  id: string;
  staffId: string;
  changedBy: string | null;
  changedAt: Date;
  field: StaffChangeField;
  from: string | null;
  to: string | null;
};

type StaffChangeRow = {
  id: string | number;
  staff_id: string;
  changed_by: string | null;
  changed_at: Date | string;
  field: StaffChangeField;
  old_value: string | null;
  new_value: string | null;
};

/** Locks the person's row until the transaction ends and reads it. Throws NotFoundError when the site has no such person. */
export async function lockStaff(tx: Queryable, siteId: string, staffId: string): Promise<Staff> {
  const [row] = isUuid(staffId)
    ? await tx.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff WHERE site_id = $1::uuid AND id = $2::uuid FOR UPDATE`, [siteId, staffId])
    : [];
  if (!row) throw new NotFoundError('Staff', staffId);
  return staffMapper.toDomain(row);
}

/** Writes the checked fields. Throws DuplicateEmployeeNoError, writing nothing, when another person of the site has that number. */
export async function updateStaffFields(tx: Queryable, siteId: string, staffId: string, fields: StaffFields): Promise<Staff> {
  const [clash] = await tx.query(`SELECT 1 FROM staff WHERE site_id = $1::uuid AND employee_no = $2 AND id <> $3::uuid`, [
    siteId,
    fields.employeeNo,
    staffId,
  ]);
  if (clash) throw new DuplicateEmployeeNoError(fields.employeeNo);
  const [row] = await tx.query<StaffRow>(
    `UPDATE staff SET name = $3, employee_no = $4, phone = $5 WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${STAFF_COLUMNS}`,
    [siteId, staffId, fields.name, fields.employeeNo, fields.phone],
  );
  if (!row) throw new NotFoundError('Staff', staffId);
  return staffMapper.toDomain(row);
}

export async function setStaffActive(tx: Queryable, siteId: string, staffId: string, active: boolean): Promise<Staff> {
  const [row] = isUuid(staffId)
    ? await tx.query<StaffRow>(`UPDATE staff SET active = $3::boolean WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${STAFF_COLUMNS}`, [
        siteId,
        staffId,
        active,
      ])
    : [];
  if (!row) throw new NotFoundError('Staff', staffId);
  return staffMapper.toDomain(row);
}

/** Appends to the person's history, in the order given. */
export async function insertStaffChanges(
  tx: Queryable,
  siteId: string,
  staffId: string,
  by: string | null,
  at: Date,
  changes: readonly { field: StaffChangeField; from: string | null; to: string | null }[],
): Promise<void> {
  for (const change of changes) {
    await tx.query(
      `INSERT INTO staff_changes (site_id, staff_id, changed_by, changed_at, field, old_value, new_value)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5, $6, $7)`,
      [siteId, staffId, by, at, change.field, change.from, change.to],
    );
  }
}

export type StaffChangePage = { rows: StaffChangeEntry[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

const changeCursor = {
  encode: (id: string) => encodeCursor([id]),
  decode: (value: string): string => {
    const [id] = decodeCursor(value, 1);
    if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) throw invalidCursor();
    return id;
  },
};

/** The person's history, newest first, paged by keyset on the entry's id. */
export async function listStaffChanges(
  q: Queryable,
  siteId: string,
  staffId: string,
  options: { first: number; after?: string | null },
): Promise<StaffChangePage> {
  if (!isUuid(staffId)) return { rows: [], cursors: [], hasNextPage: false, endCursor: null };
  const first = Math.max(0, Math.trunc(options.first));
  const after = options.after ? changeCursor.decode(options.after) : null;
  const rows = await q.query<StaffChangeRow>(
    `SELECT id::text AS id, staff_id, changed_by, changed_at, field, old_value, new_value FROM staff_changes
     WHERE site_id = $1::uuid AND staff_id = $2::uuid AND ($3::bigint IS NULL OR id < $3::bigint)
     ORDER BY id DESC LIMIT $4::int`,
    [siteId, staffId, after, first + 1],
  );
  const page = rows.slice(0, first).map(
    (row): StaffChangeEntry => ({
      id: String(row.id),
      staffId: row.staff_id,
      changedBy: row.changed_by,
      changedAt: new Date(row.changed_at),
      field: row.field,
      from: row.old_value,
      to: row.new_value,
    }),
  );
  const cursors = page.map((entry) => changeCursor.encode(entry.id));
  return { rows: page, cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** Takes back an assignment that has not begun (a departure before its first day). */
export async function withdrawAssignment(tx: Queryable, siteId: string, assignmentId: string): Promise<void> {
  if (!isUuid(assignmentId)) return;
  await tx.query(`DELETE FROM assignments WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, assignmentId]);
}

/** How many tickets the person holds in one of `statuses` (the work to hand over on a departure). */
export async function countTicketsHeldBy(q: Queryable, siteId: string, staffId: string, statuses: readonly string[]): Promise<number> {
  if (!isUuid(staffId)) return 0;
  const [row] = await q.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM tickets WHERE site_id = $1::uuid AND assignee_id = $2::uuid AND status = ANY($3::text[])`,
    [siteId, staffId, statuses],
  );
  return Number(row!.n);
}
