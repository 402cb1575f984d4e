import { randomUUID } from 'node:crypto';
import { insertPosition, loadOrgChart } from '@kefu/db/org';
import { designPosition, positionChanges, ORG_EDIT_ACTION, positionsHeldBy, SCOPE_REACH, type NewPositionInput, type Position } from '@kefu/domain/org';
import { permissions } from '@kefu/domain/permissions';
import { ForbiddenError, ValidationError } from '@kefu/domain/shared';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { effectiveDayOf } from './effective-day.js';
import { changeOrg, withEffectiveDay } from './org-change.js';

/**
 * Creates a position of the viewer's site (a custom one, with a code of its own). The editor
 * must be able to edit every position the new one reports to, or be one of them — so a deputy
 * adds positions below itself; a position at the top needs `org.edit` site-wide. It starts with
 * the baseline grants only: the permission matrix gives it more. The product's own rule.
 * It exists from `effectiveOn` (the site's today when left out), when its superiors existed too.
 */
export async function createPosition(uc: UseCaseContext, input: NewPositionInput, effectiveOn: Date | null = null): Promise<Position> {
  const { principal } = asStaff(uc);
  return changeOrg(uc, async (tx, chart, siteId, record) => {
    const held = new Set(positionsHeldBy(chart, principal.staffId, uc.now).map((p) => p.id));
    const mayPlace =
      input.reportsTo.length === 0
        ? permissions.reachOf(chart, principal.staffId, ORG_EDIT_ACTION, uc.now) >= SCOPE_REACH.site
        : input.reportsTo.every(
            (superior) =>
              held.has(superior) ||
              permissions.can(principal, ORG_EDIT_ACTION, { type: 'position', siteId, positionId: superior }, chart, uc.now) ||
              !chart.positions.some((p) => p.id === superior),
          );
    if (!mayPlace) throw new ForbiddenError(ORG_EDIT_ACTION);
    const position = designPosition(chart, input, `custom_${randomUUID().slice(0, 8)}`);
    const on = await effectiveDayOf(tx, siteId, uc.now, effectiveOn, null);
    if (effectiveOn) {
      const then = await loadOrgChart(tx, siteId, on);
      if (!input.reportsTo.every((id) => then.positions.some((p) => p.id === id))) throw new ValidationError([{ field: 'effectiveOn', rule: 'before_last_change' }]);
    }
    const created = await insertPosition(tx, position, on);
    await record('position.create', { positionId: created.id }, withEffectiveDay(positionChanges(null, created), on));
    return created;
  });
}
