import { findTicketPolicies, resetKindPolicy, saveKindPolicy } from '@kefu/db/tickets';
import { checkKindPolicy, POLICY_KINDS, siteDeadlines, type KindDeadlines, type KindPolicyInput, type PolicyKind } from '@kefu/domain/tickets';
import { ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Every kind's deadlines at the viewer's site, with where each comes from (the seeds, the product's default, the site). */
export async function readDeadlinePolicies(uc: UseCaseContext): Promise<KindDeadlines[]> {
  const staff = asStaff(uc);
  return siteDeadlines(await findTicketPolicies(uc.db, staff.principal.siteId));
}

const deadlinesOf = async (uc: UseCaseContext, siteId: string, kind: PolicyKind): Promise<KindDeadlines> =>
  siteDeadlines(await findTicketPolicies(uc.db, siteId)).find((k) => k.kind === kind)!;

/**
 * Sets the site's deadlines for one kind (all three severities), checked by the domain; new
 * tickets of the kind follow them, those already open keep theirs. Answers the kind as it now stands.
 */
export async function setKindDeadlines(uc: UseCaseContext, kind: string, input: KindPolicyInput): Promise<KindDeadlines> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const checked = checkKindPolicy(kind, input);
  await saveKindPolicy(uc.db, siteId, checked.kind, checked.policy, { staffId, at: uc.now });
  return deadlinesOf(uc, siteId, checked.kind);
}

/** Drops the site's deadlines for one kind: the product's default applies again to new tickets. */
export async function resetKindDeadlines(uc: UseCaseContext, kind: string): Promise<KindDeadlines> {
  const staff = asStaff(uc);
  if (!(POLICY_KINDS as readonly string[]).includes(kind)) throw new ValidationError([{ field: 'kind', rule: 'invalid_choice' }]);
  await resetKindPolicy(uc.db, staff.principal.siteId, kind as PolicyKind);
  return deadlinesOf(uc, staff.principal.siteId, kind as PolicyKind);
}
