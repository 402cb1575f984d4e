import { DEFAULT_DEPARTMENTS, type Department, type DepartmentFields } from '@kefu/domain/relays';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../shared/opaque-cursor.js';
import { DEPARTMENT_COLUMNS, departmentMapper, type DepartmentRow } from './department.mapper.js';

export async function insertDepartment(q: Queryable, siteId: string, d: DepartmentFields): Promise<Department> {
  const [row] = await q.query<DepartmentRow>(
    `INSERT INTO departments (site_id, code, name_zh, name_en, peer, contacts, member_staff_ids, active)
     VALUES ($1::uuid, $2, $3, $4, $5, $6::jsonb, $7::uuid[], $8) RETURNING ${DEPARTMENT_COLUMNS}`,
    [siteId, ...departmentMapper.toParams(d)],
  );
  return departmentMapper.toDomain(row!);
}

/** The departments a new site starts with (`DEFAULT_DEPARTMENTS`), no contacts, no members. */
export async function insertDefaultDepartments(q: Queryable, siteId: string): Promise<Department[]> {
  const out: Department[] = [];
  for (const d of DEFAULT_DEPARTMENTS) out.push(await insertDepartment(q, siteId, { ...d, contacts: [], memberStaffIds: [], active: true }));
  return out;
}

/** Rewrites a department; null when the site has no such department. */
export async function updateDepartment(q: Queryable, siteId: string, id: string, d: DepartmentFields): Promise<Department | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<DepartmentRow>(
    `UPDATE departments SET (code, name_zh, name_en, peer, contacts, member_staff_ids, active) = ($3, $4, $5, $6, $7::jsonb, $8::uuid[], $9), updated_at = now()
     WHERE site_id = $1::uuid AND id = $2::uuid RETURNING ${DEPARTMENT_COLUMNS}`,
    [siteId, id, ...departmentMapper.toParams(d)],
  );
  return row ? departmentMapper.toDomain(row) : null;
}

export async function findDepartmentById(q: Queryable, siteId: string, id: string): Promise<Department | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<DepartmentRow>(`SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE site_id = $1::uuid AND id = $2::uuid`, [siteId, id]);
  return row ? departmentMapper.toDomain(row) : null;
}

/** Another department of the site with this code, if any (codes are unique per site). */
export async function findDepartmentByCode(q: Queryable, siteId: string, code: string): Promise<Department | null> {
  const [row] = await q.query<DepartmentRow>(`SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE site_id = $1::uuid AND code = $2`, [siteId, code]);
  return row ? departmentMapper.toDomain(row) : null;
}

/** DataLoader-shaped: departments in the order of `ids`, null where the site has none. */
export async function findDepartmentsByIds(q: Queryable, siteId: string, ids: readonly string[]): Promise<(Department | null)[]> {
  const wanted = ids.filter(isUuid);
  const rows = wanted.length
    ? await q.query<DepartmentRow>(`SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE site_id = $1::uuid AND id = ANY($2::uuid[])`, [siteId, wanted])
    : [];
  const byId = new Map(rows.map((row) => [row.id, departmentMapper.toDomain(row)]));
  return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
}

/** The departments a member of staff belongs to (their inbox's departments). */
export async function findDepartmentsOfStaff(q: Queryable, siteId: string, staffId: string): Promise<Department[]> {
  if (!isUuid(staffId)) return [];
  const rows = await q.query<DepartmentRow>(
    `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE site_id = $1::uuid AND member_staff_ids @> ARRAY[$2::uuid] ORDER BY code, id`,
    [siteId, staffId],
  );
  return rows.map(departmentMapper.toDomain);
}

export type DepartmentPage = { rows: Department[]; cursors: string[]; hasNextPage: boolean; endCursor: string | null };

/** The site's departments by code, keyset-paged; retired ones only when asked. */
export async function listDepartments(
  q: Queryable,
  siteId: string,
  options: { includeInactive?: boolean; first: number; after?: string | null },
): Promise<DepartmentPage> {
  const params: unknown[] = [siteId];
  const bind = (value: unknown): string => `$${params.push(value)}`;
  const clauses = ['site_id = $1::uuid'];
  if (!options.includeInactive) clauses.push('active');
  if (options.after) {
    const [code, id] = decodeCursor(options.after, 2);
    if (typeof code !== 'string' || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
    clauses.push(`(code, id) > (${bind(code)}::text, ${bind(id)}::uuid)`);
  }
  const first = Math.max(0, Math.trunc(options.first));
  const rows = await q.query<DepartmentRow>(
    `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE ${clauses.join(' AND ')} ORDER BY code, id LIMIT ${bind(first + 1)}::int`,
    params,
  );
  const page = rows.slice(0, first);
  const cursors = page.map((row) => encodeCursor([row.code, row.id]));
  return { rows: page.map(departmentMapper.toDomain), cursors, hasNextPage: rows.length > page.length, endCursor: cursors.at(-1) ?? null };
}

/** The site's active departments of a peer kind, by code. */
export async function findDepartmentsByPeer(q: Queryable, siteId: string, peer: string): Promise<Department[]> {
  const rows = await q.query<DepartmentRow>(
    `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE site_id = $1::uuid AND peer = $2 AND active ORDER BY code, id`,
    [siteId, peer],
  );
  return rows.map(departmentMapper.toDomain);
}
