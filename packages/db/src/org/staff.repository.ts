import { DuplicateEmployeeNoError, type Staff } from '@kefu/domain/org';
import type { Queryable } from '../engine/database.js';
import { toDateParam } from './assignment.mapper.js';
import { containsPattern } from '../shared/contains-pattern.js';
import { isUuid } from '../shared/is-uuid.js';
import { staffCursor } from './staff-cursor.js';
import { staffMapper, type StaffRow } from './staff.mapper.js';

const STAFF_COLUMNS = 'id, site_id, name, employee_no, phone, active';

export type NewStaff = Omit<Staff, 'id' | 'active'> & { active?: boolean };

/** Throws DuplicateEmployeeNoError, writing nothing, when the site already has that number. */
export async function insertStaff(q: Queryable, staff: NewStaff): Promise<Staff> {
  const [row] = await q.query<StaffRow>(
    `INSERT INTO staff (site_id, name, employee_no, phone, active) VALUES ($1::uuid, $2, $3, $4, $5::boolean)
     ON CONFLICT (site_id, employee_no) DO NOTHING
     RETURNING ${STAFF_COLUMNS}`,
    [staff.siteId, staff.name, staff.employeeNo, staff.phone, staff.active ?? true],
  );
  if (!row) throw new DuplicateEmployeeNoError(staff.employeeNo);
  return staffMapper.toDomain(row);
}

/**
 * Which of these employee numbers and phones the site's staff records already hold (active or
 * not: a number stays someone's after they leave), so an import can name them before writing.
 */
export async function findTakenStaffClaims(
  q: Queryable,
  siteId: string,
  claims: { employeeNos: readonly string[]; phones: readonly string[] },
): Promise<{ employeeNos: Set<string>; phones: Set<string> }> {
  const numbers = claims.employeeNos.length
    ? await q.query<{ value: string }>(`SELECT employee_no AS value FROM staff WHERE site_id = $1::uuid AND employee_no = ANY($2::text[])`, [siteId, claims.employeeNos])
    : [];
  const phones = claims.phones.length
    ? await q.query<{ value: string }>(`SELECT DISTINCT phone AS value FROM staff WHERE site_id = $1::uuid AND phone = ANY($2::text[])`, [siteId, claims.phones])
    : [];
  return { employeeNos: new Set(numbers.map((r) => r.value)), phones: new Set(phones.map((r) => r.value)) };
}

/** DataLoader-shaped: one statement, results in the order of `ids`, null where the site has none. */
export async function findStaffByIds(q: Queryable, siteId: string, ids: readonly string[]): Promise<(Staff | null)[]> {
  const wanted = ids.filter(isUuid);
  const rows = wanted.length
    ? await q.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff WHERE site_id = $1::uuid AND id = ANY($2::uuid[])`, [
        siteId,
        wanted,
      ])
    : [];
  const byId = new Map(rows.map((row) => [row.id, staffMapper.toDomain(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

export type StaffFilter = {
  /** Matches name, employee number or phone, anywhere in them. */
  text?: string;
  /** Holds a position of this unit on `heldOn` (the unit itself, not its sub-units). */
  unitId?: string;
  /** Holds this position on `heldOn`. */
  positionId?: string;
  /** The day `unitId`/`positionId` are judged on; today in the site's time zone when omitted. */
  heldOn?: Date;
};

/** `cursors[i]` resumes after `rows[i]`; `endCursor` is the last of them. */
export type StaffPage = { rows: Staff[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/** Keyset paging in (name, id) order: rows added or removed meanwhile never shift a page. */
export async function listStaff(
  q: Queryable,
  siteId: string,
  options: StaffFilter & { first: number; after?: string | null },
): Promise<StaffPage> {
  const where = staffWhere(siteId, options);
  if (options.after) {
    const cursor = staffCursor.decode(options.after);
    where.clauses.push(`(s.name, s.id) > (${where.bind(cursor.name)}, ${where.bind(cursor.id)}::uuid)`);
  }
  // One row beyond the page tells whether another page follows.
  const limit = where.bind(Math.max(0, Math.trunc(options.first)) + 1);
  const rows = await q.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} FROM staff s WHERE ${where.clauses.join(' AND ')} ORDER BY s.name, s.id LIMIT ${limit}::int`,
    where.params,
  );
  const page = rows.slice(0, Math.max(0, Math.trunc(options.first)));
  const cursors = page.map((row) => staffCursor.encode({ name: row.name, id: row.id }));
  return {
    rows: page.map(staffMapper.toDomain),
    cursors,
    hasNextPage: rows.length > page.length,
    endCursor: cursors.at(-1) ?? null,
  };
}

export async function countStaff(q: Queryable, siteId: string, filter: StaffFilter = {}): Promise<number> {
  const where = staffWhere(siteId, filter);
  const [row] = await q.query<{ n: number }>(
    `SELECT count(*) AS n FROM staff s WHERE ${where.clauses.join(' AND ')}`,
    where.params,
  );
  return row!.n;
}

/** The WHERE clauses listStaff and countStaff share, with their parameters bound in order. */
function staffWhere(siteId: string, filter: StaffFilter) {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const site = bind(siteId);
  const clauses = [`s.site_id = ${site}::uuid`];
  const text = filter.text?.trim();
  if (text) {
    const pattern = bind(containsPattern(text));
    clauses.push(
      `(s.name ILIKE ${pattern} ESCAPE '\\' OR s.employee_no ILIKE ${pattern} ESCAPE '\\' OR s.phone ILIKE ${pattern} ESCAPE '\\')`,
    );
  }
  if (filter.unitId !== undefined || filter.positionId !== undefined) {
    const day = filter.heldOn
      ? `${bind(toDateParam(filter.heldOn))}::date`
      : `(now() AT TIME ZONE (SELECT time_zone FROM sites WHERE id = ${site}::uuid))::date`;
    const held = [
      `a.site_id = ${site}::uuid`,
      'a.staff_id = s.id',
      `a.starts_on <= ${day}`,
      `(a.ends_on IS NULL OR a.ends_on > ${day})`,
    ];
    // A malformed id matches nobody rather than failing the uuid cast.
    if (filter.positionId !== undefined) held.push(isUuid(filter.positionId) ? `a.position_id = ${bind(filter.positionId)}::uuid` : 'false');
    if (filter.unitId !== undefined) held.push(isUuid(filter.unitId) ? `p.unit_id = ${bind(filter.unitId)}::uuid` : 'false');
    clauses.push(
      `EXISTS (SELECT 1 FROM assignments a JOIN positions p ON p.id = a.position_id AND p.site_id = a.site_id
               WHERE ${held.join(' AND ')})`,
    );
  }
  return { params, bind, clauses };
}
