import { saveMessageEscalation } from '@kefu/db/messages';
import { checkMessageEscalation } from '@kefu/domain/messages';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Sets after how many minutes unacknowledged messages are shown to the taker's supervisors. */
export function setMessageEscalation(uc: UseCaseContext, minutes: number): Promise<number> {
  const staff = asStaff(uc);
  return saveMessageEscalation(uc.db, staff.principal.siteId, checkMessageEscalation(minutes));
}
