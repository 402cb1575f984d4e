import { DRILLABLE_FACTS, type TicketBehindFigure } from '@kefu/db/kpi';
import type { FollowUpTotals, IntakeCount, Recurring, RelayTotals, ReportAnalysis, SlaCompliance } from '@kefu/db/kpi';
import {
  complianceRate,
  factsOf,
  isSourceAvailable,
  KPI_CODES,
  KPI_DIRECTIONS,
  KPI_FACTS,
  KPI_PERIOD_KINDS,
  KPI_REACHES,
  KPI_STATUSES,
  KPI_UNITS,
  NO_DATA_REASONS,
  type KpiDefinition,
  type KpiTarget,
  type SeedReference,
} from '@kefu/domain/kpi';
import type { LocalizedText } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import type { KpiFigureRow, KpiScorecard, KpiStartingPoints } from '../../use-cases/kpi/read-kpi-figures.js';
import type { KpiGroupSite, KpiGroupView } from '../../use-cases/kpi/read-kpi-groups.js';
import type { MonthlyReport } from '../../use-cases/kpi/read-monthly-report.js';
import { domainEnum } from '../common/domain-enum.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { signedInStaff } from '../common/request-scope.js';

export const KpiCodeEnum = domainEnum('KpiCode', KPI_CODES, 'A KPI of the catalogue (关键绩效指标).', {
  valid_complaints: '有效投诉次数: valid complaints.',
  personal_valid_complaints: '个人有效投诉次数: valid complaints whose subject is the person.',
  subordinate_complaint_rate: '所属下级有效投诉率: subordinates’ valid-complaint rate.',
  department_complaint_rate: '部门投诉率: valid complaints per 1,000 reception-log contacts.',
  service_problem_rate: '服务问题率: valid complaints per 100 decided tickets.',
  on_time_reception_rate: '来客准时接待率: contacts received within the reception standard.',
  relay_accuracy: '信息传递准确率: relays that reached the right department at once.',
  followup_on_time_rate: '客户意见定时回访率: follow-ups made by their deadline.',
  followup_handling_rate: '回访处理率: repairs followed up (seed 001: 100%).',
  survey_completion_rate: '满意度调查完成率: survey questionnaires completed.',
  customer_satisfaction: '客户满意度: customers’ mean stars.',
  merchant_satisfaction: '商户满意度: merchants’ mean stars.',
  on_time_departure_rate: '按时出车率: shuttle-cart departures on time.',
  flow_count_completion: '客流统计完成情况: passenger-flow counts done.',
  vehicle_inspections: '车辆检查次数: shuttle-cart inspections.',
});

export const KpiUnitEnum = domainEnum('KpiUnit', KPI_UNITS, 'How a KPI’s figure reads.', {
  percent: 'A percentage (0–100).',
  per_mille: 'Per thousand.',
  count: 'A count.',
  score: 'Mean stars, 1–5.',
});

export const KpiDirectionEnum = domainEnum('KpiDirection', KPI_DIRECTIONS, 'Which way a KPI is better.', {
  higher: 'Higher is better.',
  lower: 'Lower is better.',
});

export const KpiReachEnum = domainEnum('KpiReach', KPI_REACHES, 'Whose facts a position’s figure covers.', {
  subtree: 'The holder’s and everyone’s below (the director’s: the site).',
  below: 'Only those below the holder (所属下级).',
  self: 'Only the holder’s own.',
});

export const KpiStatusEnum = domainEnum('KpiStatus', KPI_STATUSES, 'A figure against its target (red/amber/green).', {
  green: 'At or beyond the target.',
  amber: 'Short of the target within the margin of its unit.',
  red: 'Short of the target beyond the margin.',
  no_target: 'No target is set.',
  no_data: 'No figure (see `noDataReason`).',
});

export const KpiNoDataReasonEnum = domainEnum('KpiNoDataReason', NO_DATA_REASONS, 'Why a KPI has no figure; never shown as 0.', {
  source_pending: 'Its facts are not stored yet (the context that records them is not built).',
  no_events: 'Nothing happened in the period to make it a rate or a mean of.',
});

export const KpiPeriodKindEnum = domainEnum('KpiPeriodKind', KPI_PERIOD_KINDS, 'A KPI period on the site’s clock.', {
  month: 'A calendar month.',
  week: 'A week, Monday to Sunday.',
});

