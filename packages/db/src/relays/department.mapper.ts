import type { Department, DepartmentContact, DepartmentFields } from '@kefu/domain/relays';
import type { PeerDepartment } from '@kefu/domain/tickets';

export type DepartmentRow = {
  id: string;
  site_id: string;
  code: string;
  name_zh: string;
  name_en: string;
  peer: string | null;
  contacts: DepartmentContact[] | string;
  member_staff_ids: string[];
  active: boolean;
};

export const DEPARTMENT_COLUMNS = 'id, site_id, code, name_zh, name_en, peer, contacts, member_staff_ids, active';

export const departmentMapper = {
  toDomain: (row: DepartmentRow): Department => ({
    id: row.id,
    siteId: row.site_id,
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    peer: row.peer as PeerDepartment | null,
    // postgres.js parses jsonb; PGlite may hand it back as text.
    contacts: typeof row.contacts === 'string' ? (JSON.parse(row.contacts) as DepartmentContact[]) : row.contacts,
    memberStaffIds: row.member_staff_ids,
    active: row.active,
  }),
  /** code, name_zh, name_en, peer, contacts, member_staff_ids, active. */
  toParams: (d: DepartmentFields): unknown[] => [d.code, d.name.zh, d.name.en, d.peer, JSON.stringify(d.contacts), d.memberStaffIds, d.active],
};
