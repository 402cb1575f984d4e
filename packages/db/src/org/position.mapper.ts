import type { Authority, DutyGroup, Position, Qualifications, WorkEnvironment } from '@kefu/domain/org';
import type { LocalizedText } from '@kefu/domain/shared';

/** A `positions` row plus its reporting lines, aggregated in ordinal order as `reports_to`. */
export type PositionRow = {
  id: string;
  site_id: string;
  code: string;
  title: LocalizedText;
  unit_id: string;
  headcount: number;
  purpose: LocalizedText;
  duties: DutyGroup[];
  kpis: LocalizedText[];
  authorities: Authority[];
  qualifications: Qualifications;
  work_environment: WorkEnvironment;
  reports_to: string[];
};

export const positionMapper = {
  toDomain: (row: PositionRow): Position => ({
    id: row.id,
    siteId: row.site_id,
    code: row.code,
    title: row.title,
    unitId: row.unit_id,
    reportsTo: row.reports_to,
    headcount: row.headcount,
    purpose: row.purpose,
    duties: row.duties,
    kpis: row.kpis,
    authorities: row.authorities,
    qualifications: row.qualifications,
    workEnvironment: row.work_environment,
  }),
  toRow: (position: Position): PositionRow => ({
    id: position.id,
    site_id: position.siteId,
    code: position.code,
    title: position.title,
    unit_id: position.unitId,
    headcount: position.headcount,
    purpose: position.purpose,
    duties: position.duties,
    kpis: position.kpis,
    authorities: position.authorities,
    qualifications: position.qualifications,
    work_environment: position.workEnvironment,
    reports_to: position.reportsTo,
  }),
};
