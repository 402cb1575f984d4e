import { findKpiFacts, findTicketsBehindFigure, listKpiTargets, type DailyKpiFacts, type DrillableFact, type TicketBehindFigure } from '@kefu/db/kpi';
import { findReceptionStandard } from '@kefu/db/reception';
import { findSiteById } from '@kefu/db/sites';
import {
  KPI_CATALOGUE,
  kpiFigure,
  kpisOfPosition,
  kpiStatus,
  mayReadKpi,
  positionsCovered,
  rollUp,
  rollUpAsItWas,
  targetInForce,
  trendPeriods,
  periodOf,
  type KpiDefinition,
  type KpiFigure,
  type KpiPeriod,
  type KpiPeriodKind,
  type KpiStatus,
  type KpiSubject,
  type KpiTallies,
  type KpiTarget,
} from '@kefu/domain/kpi';
import { positionsHeldBy, subordinatesOf, type DatedOrgChart, type OrgChart } from '@kefu/domain/org';
import { loadDatedOrgChart } from '@kefu/db/org';
import { permissions } from '@kefu/domain/permissions';
import { NotFoundError } from '@kefu/domain/shared';
import { toSiteLocalDate } from '@kefu/domain/sites';
import { asStaff, type StaffUseCaseContext, type UseCaseContext } from '../shared/use-case-context.js';

/** Whose figures, as a client names them: the site, a position's team, or one member of staff. */
export type KpiSubjectRef = { kind: 'site' } | { kind: 'position'; positionId: string } | { kind: 'staff'; staffId: string };

export type KpiFigureRow = { kpi: KpiDefinition; figure: KpiFigure; target: number | null; status: KpiStatus };
export type KpiScorecard = { subject: KpiSubjectRef; period: KpiPeriod; figures: KpiFigureRow[] };

/**
 * What one site's figures are read with: its chart, clock and targets. `dated` holds every dated
 * row of the chart: a team's figure rolls each day up as the chart stood that day.
 */
type Reading = { uc: StaffUseCaseContext; siteId: string; chart: OrgChart; dated: DatedOrgChart; timeZone: string; targets: KpiTarget[] };

async function readingOf(uc: StaffUseCaseContext, siteId: string, chart: OrgChart): Promise<Reading> {
  const site = await findSiteById(uc.db, siteId);
  return {
    uc,
    siteId,
    chart,
    dated: await loadDatedOrgChart(uc.db, siteId),
    timeZone: site?.timeZone ?? 'Asia/Shanghai',
    targets: await listKpiTargets(uc.db, siteId),
  };
}

/** The viewer's own site. */
async function startReading(ucAny: UseCaseContext): Promise<Reading> {
  const uc = asStaff(ucAny);
  const { chart } = await uc.access();
  if (!chart) throw new NotFoundError('Site', uc.principal.siteId);
  return readingOf(uc, uc.principal.siteId, chart);
}

/** The subject checked: it exists on the viewer's site and the viewer may read it; else NOT_FOUND, as for a missing one. */
function checkedSubject(r: Reading, ref: KpiSubjectRef): KpiSubjectRef {
  const known =
    ref.kind === 'site' ||
    (ref.kind === 'position' && r.chart.positions.some((p) => p.id === ref.positionId)) ||
    (ref.kind === 'staff' && r.chart.assignments.some((a) => a.staffId === ref.staffId));
  const subject: KpiSubject = ref.kind === 'position' ? { kind: 'position', positionId: ref.positionId, reach: 'subtree' } : ref;
  if (!known || !mayReadKpi(permissions, r.uc.principal, r.chart, r.uc.now, subject)) {
    throw new NotFoundError(ref.kind === 'staff' ? 'Staff' : ref.kind === 'position' ? 'Position' : 'Site', ref.kind === 'staff' ? ref.staffId : ref.kind === 'position' ? ref.positionId : 'site');
  }
  return ref;
}

/** The positions a member of staff held at some time in the period (the last day first). */
const positionsInPeriod = (chart: OrgChart, staffId: string, period: KpiPeriod, now: Date) => {
  const at = new Date(Math.min(now.getTime(), period.to.getTime() - 1));
  const held = positionsHeldBy(chart, staffId, at);
  return held.length > 0 ? held : positionsHeldBy(chart, staffId, period.from);
};

/** The KPIs a subject is measured by: the site every KPI, a position its own, a person those of the positions held. */
function kpisOf(r: Reading, ref: KpiSubjectRef, period: KpiPeriod): KpiDefinition[] {
  if (ref.kind === 'site') return [...KPI_CATALOGUE];
  const codes = ref.kind === 'position' ? [r.chart.positions.find((p) => p.id === ref.positionId)!.code] : positionsInPeriod(r.chart, ref.staffId, period, r.uc.now).map((p) => p.code);
  const wanted = new Set(codes.flatMap((code) => kpisOfPosition(code).map((k) => k.code)));
  return KPI_CATALOGUE.filter((k) => wanted.has(k.code));
}

