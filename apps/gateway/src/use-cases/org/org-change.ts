import { insertOrgChange, loadOrgChart } from '@kefu/db/org';
import type { Queryable } from '@kefu/db/engine';
import type { FieldChange, OrgChangeKind, OrgChart } from '@kefu/domain/org';
import { inSiteLock } from '../shared/site-lock.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Writes one entry of the org's audit trail, in the change's transaction, as the viewer, now. */
export type RecordOrgChange = (kind: OrgChangeKind, about: { positionId: string; staffId?: string | null }, changes: FieldChange[]) => Promise<void>;

/**
 * Runs an org change in one transaction, serialized per site: the site is locked and the chart
 * reloaded inside it, so two concurrent edits cannot each pass the cycle or overlap check
 * against a chart the other is changing. The work records what it changed through `record`, so
 * the audit trail holds exactly the changes that were committed. Afterwards every replica drops
 * its cached chart.
 */
export async function changeOrg<T>(
  uc: UseCaseContext,
  work: (tx: Queryable, chart: OrgChart, siteId: string, record: RecordOrgChange) => Promise<T>,
): Promise<T> {
  const { siteId, staffId: actorId } = asStaff(uc).principal;
  const result = await inSiteLock(uc, async (tx) => {
    const record: RecordOrgChange = (kind, about, changes) =>
      changes.length === 0
        ? Promise.resolve()
        : insertOrgChange(tx, siteId, { kind, positionId: about.positionId, staffId: about.staffId ?? null, actorId, at: uc.now, changes });
    return work(tx, await loadOrgChart(tx, siteId), siteId, record);
  });
  uc.orgCharts.invalidate(siteId);
  uc.pubsub.publish('orgChanged', { siteId });
  uc.reloadAccess();
  return result;
}

/**
 * The trail names the day a change took effect beside what changed, so a back-dated change reads
 * as such (the audit's `changedAt` stays the moment it was written).
 */
export const withEffectiveDay = (changes: FieldChange[], on: string): FieldChange[] =>
  changes.length === 0 ? changes : [...changes, { field: 'effectiveOn', before: null, after: on }];
