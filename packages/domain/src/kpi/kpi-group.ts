import type { LocalizedText } from '../shared/localized-text.js';
import type { Principal } from '../shared/principal.js';
import { addTallies, type KpiTallies } from './kpi-facts.js';

/**
 * A group of sites (集团) and the accounts that read its figures, as the operator set them up
 * (storage: site_groups, sites.group_id, site_group_readers). Issue 18 §1: "a group view across
 * sites for a group-level account"; who reads it is the product's own rule (mayReadKpiGroup).
 */
export type KpiGroup = { id: string; code: string; name: LocalizedText; siteIds: readonly string[]; readerAccountIds: readonly string[] };

/** What of a group one may ask for: its totals, or one member site's site-level figures. */
export type KpiGroupSubject = { kind: 'group' } | { kind: 'site'; siteId: string };

/** Who asks: the signed-in principal and their account (null when nobody is signed in). */
export type KpiGroupViewer = { principal: Principal; accountId: string | null };

/**
 * Whether `viewer` may read `subject` of `group`. A reader of the group (a staff account the
 * operator named) reads the group's totals and each member site's site-level figures; nobody
 * else reads anything of the group, whatever they may read on their own site; and a reader reads
 * no site outside the group through it. Never a team's or a person's figures: those stay behind
 * mayReadKpi on their own site. The product's own rule.
 */
export const mayReadKpiGroup = (viewer: KpiGroupViewer, group: KpiGroup, subject: KpiGroupSubject): boolean => {
  if (viewer.principal.kind !== 'staff' || viewer.accountId === null) return false;
  if (!group.readerAccountIds.includes(viewer.accountId)) return false;
  return subject.kind === 'group' || group.siteIds.includes(subject.siteId);
};

/** The groups `viewer` reads, in the order given. */
export const kpiGroupsReadBy = (viewer: KpiGroupViewer, groups: readonly KpiGroup[]): KpiGroup[] => groups.filter((g) => mayReadKpiGroup(viewer, g, { kind: 'group' }));

/**
 * A group's facts from its member sites' (each the site's own roll-up, `rollUp(…, { kind: 'site' })`):
 * summed fact by fact, so through `kpiFigure` a count is the sum over the sites, a rate the ratio
 * of the summed numerators and denominators, a mean the mean weighted by each site's count.
 */
export const rollUpGroup = (siteTallies: readonly KpiTallies[]): KpiTallies => siteTallies.reduce<KpiTallies>((acc, t) => addTallies(acc, t), {});
