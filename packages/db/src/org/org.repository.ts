import type { Assignment, DatedOrgChart, GrantScope, OrgChart, Position, StoredGrant, Unit, Validity } from '@kefu/domain/org';
import { NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { assignmentMapper, toDateParam, type AssignmentRow } from './assignment.mapper.js';
import { isUuid } from '../shared/is-uuid.js';
import { positionMapper, type PositionRow } from './position.mapper.js';
import { unitMapper, type UnitRow } from './unit.mapper.js';

const UNIT_COLUMNS = 'id, site_id, code, name, parent_id';
const POSITION_COLUMNS =
  'id, site_id, code, title, unit_id, headcount, purpose, duties, kpis, authorities, qualifications, work_environment';
const ASSIGNMENT_COLUMNS = 'id, site_id, staff_id, position_id, starts_on, ends_on, acting';

/**
 * The site's today (its time zone, the database's clock): the day "now" stands for in the chart
 * in force. `$1` must be the site id in every statement that uses it.
 */
const SITE_TODAY = `(SELECT (now() AT TIME ZONE s.time_zone)::date FROM sites s WHERE s.id = $1::uuid)`;

/**
 * The rows of the chart in force on a day (effective dating, migrations 038/046): those whose
 * range [from, to) holds it. `d` names the bind parameter of the day; a null day is the site's
 * today, so a change scheduled for a later day (its row opened from that day) is not in force yet.
 */
const inForce = (from: string, to: string, d: string) =>
  `((${from} IS NULL OR ${from} <= coalesce(${d}::date, ${SITE_TODAY})) AND (${to} IS NULL OR ${to} > coalesce(${d}::date, ${SITE_TODAY})))`;

/** A position's reporting lines in force (see inForce) as text ids in ordinal order; `p` is the positions alias. */
const reportsTo = (d: string) => `coalesce((
    SELECT array_agg(rl.reports_to_id::text ORDER BY rl.ordinal, rl.reports_to_id)
    FROM reporting_lines rl WHERE rl.site_id = p.site_id AND rl.position_id = p.id
      AND ${inForce('rl.valid_from', 'rl.valid_to', d)}
  ), '{}') AS reports_to`;

const positionSelect = (where: string, d = 'NULL') =>
  `SELECT ${POSITION_COLUMNS}, version, ${reportsTo(d)} FROM positions p WHERE ${where}`;

/**
 * The whole chart in one statement: one snapshot, so an assignment never names a position the
 * same read did not return, whatever the caller's isolation level. With `asOf` (a site-local
 * YYYY-MM-DD), the chart as it stood that day: positions, reporting lines and grants in force
 * then; assignments are all returned, dated as they are. Without it, the chart in force on the
 * site's today (not the open rows: a change scheduled for a later day is open already).
 */
export async function loadOrgChart(q: Queryable, siteId: string, asOf: string | null = null): Promise<OrgChart> {
  return (await loadOrgChartOn(q, siteId, asOf)).chart;
}

/**
 * The chart in force on the site's today (or on `day` when the caller knows it), with that day and
 * the site's time zone: a cache keyed by the site's day can tell, without a query, when its
 * chart has become yesterday's.
 */
export async function loadCurrentOrgChart(q: Queryable, siteId: string, day: string | null = null): Promise<{ chart: OrgChart; day: string; timeZone: string }> {
  return loadOrgChartOn(q, siteId, day);
}

async function loadOrgChartOn(q: Queryable, siteId: string, asOf: string | null): Promise<{ chart: OrgChart; day: string; timeZone: string }> {
  const [row] = await q.query<{
    units: UnitRow[];
    positions: PositionRow[];
    assignments: AssignmentRow[];
    grants: GrantRow[];
    day: string | null;
    time_zone: string | null;
  }>(
    `SELECT
       (SELECT coalesce(json_agg(u ORDER BY u.code, u.id), '[]'::json)
          FROM (SELECT ${UNIT_COLUMNS} FROM units WHERE site_id = $1::uuid) u) AS units,
       (SELECT coalesce(json_agg(p ORDER BY p.code, p.id), '[]'::json)
          FROM (${positionSelect(`p.site_id = $1::uuid AND ${inForce('p.created_on', 'p.retired_on', '$2')}`, '$2')}) p) AS positions,
       (SELECT coalesce(json_agg(a ORDER BY a.starts_on, a.id), '[]'::json)
          FROM (SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE site_id = $1::uuid) a) AS assignments,
       (SELECT coalesce(json_agg(g ORDER BY g.position_id, g.action), '[]'::json)
          FROM (SELECT position_id, action, scope FROM position_grants g
                WHERE site_id = $1::uuid AND ${inForce('g.valid_from', 'g.valid_to', '$2')}) g) AS grants,
       coalesce($2::date, ${SITE_TODAY})::text AS day,
       (SELECT time_zone FROM sites WHERE id = $1::uuid) AS time_zone`,
    [siteId, asOf],
  );
  const grants = parseJson<GrantRow[]>(row!.grants).map(
    (g): StoredGrant => ({ positionId: g.position_id, action: g.action, scope: (g.scope as GrantScope | null) ?? null }),
  );
  const chart: OrgChart = {
    siteId,
    units: parseJson(row!.units).map(unitMapper.toDomain),
    positions: parseJson(row!.positions).map(positionMapper.toDomain),
    assignments: parseJson(row!.assignments).map(assignmentMapper.toDomain),
    ...(grants.length > 0 ? { grants } : {}),
  };
  return { chart, day: row!.day ?? asOf ?? '', timeZone: row!.time_zone ?? 'Asia/Shanghai' };
}

type DatedRange = { valid_from: string | null; valid_to: string | null };
const range = (r: DatedRange): Validity => ({ validFrom: r.valid_from, validTo: r.valid_to });

/**
 * Every dated row of the site, open and closed, in one statement: the chart of any day can be cut
 * from it (@kefu/domain/org chartOn). The KPI figures read it to roll each day up as it stood.
 */
export async function loadDatedOrgChart(q: Queryable, siteId: string): Promise<DatedOrgChart> {
  const [row] = await q.query<{
    units: UnitRow[];
    positions: (PositionRow & DatedRange)[];
    lines: ({ position_id: string; reports_to_id: string; ordinal: number } & DatedRange)[];
    assignments: AssignmentRow[];
    grants: (GrantRow & DatedRange)[];
  }>(
    `SELECT
       (SELECT coalesce(json_agg(u ORDER BY u.code, u.id), '[]'::json)
          FROM (SELECT ${UNIT_COLUMNS} FROM units WHERE site_id = $1::uuid) u) AS units,
       (SELECT coalesce(json_agg(p ORDER BY p.code, p.id), '[]'::json)
          FROM (SELECT ${POSITION_COLUMNS}, '{}'::text[] AS reports_to, created_on::text AS valid_from, retired_on::text AS valid_to
                FROM positions p WHERE site_id = $1::uuid) p) AS positions,
       (SELECT coalesce(json_agg(l ORDER BY l.id), '[]'::json)
          FROM (SELECT id, position_id, reports_to_id, ordinal, valid_from::text, valid_to::text
                FROM reporting_lines WHERE site_id = $1::uuid) l) AS lines,
       (SELECT coalesce(json_agg(a ORDER BY a.starts_on, a.id), '[]'::json)
          FROM (SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE site_id = $1::uuid) a) AS assignments,
       (SELECT coalesce(json_agg(g ORDER BY g.id), '[]'::json)
          FROM (SELECT id, position_id, action, scope, valid_from::text, valid_to::text
                FROM position_grants WHERE site_id = $1::uuid) g) AS grants`,
    [siteId],
  );
  return {
    siteId,
    units: parseJson(row!.units).map(unitMapper.toDomain),
    positions: parseJson(row!.positions).map((p) => {
      const { reportsTo: _none, ...position } = positionMapper.toDomain(p);
      return { ...position, ...range(p) };
    }),
    reportingLines: parseJson(row!.lines).map((l) => ({ positionId: l.position_id, reportsToId: l.reports_to_id, ordinal: l.ordinal, ...range(l) })),
    assignments: parseJson(row!.assignments).map(assignmentMapper.toDomain),
    grants: parseJson(row!.grants).map((g) => ({ positionId: g.position_id, action: g.action, scope: (g.scope as GrantScope | null) ?? null, ...range(g) })),
  };
}

/**
 * The last day on which the dated rows of one position changed — its reporting lines, or with
 * `action` its grant of that action — or null when none is dated. A new change may not take
 * effect before it (@kefu/domain/org effectiveDay), so validity ranges never overlap.
 */
export async function lastDatedChange(q: Queryable, siteId: string, positionId: string, action: string | null = null): Promise<string | null> {
  if (!isUuid(positionId)) return null;
  const [row] = await q.query<{ day: string | null }>(
    action === null
      ? `SELECT greatest(
           (SELECT max(greatest(valid_from, valid_to)) FROM reporting_lines WHERE site_id = $1::uuid AND position_id = $2::uuid),
           (SELECT created_on FROM positions WHERE site_id = $1::uuid AND id = $2::uuid))::text AS day`
      : `SELECT greatest(
           (SELECT max(greatest(valid_from, valid_to)) FROM position_grants WHERE site_id = $1::uuid AND position_id = $2::uuid AND action = $3),
           (SELECT created_on FROM positions WHERE site_id = $1::uuid AND id = $2::uuid))::text AS day`,
    action === null ? [siteId, positionId] : [siteId, positionId, action],
  );
  return row?.day ?? null;
}

type GrantRow = { position_id: string; action: string; scope: string | null };

// json_agg comes back parsed from postgres.js and as text from PGlite.
const parseJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Stores the site's own grant of one action to one position (null scope: none) from the day `on`:
 * the grant in force is closed that day (or dropped, when it began that day too) and the new one
 * opened. Two statements, so the old row is closed before the new open one meets the unique
 * index. Throws NotFoundError when the position is not one of the site's.
 */
export async function storePositionGrant(q: Queryable, siteId: string, grant: StoredGrant, changedBy: string | null, on: string): Promise<void> {
  const positionId = isUuid(grant.positionId) ? grant.positionId : null;
  await q.query(
    `WITH open AS (
       SELECT id, valid_from FROM position_grants
       WHERE site_id = $1::uuid AND position_id = $2::uuid AND action = $3 AND valid_to IS NULL
     ),
     dropped AS (DELETE FROM position_grants WHERE id IN (SELECT id FROM open WHERE valid_from = $4::date))
     UPDATE position_grants SET valid_to = $4::date
     WHERE id IN (SELECT id FROM open WHERE valid_from IS NULL OR valid_from < $4::date)`,
    [siteId, positionId, grant.action, on],
  );
  const rows = await q.query<{ action: string }>(
    `INSERT INTO position_grants (site_id, position_id, action, scope, changed_by, valid_from)
     SELECT $1::uuid, p.id, $3, $4, $5::uuid, $6::date FROM positions p WHERE p.site_id = $1::uuid AND p.id = $2::uuid
     RETURNING action`,
    [siteId, positionId, grant.action, grant.scope, changedBy, on],
  );
  if (rows.length === 0) throw new NotFoundError('Position', grant.positionId);
}

export type NewUnit = Omit<Unit, 'id'>;

/** Throws NotFoundError when the parent unit is not one of the site's. */
export async function insertUnit(q: Queryable, unit: NewUnit): Promise<Unit> {
  const [row] = await q.query<UnitRow>(
    `INSERT INTO units (site_id, code, name, parent_id)
     SELECT $1::uuid, $2, $3::jsonb, $4::uuid
     WHERE $4::uuid IS NULL OR EXISTS (SELECT 1 FROM units WHERE site_id = $1::uuid AND id = $4::uuid)
     RETURNING ${UNIT_COLUMNS}`,
    [unit.siteId, unit.code, unit.name, unit.parentId],
  );
  if (!row) throw new NotFoundError('Unit', unit.parentId ?? '');
  return unitMapper.toDomain(row);
}

export type NewPosition = Omit<Position, 'id'>;

/**
 * Inserts the position and its reporting lines in one statement, so either both are stored or
 * neither; both hold from `createdOn` (null: since the site began, as the catalogue's do).
 * Throws NotFoundError when the unit or a position it reports to is not the site's.
 */
export async function insertPosition(q: Queryable, position: NewPosition, createdOn: string | null = null): Promise<Position> {
  const reportsTo = distinct(position.reportsTo);
  if (!reportsTo.every(isUuid)) throw new NotFoundError('Position', reportsTo.join(','));
  const r = positionMapper.toRow({ ...position, id: '', reportsTo });
  const [row] = await q.query<PositionRow>(
    `WITH valid AS (
       SELECT EXISTS (SELECT 1 FROM units WHERE site_id = $1::uuid AND id = $4::uuid)
          AND (SELECT count(*) FROM positions WHERE site_id = $1::uuid AND id = ANY($12::uuid[]))
              = cardinality($12::uuid[]) AS ok
     ),
     inserted AS (
       INSERT INTO positions (site_id, code, title, unit_id, headcount, purpose, duties, kpis, authorities,
                              qualifications, work_environment, created_on)
       SELECT $1::uuid, $2, $3::jsonb, $4::uuid, $5::int, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $13::date
       FROM valid WHERE ok
       RETURNING ${POSITION_COLUMNS}
     ),
     lines AS (
       INSERT INTO reporting_lines (site_id, position_id, reports_to_id, ordinal, valid_from)
       SELECT i.site_id, i.id, t.id, t.ord - 1, $13::date
       FROM inserted i CROSS JOIN unnest($12::uuid[]) WITH ORDINALITY AS t(id, ord)
       RETURNING reports_to_id, ordinal
     )
     SELECT i.*, coalesce((SELECT array_agg(reports_to_id::text ORDER BY ordinal) FROM lines), '{}') AS reports_to
     FROM inserted i`,
    [
      r.site_id, r.code, r.title, r.unit_id, r.headcount, r.purpose, r.duties, r.kpis, r.authorities,
      r.qualifications, r.work_environment, reportsTo, createdOn,
    ],
  );
  if (!row) throw new NotFoundError('Position', [position.unitId, ...reportsTo].join(','));
  return positionMapper.toDomain(row);
}

/** A position with the version a client must send back to change it. */
export type VersionedPosition = { position: Position; version: number };

export async function findPositionById(q: Queryable, siteId: string, id: string): Promise<VersionedPosition | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<PositionRow & { version: number }>(
    positionSelect('p.site_id = $1::uuid AND p.id = $2::uuid'),
    [siteId, id],
  );
  return row ? { position: positionMapper.toDomain(row), version: row.version } : null;
}

