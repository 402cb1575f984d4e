import { updateFollowUp } from '@kefu/db/followups';
import { decideUnreached, followUpResource, type FollowUp, type UnreachedDecision } from '@kefu/domain/followups';
import { can } from '@kefu/domain/permissions';
import { StaleVersionError, ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { followUpToWork, type FollowUpTarget } from './record-follow-up-call.js';

/**
 * The supervisor's decision after the last failed attempt: close without reaching the requester,
 * or assign the call again to a member of staff who may make it (a field error otherwise).
 */
export async function decideFollowUp(uc: UseCaseContext, target: FollowUpTarget, decision: UnreachedDecision): Promise<FollowUp> {
  const { siteId } = asStaff(uc).principal;
  const followUp = await followUpToWork(uc, target, 'followup.decide');
  if (decision.kind === 'reassign') {
    const access = await uc.access();
    const caller = { kind: 'staff', siteId, staffId: decision.callerId } as const;
    if (!access.chart || !can(caller, 'followup.call', followUpResource(followUp), access.chart, uc.now)) {
      throw new ValidationError([{ field: 'callerId', rule: 'invalid_choice' }]);
    }
  }
  const next = decideUnreached(followUp, decision, { now: uc.now });
  const saved = await uc.db.transaction((tx) => updateFollowUp(tx, next, followUp.version, followUp.attempts.length));
  if (!saved) throw new StaleVersionError('FollowUp', followUp.id, followUp.version);
  return saved;
}