export const KpiSubjectKindEnum = domainEnum('KpiSubjectKind', ['site', 'position', 'staff'] as const, 'Whose figures.', {
  site: 'The whole site (the director’s figures).',
  position: 'A position’s team: its holders and everyone below.',
  staff: 'One member of staff.',
});

export const KpiDrillFactEnum = domainEnum('KpiDrillFact', DRILLABLE_FACTS, 'Which tickets behind a figure.', {
  valid_complaints: 'Complaints decided valid.',
  decided_tickets: 'Tickets decided (resolved or judged 无效).',
  ratings: 'Rated tickets decided.',
});

const SeedReferenceRef = builder.objectRef<SeedReference>('KpiSeedReference').implement({
  description: 'Where a seed job description names a KPI.',
  authScopes: { staff: true },
  fields: (t) => ({
    file: t.exposeString('file', { description: 'The seed file.' }),
    line: t.exposeInt('line', { description: 'Its line.' }),
    position: t.exposeString('position', { description: 'The catalogue position the line describes.' }),
    wording: t.exposeString('wording', { description: 'The seed’s own words.' }),
  }),
});

export const KpiDefinitionRef = builder.objectRef<KpiDefinition>('KpiDefinition').implement({
  description: 'A KPI of the catalogue: its words, its formula over stored facts, its positions. Staff with `kpi.view`.',
  authScopes: { can: 'kpi.view' },
  fields: (t) => ({
    code: t.field({ type: KpiCodeEnum, description: 'Its code.', resolve: (k) => k.code }),
    name: t.field({ type: LocalizedTextRef, description: 'Its name (有效投诉次数).', resolve: (k) => k.name }),
    seed: t.field({ type: [SeedReferenceRef], description: 'The seed’s wording and where it comes from.', resolve: (k) => [...k.seed] }),
    formula: t.field({ type: LocalizedTextRef, description: 'The formula in words.', resolve: (k) => k.formulaText }),
    formulaByProduct: t.boolean({ description: 'True when the seed gives no formula and this one is the product’s.', resolve: (k) => k.formulaBy === 'product' }),
    unit: t.field({ type: KpiUnitEnum, description: 'How its figure reads.', resolve: (k) => k.unit }),
    direction: t.field({ type: KpiDirectionEnum, description: 'Which way is better.', resolve: (k) => k.direction }),
    reach: t.field({ type: KpiReachEnum, description: 'Whose facts a position’s figure covers.', resolve: (k) => k.reach }),
    positions: t.stringList({ description: 'Codes of the catalogue positions measured by it.', resolve: (k) => [...k.positions] }),
    dataAvailable: t.boolean({ description: 'False while the facts it reads are not stored (its figure is then no data).', resolve: (k) => factsOf(k.formula).every((f) => isSourceAvailable(KPI_FACTS[f])) }),
    seedTarget: t.float({ nullable: true, description: 'A target the seed itself sets (回访处理率 100%).', resolve: (k) => k.seedTarget }),
  }),
});

export const KpiFigureRef = builder.objectRef<KpiFigureRow>('KpiFigure').implement({
  description: 'One KPI’s figure for a subject and period, against the site’s target. Reached through a scorecard the viewer may read.',
  authScopes: { staff: true },
  fields: (t) => ({
    kpi: t.field({ type: KpiDefinitionRef, description: 'The KPI.', resolve: (f) => f.kpi }),
    value: t.float({ nullable: true, description: 'The figure (two decimals); null when there is no data.', resolve: (f) => (f.figure.kind === 'value' ? f.figure.value : null) }),
    numerator: t.float({ nullable: true, description: 'What it counts (a count, a rate’s numerator, a mean’s sum).', resolve: (f) => (f.figure.kind === 'value' ? f.figure.numerator : null) }),
    denominator: t.float({ nullable: true, description: 'What a rate or mean divides by; null for a count.', resolve: (f) => (f.figure.kind === 'value' ? f.figure.denominator : null) }),
    noDataReason: t.field({ type: KpiNoDataReasonEnum, nullable: true, description: 'Why there is no figure.', resolve: (f) => (f.figure.kind === 'no_data' ? f.figure.reason : null) }),
    target: t.float({ nullable: true, description: 'The target in force: the site’s newest, else the seed’s.', resolve: (f) => f.target }),
    status: t.field({ type: KpiStatusEnum, description: 'Red, amber or green against the target.', resolve: (f) => f.status }),
  }),
});

const localDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** A subject's display name: a person’s name, a position’s title, or the site. */
async function subjectName(card: KpiScorecard, ctx: GatewayContext): Promise<LocalizedText> {
  const s = card.subject;
  if (s.kind === 'site') return { zh: '全场', en: 'Whole site' };
  if (s.kind === 'staff') {
    const staff = await signedInStaff(ctx).loaders.staff.load(s.staffId);
    return { zh: staff?.name ?? '—', en: staff?.name ?? '—' };
  }
  const { chart } = await ctx.access();
  return chart?.positions.find((p) => p.id === s.positionId)?.title ?? { zh: '—', en: '—' };
}

export const KpiScorecardRef = builder.objectRef<KpiScorecard>('KpiScorecard').implement({
  description: 'A subject’s KPI figures over one period. Reached only through fields that checked the viewer may read the subject.',
  authScopes: { staff: true },
  fields: (t) => ({
    subjectKind: t.field({ type: KpiSubjectKindEnum, description: 'Whose figures.', resolve: (c) => c.subject.kind }),
    subjectId: t.id({ nullable: true, description: 'The position’s or staff member’s id; null for the site.', resolve: (c) => (c.subject.kind === 'position' ? c.subject.positionId : c.subject.kind === 'staff' ? c.subject.staffId : null) }),
    name: t.field({ type: LocalizedTextRef, description: 'A person’s name, a position’s title, or the site.', resolve: (c, _args, ctx) => subjectName(c, ctx) }),
    periodStart: t.field({ type: 'LocalDate', description: 'The period’s first day (site-local).', resolve: (c) => localDay(c.period.startDay) }),
    periodEnd: t.field({ type: 'LocalDate', description: 'The day after its last.', resolve: (c) => localDay(c.period.endDay) }),
    figures: t.field({ type: [KpiFigureRef], description: 'One figure per KPI the subject is measured by, in catalogue order.', resolve: (c) => c.figures }),
  }),
});

export const KpiTeamRef = builder.objectRef<{ team: KpiScorecard; units: KpiScorecard[]; people: KpiScorecard[] }>('KpiTeam').implement({
  description: 'A team side by side: its own figure, each team within it, each person in it.',
  authScopes: { staff: true },
  fields: (t) => ({
    team: t.field({ type: KpiScorecardRef, description: 'The team’s figure (its position’s subtree).', resolve: (x) => x.team }),
    units: t.field({ type: [KpiScorecardRef], description: 'Each team within it: a position below that leads a team of its own.', resolve: (x) => x.units }),
    people: t.field({ type: [KpiScorecardRef], description: 'Each person who held a position of the team in the period.', resolve: (x) => x.people }),
  }),
});

export const KpiTicketRef = builder.objectRef<TicketBehindFigure>('KpiTicket').implement({
  description: 'A ticket behind a KPI figure, as the drill-down lists it. Reached only through `kpiTickets`.',
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The ticket’s id.' }),
    number: t.exposeInt('number', { description: 'Its number (KF-000123).' }),
    kind: t.exposeString('kind', { description: 'Its kind (complaint, repair …).' }),
    status: t.exposeString('status', { description: 'Its status now.' }),
    severity: t.exposeString('severity', { description: 'Its severity.' }),
    title: t.exposeString('title', { description: 'Its one-line summary.' }),
    satisfaction: t.int({ nullable: true, description: 'The stars given, if any.', resolve: (x) => x.satisfaction }),
    decidedAt: t.field({ type: 'DateTime', description: 'When it was decided (resolved or judged 无效).', resolve: (x) => x.decidedAt }),
    staffId: t.id({ nullable: true, description: 'Whom it counts for: the holder at the deciding event.', resolve: (x) => x.staffId }),
  }),
});

export const KpiTargetRef = builder.objectRef<KpiTarget>('KpiTarget').implement({
  description: 'A target the site set for one KPI, at a time, by someone; the newest is in force. Staff with `kpi.view`.',
  authScopes: { can: 'kpi.view' },
  fields: (t) => ({
    kpi: t.field({ type: KpiCodeEnum, description: 'The KPI.', resolve: (x) => x.kpi }),
    target: t.exposeFloat('target', { description: 'The target, in the KPI’s unit.' }),
    note: t.exposeString('note', { nullable: true, description: 'Why, in the setter’s words.' }),
    setAt: t.field({ type: 'DateTime', description: 'When it was set.', resolve: (x) => x.setAt }),
    setById: t.exposeID('setById', { description: 'Who set it (a Staff id).' }),
  }),
});

