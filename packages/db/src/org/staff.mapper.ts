import type { Staff } from '@kefu/domain/org';

export type StaffRow = {
  id: string;
  site_id: string;
  name: string;
  employee_no: string;
  phone: string | null;
  active: boolean;
};

export const staffMapper = {
  toDomain: (row: StaffRow): Staff => ({
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    employeeNo: row.employee_no,
    phone: row.phone,
    active: row.active,
  }),
  toRow: (staff: Staff): StaffRow => ({
    id: staff.id,
    site_id: staff.siteId,
    name: staff.name,
    employee_no: staff.employeeNo,
    phone: staff.phone,
    active: staff.active,
  }),
};
