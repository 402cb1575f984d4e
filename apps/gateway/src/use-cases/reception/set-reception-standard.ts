import { saveReceptionStandard } from '@kefu/db/reception';
import { checkReceptionStandard } from '@kefu/domain/reception';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Sets the site's reception standard in minutes (the hall's waiting view marks lateness by it). */
export function setReceptionStandard(uc: UseCaseContext, minutes: number): Promise<number> {
  const staff = asStaff(uc);
  return saveReceptionStandard(uc.db, staff.principal.siteId, checkReceptionStandard(minutes));
}