const IntakeCountRef = builder.objectRef<IntakeCount>('KpiIntakeCount').implement({
  description: 'Tickets received in the month of one kind, channel (source), severity and requester kind.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Ticket kind.' }),
    channel: t.exposeString('channel', { description: 'How it came in (来电/来访/信函/网上).' }),
    severity: t.exposeString('severity', { description: 'Severity.' }),
    requesterKind: t.exposeString('requesterKind', { description: 'Merchant, customer or owner.' }),
    count: t.exposeInt('count', { description: 'How many.' }),
    invalid: t.exposeInt('invalid', { description: 'Of those, judged 无效.' }),
  }),
});

const SlaRef = builder.objectRef<SlaCompliance>('KpiSlaCompliance').implement({
  description: 'One deadline’s compliance among tickets whose deadline fell in the month.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    deadline: t.exposeString('deadline', { description: 'handover, reply or resolve.' }),
    met: t.exposeInt('met', { description: 'Met by the deadline.' }),
    due: t.exposeInt('due', { description: 'Due in the month.' }),
    rate: t.float({ nullable: true, description: 'Percent met; null with nothing due.', resolve: (x) => complianceRate(x.met, x.due) }),
  }),
});

const RelayTotalsRef = builder.objectRef<RelayTotals>('KpiRelayTotals').implement({
  description: 'Relays sent in the month and their accuracy.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    relayed: t.exposeInt('relayed', { description: 'Relays sent.' }),
    misrouted: t.exposeInt('misrouted', { description: 'Returned as not the department’s.' }),
    corrected: t.exposeInt('corrected', { description: 'Relays correcting a misrouted one.' }),
    repliedOnTime: t.exposeInt('repliedOnTime', { description: 'Answered by their due time.' }),
    accuracy: t.float({ nullable: true, description: '信息传递准确率 in percent; null with no relays.', resolve: (x) => complianceRate(x.relayed - x.misrouted, x.relayed) }),
  }),
});

const FollowUpTotalsRef = builder.objectRef<FollowUpTotals>('KpiFollowUpTotals').implement({
  description: 'Follow-ups (回访) due in the month, withdrawn ones left out, and how they went: the facts of 客户意见定时回访率 and 回访处理率.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    due: t.exposeInt('due', { description: 'Due in the month.' }),
    onTime: t.exposeInt('onTime', { description: 'The requester reached by the deadline.' }),
    handled: t.exposeInt('handled', { description: 'Done by the month’s end: reached, or closed unreached after the last attempt.' }),
    notFixed: t.exposeInt('notFixed', { description: 'Of those handled, reached and found not fixed (sent back to work).' }),
    unreached: t.exposeInt('unreached', { description: 'Of those handled, closed without reaching the requester.' }),
    onTimeRate: t.float({ nullable: true, description: '客户意见定时回访率 in percent; null with nothing due.', resolve: (x) => complianceRate(x.onTime, x.due) }),
    handlingRate: t.float({ nullable: true, description: '回访处理率 in percent; null with nothing due.', resolve: (x) => complianceRate(x.handled, x.due) }),
  }),
});

const RecurringRef = builder.objectRef<Recurring>('KpiRecurring').implement({
  description: 'A place (shop unit) or category that recurs among the month’s tickets.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    by: t.exposeString('by', { description: 'unit or category.' }),
    key: t.exposeString('key', { description: 'The unit (B2-031) or kind/repair category.' }),
    count: t.exposeInt('count', { description: 'How many tickets.' }),
  }),
});

export const ReportAnalysisRef = builder.objectRef<ReportAnalysis>('KpiReportAnalysis').implement({
  description: 'The director’s analysis of a month.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    analysis: t.exposeString('analysis', { description: 'The text.' }),
    writtenAt: t.field({ type: 'DateTime', description: 'When it was last written.', resolve: (x) => x.writtenAt }),
    writtenById: t.exposeID('writtenById', { description: 'Who wrote it (a Staff id).' }),
  }),
});

