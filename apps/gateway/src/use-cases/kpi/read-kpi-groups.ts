import { listKpiGroups } from '@kefu/db/kpi';
import { findSiteById } from '@kefu/db/sites';
import { KPI_CATALOGUE, kpiFigure, kpiGroupsReadBy, kpiStatus, mayReadKpiGroup, periodOf, rollUpGroup, type KpiGroup, type KpiPeriod, type KpiPeriodKind, type KpiTallies } from '@kefu/domain/kpi';
import type { LocalizedText } from '@kefu/domain/shared';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { readSiteFiguresForGroup, type KpiFigureRow, type KpiScorecard } from './read-kpi-figures.js';

/** A member site in a group view: who it is and its site-level figures against its own targets. */
export type KpiGroupSite = { siteId: string; code: string; name: LocalizedText; scorecard: KpiScorecard };

/** A group's figures over a period: its totals per KPI and its member sites side by side. */
export type KpiGroupView = { group: KpiGroup; period: KpiPeriod; totals: KpiFigureRow[]; sites: KpiGroupSite[] };

const viewerOf = (uc: UseCaseContext) => ({ principal: uc.principal, accountId: uc.accountId });

/** Whether the viewer reads any group: the admin shows its group view only then. */
export async function readsAnyKpiGroup(uc: UseCaseContext): Promise<boolean> {
  if (uc.principal.kind !== 'staff') return false;
  return kpiGroupsReadBy(viewerOf(uc), await listKpiGroups(uc.db)).length > 0;
}

/**
 * The figures of every group the viewer reads (none for anyone else: an empty list), over the
 * period of `kind` holding `day` (today on the viewer's site clock unless given). Each member
 * site's figures are its director's; the group's total sums the sites' facts (rollUpGroup), so
 * a count is the sum over the sites, a rate the ratio of the sums. A group has no target of its
 * own: targets are each site's.
 */
export async function readKpiGroups(ucAny: UseCaseContext, kind: KpiPeriodKind, day: string | null): Promise<KpiGroupView[]> {
  const uc = asStaff(ucAny);
  const viewer = viewerOf(uc);
  const groups = kpiGroupsReadBy(viewer, await listKpiGroups(uc.db));
  if (groups.length === 0) return [];
  const home = await findSiteById(uc.db, uc.principal.siteId);
  const homeZone = home?.timeZone ?? 'Asia/Shanghai';
  const asked = day ?? toSiteLocalDate(uc.now, homeZone);
  // One site after another: each read may first compute and store the site's missing days.
  const views: KpiGroupView[] = [];
  for (const group of groups) {
    const sites: KpiGroupSite[] = [];
    const siteTallies: KpiTallies[] = [];
    for (const siteId of group.siteIds.filter((id) => mayReadKpiGroup(viewer, group, { kind: 'site', siteId: id }))) {
      const site = await findSiteById(uc.db, siteId);
      const figures = await readSiteFiguresForGroup(uc, siteId, kind, asked);
      sites.push({ siteId, code: site?.code ?? '', name: site?.name ?? { zh: '—', en: '—' }, scorecard: figures.scorecard });
      siteTallies.push(figures.tallies);
    }
    const tallies = rollUpGroup(siteTallies);
    const totals = KPI_CATALOGUE.map((kpi) => {
      const figure = kpiFigure(kpi, tallies);
      return { kpi, figure, target: null, status: kpiStatus(kpi, figure, null) };
    });
    views.push({ group, period: periodOf(kind, asked, homeZone), totals, sites });
  }
  return views;
}