/** A subject's summed facts for one KPI: its reach decides whose rows count (kpi-rollup.ts). */
function talliesFor(r: Reading, rows: DailyKpiFacts[], ref: KpiSubjectRef, kpi: KpiDefinition, period: KpiPeriod): KpiTallies {
  if (ref.kind === 'site') return rollUp(r.chart, rows, { kind: 'site' });
  if (ref.kind === 'position') return rollUpAsItWas(r.dated, rows, { kind: 'position', positionId: ref.positionId, reach: kpi.reach });
  if (kpi.reach !== 'below') return rollUp(r.chart, rows, { kind: 'staff', staffId: ref.staffId });
  // 所属下级: the teams below the positions the person holds.
  const below = new Set(positionsInPeriod(r.chart, ref.staffId, period, r.uc.now).flatMap((p) => [...positionsCovered(r.chart, p.id, 'below')]));
  return rollUp(r.chart, rows.filter((row) => row.positionId !== null && below.has(row.positionId)), { kind: 'site' });
}

function scorecard(r: Reading, rows: DailyKpiFacts[], ref: KpiSubjectRef, period: KpiPeriod): KpiScorecard {
  const inPeriod = rows.filter((row) => row.day >= period.startDay && row.day < period.endDay);
  return {
    subject: ref,
    period,
    figures: kpisOf(r, ref, period).map((kpi) => {
      const figure = kpiFigure(kpi, talliesFor(r, inPeriod, ref, kpi, period));
      const target = targetInForce(kpi.code, r.targets);
      return { kpi, figure, target, status: kpiStatus(kpi, figure, target) };
    }),
  };
}

async function factsOver(r: Reading, periods: KpiPeriod[]): Promise<DailyKpiFacts[]> {
  const standard = await findReceptionStandard(r.uc.db, r.siteId);
  return findKpiFacts(r.uc.db, r.siteId, { from: periods[0]!.from, to: periods[periods.length - 1]!.to }, { timeZone: r.timeZone, receptionStandardMinutes: standard });
}

/** The site-local day a period is asked by; today when none is given. */
const dayOr = (r: Reading, day: string | null): string => day ?? toSiteLocalDate(r.uc.now, r.timeZone);

/** One subject's figures over the period of `kind` holding `day`. */
export async function readKpiScorecard(uc: UseCaseContext, ref: KpiSubjectRef, kind: KpiPeriodKind, day: string | null): Promise<KpiScorecard> {
  const r = await startReading(uc);
  checkedSubject(r, ref);
  const period = periodOf(kind, dayOr(r, day), r.timeZone);
  return scorecard(r, await factsOver(r, [period]), ref, period);
}

/** One subject's figures over `count` periods ending with the one holding `day`, oldest first. */
export async function readKpiTrend(uc: UseCaseContext, ref: KpiSubjectRef, kind: KpiPeriodKind, day: string | null, count: number): Promise<KpiScorecard[]> {
  const r = await startReading(uc);
  checkedSubject(r, ref);
  const periods = trendPeriods(kind, dayOr(r, day), count, r.timeZone);
  const rows = await factsOver(r, periods);
  return periods.map((period) => scorecard(r, rows, ref, period));
}

/**
 * A team side by side: the position's own figure, then each team within it (a position below
 * that leads one), then every person who held a position of the team in the period, from one
 * read of the facts.
 */
export async function readKpiTeam(uc: UseCaseContext, positionId: string, kind: KpiPeriodKind, day: string | null): Promise<{ team: KpiScorecard; units: KpiScorecard[]; people: KpiScorecard[] }> {
  const r = await startReading(uc);
  checkedSubject(r, { kind: 'position', positionId });
  const period = periodOf(kind, dayOr(r, day), r.timeZone);
  const rows = await factsOver(r, [period]);
  const below = subordinatesOf(r.chart, positionId);
  // The teams within it: every position below that leads a team of its own (the floor team under the department).
  const teams = below.filter((p) => r.chart.positions.some((q) => q.reportsTo.includes(p.id)));
  const covered = new Set([positionId, ...below.map((p) => p.id)]);
  const people = [
    ...new Set(
      r.chart.assignments
        .filter((a) => covered.has(a.positionId) && a.startsOn.getTime() < period.to.getTime() && (a.endsOn === null || a.endsOn.getTime() > period.from.getTime()))
        .map((a) => a.staffId),
    ),
  ];
  return {
    team: scorecard(r, rows, { kind: 'position', positionId }, period),
    units: teams.map((p) => scorecard(r, rows, { kind: 'position', positionId: p.id }, period)),
    people: people.map((staffId) => scorecard(r, rows, { kind: 'staff', staffId }, period)),
  };
}

