import type { OrgChart } from '../org/org-chart.js';
import { subordinatesOf } from '../org/reporting-lines.js';
import { chartOn, type DatedOrgChart } from '../org/effective-dating.js';
import type { KpiReach } from './kpi-catalogue.js';
import { addTallies, type KpiTallies } from './kpi-facts.js';

/**
 * Summed facts of one person in one position over a period, as storage returns them. A fact of
 * someone holding no position that day has `positionId` null; one with nobody to count for (a
 * visitor nobody received) has `staffId` null too. Both count only for the site.
 */
export type AttributedTallies = { staffId: string | null; positionId: string | null; tallies: KpiTallies };

/** Whose figure: one person, a position's team (the holder and the tree below), or the whole site. */
export type KpiSubject = { kind: 'site' } | { kind: 'position'; positionId: string; reach: KpiReach } | { kind: 'staff'; staffId: string };

/** Top of the reporting tree: the director, whose figures are the site's. */
const isTop = (chart: OrgChart, positionId: string): boolean => {
  const ids = new Set(chart.positions.map((p) => p.id));
  return !chart.positions.find((p) => p.id === positionId)?.reportsTo.some((up) => ids.has(up));
};

/** The positions a position's figure covers, by its reach; each once, whatever the reporting lines. */
export const positionsCovered = (chart: OrgChart, positionId: string, reach: KpiReach): Set<string> => {
  if (reach === 'self') return new Set([positionId]);
  const below = subordinatesOf(chart, positionId).map((p) => p.id);
  return new Set(reach === 'subtree' ? [positionId, ...below] : below);
};

const sum = (rows: readonly AttributedTallies[]): KpiTallies => rows.reduce<KpiTallies>((acc, row) => addTallies(acc, row.tallies), {});

/**
 * A subject's facts summed from attributed rows. A supervisor's figure covers its subtree; the
 * director's (top of the tree, `subtree` reach) is the site's, facts attributed to nobody included.
 */
export const rollUp = (chart: OrgChart, rows: readonly AttributedTallies[], subject: KpiSubject): KpiTallies => {
  switch (subject.kind) {
    case 'site':
      return sum(rows);
    case 'staff':
      return sum(rows.filter((row) => row.staffId === subject.staffId));
    case 'position': {
      if (subject.reach === 'subtree' && isTop(chart, subject.positionId)) return sum(rows);
      const covered = positionsCovered(chart, subject.positionId, subject.reach);
      return sum(rows.filter((row) => row.positionId !== null && covered.has(row.positionId)));
    }
  }
};

/** Attributed rows of one site-local day each, as storage returns them. */
export type DailyAttributedTallies = AttributedTallies & { day: string };

/**
 * `rollUp` with the chart as it stood on each row's day (the product's own rule): a person-day
 * already counts for the position held that day (dated assignments), and a team's figure takes
 * in the positions that reported to it that day — a reporting line moved mid-month moves only
 * the days after the move.
 */
export const rollUpAsItWas = (dated: DatedOrgChart, rows: readonly DailyAttributedTallies[], subject: KpiSubject): KpiTallies => {
  if (subject.kind !== 'position') return rollUp(chartOn(dated, '9999-12-31'), rows, subject);
  const byDay = new Map<string, DailyAttributedTallies[]>();
  for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  let total: KpiTallies = {};
  for (const [day, dayRows] of byDay) {
    const chart = chartOn(dated, day);
    // A position not yet created (or already retired) that day has no team that day.
    if (!chart.positions.some((p) => p.id === subject.positionId)) continue;
    total = addTallies(total, rollUp(chart, dayRows, subject));
  }
  return total;
};
