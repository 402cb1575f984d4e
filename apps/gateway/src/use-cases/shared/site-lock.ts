import { lockSite } from '@kefu/db/sites';
import type { Queryable } from '@kefu/db/engine';
import type { UseCaseContext } from './use-case-context.js';

/**
 * Runs `work` in one transaction that holds the viewer's site: writes checked against the
 * site's current state (an org chart with no cycle, assignments that do not overlap) run one
 * at a time, each against what the one before it committed.
 */
export function inSiteLock<T>(uc: UseCaseContext, work: (tx: Queryable, siteId: string) => Promise<T>): Promise<T> {
  const { siteId } = uc.principal;
  return uc.db.transaction(async (tx) => {
    await lockSite(tx, siteId);
    return work(tx, siteId);
  });
}