/**
 * Writes the position's own fields and bumps its version; `reportsTo` is not written here
 * (see replaceReportingLines). Returns the new version. Throws StaleVersionError when the stored
 * version is not `expectedVersion`, NotFoundError when the site has no such position.
 */
export async function updatePosition(
  q: Queryable,
  siteId: string,
  position: Position,
  expectedVersion: number,
): Promise<number> {
  if (!isUuid(position.id)) throw new NotFoundError('Position', position.id);
  const r = positionMapper.toRow(position);
  // The outer SELECT sees the row as it was before the UPDATE: enough to tell stale from missing.
  const [row] = await q.query<{ updated: number | null; current: number | null }>(
    `WITH updated AS (
       UPDATE positions SET code = $4, title = $5::jsonb, unit_id = $6::uuid, headcount = $7::int,
         purpose = $8::jsonb, duties = $9::jsonb, kpis = $10::jsonb, authorities = $11::jsonb,
         qualifications = $12::jsonb, work_environment = $13::jsonb,
         version = version + 1, updated_at = now()
       WHERE site_id = $1::uuid AND id = $2::uuid AND version = $3::int
         AND EXISTS (SELECT 1 FROM units WHERE site_id = $1::uuid AND id = $6::uuid)
       RETURNING version
     )
     SELECT (SELECT version FROM updated) AS updated,
            (SELECT version FROM positions WHERE site_id = $1::uuid AND id = $2::uuid) AS current`,
    [
      siteId, r.id, expectedVersion, r.code, r.title, r.unit_id, r.headcount, r.purpose, r.duties, r.kpis,
      r.authorities, r.qualifications, r.work_environment,
    ],
  );
  if (row!.updated !== null) return row!.updated;
  if (row!.current === null) throw new NotFoundError('Position', position.id);
  // The version matched, so the only refusal left is a unit from another site (or none).
  if (row!.current === expectedVersion) throw new NotFoundError('Unit', position.unitId);
  throw new StaleVersionError('Position', position.id, expectedVersion);
}

