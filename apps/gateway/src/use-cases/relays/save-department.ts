import { findDepartmentByCode, findDepartmentById, insertDepartment, updateDepartment } from '@kefu/db/relays';
import { findStaffByIds } from '@kefu/db/org';
import type { Queryable } from '@kefu/db/engine';
import { checkDepartment, type Department, type DepartmentFields, type DepartmentInput } from '@kefu/domain/relays';
import { ForbiddenError, InputChecker, NotFoundError } from '@kefu/domain/shared';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Members must be staff of the site, and the code another department's of no other: field errors otherwise. */
async function refuseClashes(tx: Queryable, siteId: string, fields: DepartmentFields, exceptId: string | null): Promise<void> {
  const checker = new InputChecker();
  const other = await findDepartmentByCode(tx, siteId, fields.code);
  if (other && other.id !== exceptId) checker.add({ field: 'code', rule: 'invalid_choice' });
  const staff = await findStaffByIds(tx, siteId, fields.memberStaffIds);
  if (staff.some((s) => s === null)) checker.add({ field: 'memberStaffIds', rule: 'invalid_choice' });
  checker.check();
}

const mayManage = async (uc: UseCaseContext): Promise<void> => {
  const { siteId } = asStaff(uc).principal;
  if (!(await uc.access()).can('department.manage', { type: 'site', siteId })) throw new ForbiddenError('department.manage');
};

/** Adds a department outside customer service to the viewer's site. */
export async function createDepartment(uc: UseCaseContext, input: DepartmentInput): Promise<Department> {
  await mayManage(uc);
  const fields = checkDepartment(input);
  return inSiteLock(uc, async (tx, siteId) => {
    await refuseClashes(tx, siteId, fields, null);
    return insertDepartment(tx, siteId, fields);
  });
}

/** Rewrites a department: its name, contacts, staff accounts, or retires it (`active: false`). */
export async function editDepartment(uc: UseCaseContext, id: string, input: DepartmentInput): Promise<Department> {
  await mayManage(uc);
  const fields = checkDepartment(input);
  return inSiteLock(uc, async (tx, siteId) => {
    if (!(await findDepartmentById(tx, siteId, id))) throw new NotFoundError('Department', id);
    await refuseClashes(tx, siteId, fields, id);
    return (await updateDepartment(tx, siteId, id, fields))!;
  });
}
