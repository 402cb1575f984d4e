import { insertStaff } from '@kefu/db/org';
import { registerStaff, type NewStaffInput, type Staff } from '@kefu/domain/org';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Adds a person to the staff directory; the chart is untouched until they are assigned. */
export function createStaff(uc: UseCaseContext, input: NewStaffInput): Promise<Staff> {
  const { siteId } = asStaff(uc).principal;
  return insertStaff(uc.db, registerStaff(siteId, input));
}
