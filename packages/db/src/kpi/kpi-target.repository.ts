import type { KpiCode, KpiTarget } from '@kefu/domain/kpi';
import type { Queryable } from '../engine/database.js';

type TargetRow = { site_id: string; kpi: string; target: string | number; note: string | null; set_by_id: string; set_at: Date | string };
const COLUMNS = 'site_id, kpi, target, note, set_by_id, set_at';

const toTarget = (row: TargetRow): KpiTarget => ({
  siteId: row.site_id,
  kpi: row.kpi as KpiCode,
  target: Number(row.target),
  note: row.note,
  setById: row.set_by_id,
  setAt: new Date(row.set_at),
});

/** Records a new target; earlier ones stay as its history. */
export async function insertKpiTarget(q: Queryable, target: Omit<KpiTarget, 'setAt'> & { setAt: Date }): Promise<KpiTarget> {
  const [row] = await q.query<TargetRow>(
    `INSERT INTO kpi_targets (site_id, kpi, target, note, set_by_id, set_at) VALUES ($1::uuid, $2, $3, $4, $5::uuid, $6) RETURNING ${COLUMNS}`,
    [target.siteId, target.kpi, target.target, target.note, target.setById, target.setAt],
  );
  return toTarget(row!);
}

/** A site's targets, every setting, newest first (the first per KPI is in force). */
export async function listKpiTargets(q: Queryable, siteId: string): Promise<KpiTarget[]> {
  const rows = await q.query<TargetRow>(`SELECT ${COLUMNS} FROM kpi_targets WHERE site_id = $1::uuid ORDER BY set_at DESC, id DESC`, [siteId]);
  return rows.map(toTarget);
}