/**
 * Makes `reportsTo` the position's reporting lines from the day `on`, in that order, in one
 * statement: open lines no longer wanted are closed that day (dropped when opened that day too),
 * new ones opened that day, and kept ones take their new ordinal (the order is not dated, so a
 * change scheduled for a later day leaves the order of kept lines as it is: today's chart stays
 * untouched until the day comes).
 * Throws NotFoundError, writing nothing, when the position or one of `reportsTo` is not the site's.
 */
export async function replaceReportingLines(
  q: Queryable,
  siteId: string,
  positionId: string,
  reportsTo: string[],
  on: string,
): Promise<void> {
  const ids = distinct(reportsTo);
  if (!isUuid(positionId) || !ids.every(isUuid)) throw new NotFoundError('Position', [positionId, ...ids].join(','));
  const [row] = await q.query<{ ok: boolean }>(
    `WITH valid AS (
       SELECT EXISTS (SELECT 1 FROM positions WHERE site_id = $1::uuid AND id = $2::uuid)
          AND (SELECT count(*) FROM positions WHERE site_id = $1::uuid AND id = ANY($3::uuid[]))
              = cardinality($3::uuid[]) AS ok
     ),
     open AS (
       SELECT id, reports_to_id, valid_from FROM reporting_lines
       WHERE site_id = $1::uuid AND position_id = $2::uuid AND valid_to IS NULL AND (SELECT ok FROM valid)
     ),
     dropped AS (
       DELETE FROM reporting_lines
       WHERE id IN (SELECT id FROM open WHERE reports_to_id <> ALL($3::uuid[]) AND valid_from = $4::date)
     ),
     closed AS (
       UPDATE reporting_lines SET valid_to = $4::date
       WHERE id IN (SELECT id FROM open WHERE reports_to_id <> ALL($3::uuid[]) AND (valid_from IS NULL OR valid_from < $4::date))
     ),
     reordered AS (
       UPDATE reporting_lines rl SET ordinal = t.ord - 1
       FROM unnest($3::uuid[]) WITH ORDINALITY AS t(id, ord)
       WHERE rl.id IN (SELECT id FROM open) AND rl.reports_to_id = t.id AND $4::date <= ${SITE_TODAY}
     ),
     added AS (
       INSERT INTO reporting_lines (site_id, position_id, reports_to_id, ordinal, valid_from)
       SELECT $1::uuid, $2::uuid, t.id, t.ord - 1, $4::date
       FROM unnest($3::uuid[]) WITH ORDINALITY AS t(id, ord)
       WHERE (SELECT ok FROM valid) AND t.id NOT IN (SELECT reports_to_id FROM open)
     )
     SELECT ok FROM valid`,
    [siteId, positionId, ids, on],
  );
  if (!row!.ok) throw new NotFoundError('Position', [positionId, ...ids].join(','));
}

