import type { OrgAction } from '@kefu/domain/org';
import { ForbiddenError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Record-level check through the domain's rules; the field's scope only says "may ever". */
export async function requireOnPosition(uc: UseCaseContext, action: OrgAction, positionId: string): Promise<void> {
  const { siteId } = asStaff(uc).principal;
  const access = await uc.access();
  if (!access.can(action, { type: 'position', siteId, positionId })) throw new ForbiddenError(action);
}
