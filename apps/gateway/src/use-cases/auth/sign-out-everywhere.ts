import { revokeAllSessionsOf } from '@kefu/db/accounts';
import type { UseCaseContext } from '../shared/use-case-context.js';

/** Ends every session of the viewer's account, this one included; answers how many. */
export function signOutEverywhere(uc: UseCaseContext): Promise<number> {
  return revokeAllSessionsOf(uc.db, uc.accountId);
}