export type NewAssignment = Omit<Assignment, 'id'>;

/**
 * Stores an assignment the domain has checked. Call it inside the transaction that took
 * `lockStaffAssignments` for the same person, or two overlapping ones can both pass the check.
 * Throws NotFoundError when the staff member or the position is not the site's.
 */
export async function insertAssignment(q: Queryable, assignment: NewAssignment): Promise<Assignment> {
  const r = assignmentMapper.toRow({ ...assignment, id: '' });
  const [row] = await q.query<AssignmentRow>(
    `INSERT INTO assignments (site_id, staff_id, position_id, starts_on, ends_on, acting)
     SELECT $1::uuid, $2::uuid, $3::uuid, $4::date, $5::date, $6::boolean
     WHERE EXISTS (SELECT 1 FROM staff WHERE site_id = $1::uuid AND id = $2::uuid)
       AND EXISTS (SELECT 1 FROM positions WHERE site_id = $1::uuid AND id = $3::uuid)
     RETURNING ${ASSIGNMENT_COLUMNS}`,
    [r.site_id, r.staff_id, r.position_id, r.starts_on, r.ends_on, r.acting],
  );
  if (!row) throw new NotFoundError('Assignment', `${assignment.staffId},${assignment.positionId}`);
  return assignmentMapper.toDomain(row);
}

