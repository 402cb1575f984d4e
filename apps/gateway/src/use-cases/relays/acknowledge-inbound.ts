import { findInboundById, markInboundAcknowledged } from '@kefu/db/relays';
import { acknowledgeInbound as acknowledged, type Inbound } from '@kefu/domain/relays';
import { NotFoundError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * Customer service acknowledges (受理) inbound information; from then on a notice meant for
 * requesters shows on their portal. Acknowledging it again changes nothing.
 */
export async function acknowledgeInbound(uc: UseCaseContext, id: string): Promise<Inbound> {
  const staff = asStaff(uc);
  const current = await findInboundById(uc.db, staff.principal.siteId, id);
  if (!current) throw new NotFoundError('Inbound', id);
  const next = acknowledged(current, staff.principal.staffId, uc.now);
  if (next === current) return current;
  const stored = await markInboundAcknowledged(uc.db, next);
  if (!stored) throw new NotFoundError('Inbound', id);
  return stored;
}
