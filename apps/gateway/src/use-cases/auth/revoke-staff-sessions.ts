import { revokeAllSessionsOfStaff } from '@kefu/db/accounts';
import { ForbiddenError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Signs a member of staff out on every device at once (a lost phone, a departure); answers how many sessions ended. */
export async function revokeStaffSessions(uc: UseCaseContext, staffId: string): Promise<number> {
  const { siteId } = asStaff(uc).principal;
  const access = await uc.access();
  if (!access.can('staff.edit', { type: 'staff', siteId, staffId })) throw new ForbiddenError('staff.edit');
  const revoked = await revokeAllSessionsOfStaff(uc.db, siteId, staffId);
  uc.logger.info('staff sessions revoked', { requestId: uc.requestId, staffId, revoked });
  return revoked;
}