/** Sets the (exclusive) end day. Throws NotFoundError when the site has no such assignment. */
export async function endAssignment(q: Queryable, siteId: string, assignmentId: string, endsOn: Date): Promise<Assignment> {
  const [row] = isUuid(assignmentId)
    ? await q.query<AssignmentRow>(
        `UPDATE assignments SET ends_on = $3::date WHERE site_id = $1::uuid AND id = $2::uuid
         RETURNING ${ASSIGNMENT_COLUMNS}`,
        [siteId, assignmentId, toDateParam(endsOn)],
      )
    : [];
  if (!row) throw new NotFoundError('Assignment', assignmentId);
  return assignmentMapper.toDomain(row);
}

export async function findAssignmentById(q: Queryable, siteId: string, id: string): Promise<Assignment | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<AssignmentRow>(
    `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE site_id = $1::uuid AND id = $2::uuid`,
    [siteId, id],
  );
  return row ? assignmentMapper.toDomain(row) : null;
}

/**
 * Locks the staff member's row until the transaction ends, then reads their assignments (all
 * of them, past and open). Two transactions assigning the same person queue here, and the
 * second sees the first one's assignment before the domain checks for overlaps.
 * Throws NotFoundError when the site has no such staff member.
 */
export async function lockStaffAssignments(tx: Queryable, siteId: string, staffId: string): Promise<Assignment[]> {
  const locked = isUuid(staffId)
    ? await tx.query(`SELECT id FROM staff WHERE site_id = $1::uuid AND id = $2::uuid FOR UPDATE`, [siteId, staffId])
    : [];
  if (locked.length === 0) throw new NotFoundError('Staff', staffId);
  const rows = await tx.query<AssignmentRow>(
    `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE site_id = $1::uuid AND staff_id = $2::uuid
     ORDER BY starts_on, id`,
    [siteId, staffId],
  );
  return rows.map(assignmentMapper.toDomain);
}