export const MonthlyReportRef = builder.objectRef<MonthlyReport>('KpiMonthlyReport').implement({
  description: 'A month’s report of the site (统计、分析、上报). Needs `kpi.report.view`.',
  authScopes: { can: 'kpi.report.view' },
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    periodStart: t.field({ type: 'LocalDate', description: 'The first day.', resolve: (r) => localDay(r.period.startDay) }),
    periodEnd: t.field({ type: 'LocalDate', description: 'The first day of the next month.', resolve: (r) => localDay(r.period.endDay) }),
    intake: t.field({ type: [IntakeCountRef], description: 'Tickets received, by kind, channel, severity and requester kind.', resolve: (r) => r.intake }),
    sla: t.field({ type: [SlaRef], description: 'Compliance per deadline.', resolve: (r) => r.sla }),
    relays: t.field({ type: RelayTotalsRef, description: 'Relays and their accuracy.', resolve: (r) => r.relays }),
    followUps: t.field({ type: FollowUpTotalsRef, description: 'Follow-up compliance (回访达成).', resolve: (r) => r.followUps }),
    recurring: t.field({ type: [RecurringRef], description: 'The most recurring units and categories.', resolve: (r) => r.recurring }),
    site: t.field({ type: KpiScorecardRef, description: 'The site’s KPI figures.', resolve: (r) => r.site }),
    teams: t.field({ type: [KpiScorecardRef], description: 'Each team’s KPI figures.', resolve: (r) => r.teams }),
    people: t.field({ type: [KpiScorecardRef], description: 'Each person’s KPI figures.', resolve: (r) => r.people }),
    analysis: t.field({ type: ReportAnalysisRef, nullable: true, description: 'The director’s analysis, once written.', resolve: (r) => r.analysis }),
  }),
});

export const KpiStartingPointsRef = builder.objectRef<KpiStartingPoints>('KpiStartingPoints').implement({
  description: 'Where the viewer’s KPI page starts. Reached only through `kpiStartingPoints`.',
  authScopes: { staff: true },
  fields: (t) => ({
    site: t.exposeBoolean('site', { description: 'True when the viewer reads the site’s figures (the director).' }),
    teamPositionIds: t.exposeIDList('teamPositionIds', { description: 'The positions the viewer holds with a team below them whose figures they read.' }),
    staffId: t.exposeID('staffId', { description: 'The viewer’s own staff id: their own figures.' }),
  }),
});

const KpiGroupSiteRef = builder.objectRef<KpiGroupSite>('KpiGroupSite').implement({
  description: 'A member site of a group (集团) in the group view: its site-level figures, against its own targets. Reached only through `kpiGroups`.',
  authScopes: { staff: true },
  fields: (t) => ({
    siteId: t.exposeID('siteId', { description: 'The site’s id.' }),
    code: t.exposeString('code', { description: 'The site’s code.' }),
    name: t.field({ type: LocalizedTextRef, description: 'The site’s name (the mall).', resolve: (s) => s.name }),
    figures: t.field({ type: [KpiFigureRef], description: 'Every KPI of the catalogue for the site, as its director reads them, with the site’s targets and status.', resolve: (s) => s.scorecard.figures }),
  }),
});

export const KpiGroupViewRef = builder.objectRef<KpiGroupView>('KpiGroupView').implement({
  description:
    'A group of sites (集团) over a period: its totals per KPI and each member site side by side. Only the group’s readers (set up by the operator) ever receive one, through `kpiGroups`.',
  authScopes: { staff: true },
  fields: (t) => ({
    groupId: t.id({ description: 'The group’s id.', resolve: (v) => v.group.id }),
    code: t.string({ description: 'The group’s code.', resolve: (v) => v.group.code }),
    name: t.field({ type: LocalizedTextRef, description: 'The group’s name.', resolve: (v) => v.group.name }),
    periodStart: t.field({ type: 'LocalDate', description: 'The period’s first day.', resolve: (v) => localDay(v.period.startDay) }),
    periodEnd: t.field({ type: 'LocalDate', description: 'The day after its last.', resolve: (v) => localDay(v.period.endDay) }),
    totals: t.field({
      type: [KpiFigureRef],
      description:
        'The group’s figure per KPI, in catalogue order, from the member sites’ summed facts: a count is the sum over the sites, a rate the ratio of the summed numerators and denominators, a mean weighted by each site’s count. No target (`NO_TARGET`): targets are each site’s.',
      resolve: (v) => v.totals,
    }),
    sites: t.field({ type: [KpiGroupSiteRef], description: 'Each member site, by code.', resolve: (v) => v.sites }),
  }),
});
