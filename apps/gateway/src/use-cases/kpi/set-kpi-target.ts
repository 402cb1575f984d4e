import { insertKpiTarget } from '@kefu/db/kpi';
import { checkKpiTarget, type KpiTarget, type KpiTargetInput } from '@kefu/domain/kpi';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/** Sets the site's target for one KPI; the earlier ones stay as its history. */
export function setKpiTarget(uc: UseCaseContext, input: KpiTargetInput): Promise<KpiTarget> {
  const staff = asStaff(uc);
  const checked = checkKpiTarget(input);
  return insertKpiTarget(staff.db, { siteId: staff.principal.siteId, ...checked, setById: staff.principal.staffId, setAt: staff.now });
}