const distinct = (ids: string[]): string[] => [...new Set(ids)];

/**
 * Retires a position from `retiredOn` on: it leaves the chart. Refused as stale when someone
 * changed it since `expectedVersion` was read; NotFoundError when it is not one of the site's.
 */
export async function retirePosition(q: Queryable, siteId: string, positionId: string, expectedVersion: number, retiredOn: string): Promise<void> {
  if (!isUuid(positionId)) throw new NotFoundError('Position', positionId);
  const [row] = await q.query<{ updated: number | null; current: number | null }>(
    `WITH updated AS (
       UPDATE positions SET retired_on = $4::date, version = version + 1, updated_at = now()
       WHERE site_id = $1::uuid AND id = $2::uuid AND version = $3::int AND retired_on IS NULL
       RETURNING version
     )
     SELECT (SELECT version FROM updated) AS updated,
            (SELECT version FROM positions WHERE site_id = $1::uuid AND id = $2::uuid AND retired_on IS NULL) AS current`,
    [siteId, positionId, expectedVersion, retiredOn],
  );
  if (row!.updated !== null) return;
  if (row!.current === null) throw new NotFoundError('Position', positionId);
  throw new StaleVersionError('Position', positionId, expectedVersion);
}

/** A change of one position's reporting lines or of one grant, dated after the site's today. */
export type ScheduledOrgChange =
  | { kind: 'reportingLine'; positionId: string; effectiveOn: string; reportsTo: string[] }
  | { kind: 'grant'; positionId: string; effectiveOn: string; action: string; scope: GrantScope | null };