/** The tickets behind a subject's ticket figure in the period, newest decision first. */
export async function readTicketsBehindFigure(
  uc: UseCaseContext,
  ref: KpiSubjectRef,
  fact: DrillableFact,
  kind: KpiPeriodKind,
  day: string | null,
  first: number,
): Promise<TicketBehindFigure[]> {
  const r = await startReading(uc);
  checkedSubject(r, ref);
  const period = periodOf(kind, dayOr(r, day), r.timeZone);
  const positionIds = ref.kind === 'position' ? [...positionsCovered(r.chart, ref.positionId, 'subtree')] : null;
  const topOfTree = ref.kind === 'position' && !r.chart.positions.find((p) => p.id === ref.positionId)!.reportsTo.some((up) => r.chart.positions.some((p) => p.id === up));
  return findTicketsBehindFigure(uc.db, r.siteId, period, {
    timeZone: r.timeZone,
    fact,
    staffId: ref.kind === 'staff' ? ref.staffId : null,
    // The director's figure is the site's: every ticket, attributed or not.
    positionIds: ref.kind === 'site' || topOfTree ? null : positionIds,
    limit: first,
  });
}

/** The site's targets, every setting newest first. */
export async function readKpiTargets(uc: UseCaseContext): Promise<KpiTarget[]> {
  const staff = asStaff(uc);
  return listKpiTargets(staff.db, staff.principal.siteId);
}

/**
 * The KPI tables of a month's report from one read of the facts: the site, every position with a
 * team below it, every person who held a position in the month. The report is the site's
 * document, behind `kpi.report.view`, so no subject is checked one by one.
 */
export async function readReportScorecards(uc: UseCaseContext, month: string): Promise<{ period: KpiPeriod; site: KpiScorecard; teams: KpiScorecard[]; people: KpiScorecard[] }> {
  const r = await startReading(uc);
  const period = periodOf('month', `${month}-01`, r.timeZone);
  const rows = await factsOver(r, [period]);
  const teams = r.chart.positions.filter((p) => r.chart.positions.some((q) => q.reportsTo.includes(p.id)));
  const people = [
    ...new Set(
      r.chart.assignments
        .filter((a) => a.startsOn.getTime() < period.to.getTime() && (a.endsOn === null || a.endsOn.getTime() > period.from.getTime()))
        .map((a) => a.staffId),
    ),
  ];
  return {
    period,
    site: scorecard(r, rows, { kind: 'site' }, period),
    teams: teams.map((p) => scorecard(r, rows, { kind: 'position', positionId: p.id }, period)),
    people: people.map((staffId) => scorecard(r, rows, { kind: 'staff', staffId }, period)),
  };
}

export type KpiStartingPoints = { site: boolean; teamPositionIds: string[]; staffId: string };

/** Where the viewer's KPI page starts: the site (at the top of the tree), the teams they lead, their own figures. */
export async function readKpiStartingPoints(uc: UseCaseContext): Promise<KpiStartingPoints> {
  const r = await startReading(uc);
  const { principal, now } = r.uc;
  const teams = positionsHeldBy(r.chart, principal.staffId, now).filter(
    (p) => subordinatesOf(r.chart, p.id).length > 0 && mayReadKpi(permissions, principal, r.chart, now, { kind: 'position', positionId: p.id, reach: 'subtree' }),
  );
  return { site: mayReadKpi(permissions, principal, r.chart, now, { kind: 'site' }), teamPositionIds: teams.map((p) => p.id), staffId: principal.staffId };
}

/** One member site's figures in a group view, with the facts they were computed from. */
export type KpiSiteFigures = { siteId: string; scorecard: KpiScorecard; tallies: KpiTallies };

/**
 * A site's own figures over the period of `kind` holding `day` — the director's site scorecard,
 * the same computation as `kpiScorecard` for the site (every KPI, the site's roll-up, the site's
 * targets) — and the site's summed facts, for a group's roll-up. For a site other than the
 * viewer's: the caller has already checked the viewer reads it (mayReadKpiGroup).
 */
export async function readSiteFiguresForGroup(ucAny: UseCaseContext, siteId: string, kind: KpiPeriodKind, day: string): Promise<KpiSiteFigures> {
  const uc = asStaff(ucAny);
  const r = await readingOf(uc, siteId, await uc.orgCharts.get(uc.db, siteId));
  const period = periodOf(kind, day, r.timeZone);
  const rows = (await factsOver(r, [period])).filter((row) => row.day >= period.startDay && row.day < period.endDay);
  return { siteId, scorecard: scorecard(r, rows, { kind: 'site' }, period), tallies: rollUp(r.chart, rows, { kind: 'site' }) };
}
