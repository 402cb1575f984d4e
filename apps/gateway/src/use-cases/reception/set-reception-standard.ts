import { saveReceptionStandard } from '@kefu/db/reception';
import { checkReceptionStandard } from '@kefu/domain/reception';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { publishReceptionChanged } from './publish-reception-changed.js';

/** Sets the site's reception standard in minutes (the hall's waiting view marks lateness by it). */
export async function setReceptionStandard(uc: UseCaseContext, minutes: number): Promise<number> {
  const staff = asStaff(uc);
  const saved = await saveReceptionStandard(uc.db, staff.principal.siteId, checkReceptionStandard(minutes));
  publishReceptionChanged(uc);
  return saved;
}