/**
 * The changes scheduled after the site's today, of one position or (null) of the whole site:
 * for reporting lines the day and the lines that will hold from it, for grants the day and the
 * scope that will. One per rows at most (@kefu/domain/org effectiveDay), ordered by day.
 */
export async function loadScheduledOrgChanges(q: Queryable, siteId: string, positionId: string | null = null): Promise<ScheduledOrgChange[]> {
  if (positionId !== null && !isUuid(positionId)) return [];
  const [row] = await q.query<{
    lines: { position_id: string; day: string; reports_to: string[] | null }[];
    grants: { position_id: string; day: string; action: string; scope: string | null }[];
  }>(
    `WITH today AS (SELECT ${SITE_TODAY} AS d),
     line_days AS (
       SELECT position_id, max(greatest(valid_from, valid_to)) AS day FROM reporting_lines
       WHERE site_id = $1::uuid AND ($2::uuid IS NULL OR position_id = $2::uuid)
       GROUP BY position_id HAVING max(greatest(valid_from, valid_to)) > (SELECT d FROM today)
     )
     SELECT
       (SELECT coalesce(json_agg(l ORDER BY l.day, l.position_id), '[]'::json) FROM (
          SELECT ld.position_id, ld.day::text AS day,
                 (SELECT array_agg(rl.reports_to_id::text ORDER BY rl.ordinal, rl.reports_to_id) FROM reporting_lines rl
                  WHERE rl.site_id = $1::uuid AND rl.position_id = ld.position_id
                    AND (rl.valid_from IS NULL OR rl.valid_from <= ld.day) AND (rl.valid_to IS NULL OR rl.valid_to > ld.day)) AS reports_to
          FROM line_days ld) l) AS lines,
       (SELECT coalesce(json_agg(g ORDER BY g.day, g.position_id, g.action), '[]'::json) FROM (
          SELECT position_id, valid_from::text AS day, action, scope FROM position_grants
          WHERE site_id = $1::uuid AND ($2::uuid IS NULL OR position_id = $2::uuid) AND valid_from > (SELECT d FROM today)) g) AS grants`,
    [siteId, positionId],
  );
  const lines = parseJson(row!.lines).map(
    (l): ScheduledOrgChange => ({ kind: 'reportingLine', positionId: l.position_id, effectiveOn: l.day, reportsTo: l.reports_to ?? [] }),
  );
  const grants = parseJson(row!.grants).map(
    (g): ScheduledOrgChange => ({ kind: 'grant', positionId: g.position_id, effectiveOn: g.day, action: g.action, scope: (g.scope as GrantScope | null) ?? null }),
  );
  return [...lines, ...grants].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
}

/**
 * Withdraws the change scheduled on `day` of one position's reporting lines, or with `action`
 * of its grant of that action: the rows opened that day are dropped and the rows ended that day
 * are open again, so the chart after `day` is the chart of today. Two statements, so the dropped
 * rows are gone before the reopened ones meet the open-row unique index. Returns whether anything
 * was scheduled that day. Call it inside the site's org lock, with `day` after the site's today.
 */
export async function withdrawScheduledChange(q: Queryable, siteId: string, positionId: string, action: string | null, day: string): Promise<boolean> {
  if (!isUuid(positionId)) return false;
  const table = action === null ? 'reporting_lines' : 'position_grants';
  const params = action === null ? [siteId, positionId, day] : [siteId, positionId, day, action];
  const same = action === null ? '' : ' AND action = $4';
  const dropped = await q.query(
    `DELETE FROM ${table} WHERE site_id = $1::uuid AND position_id = $2::uuid AND valid_from = $3::date${same} RETURNING id`,
    params,
  );
  const reopened = await q.query(
    `UPDATE ${table} SET valid_to = NULL WHERE site_id = $1::uuid AND position_id = $2::uuid AND valid_to = $3::date${same} RETURNING id`,
    params,
  );
  return dropped.length + reopened.length > 0;
}
