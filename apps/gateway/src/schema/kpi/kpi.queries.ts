import { KPI_CATALOGUE } from '@kefu/domain/kpi';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import {
  readKpiScorecard,
  readKpiStartingPoints,
  readKpiTargets,
  readKpiTeam,
  readKpiTrend,
  readTicketsBehindFigure,
  type KpiSubjectRef,
} from '../../use-cases/kpi/read-kpi-figures.js';
import { readKpiGroups, readsAnyKpiGroup } from '../../use-cases/kpi/read-kpi-groups.js';
import { exportMonthlyReport, readMonthlyReport } from '../../use-cases/kpi/read-monthly-report.js';
import { ViewerRef } from '../auth/viewer.js';
import { useCaseContext } from '../common/use-case-context.js';
import {
  KpiDefinitionRef,
  KpiDrillFactEnum,
  KpiGroupViewRef,
  KpiPeriodKindEnum,
  KpiScorecardRef,
  KpiStartingPointsRef,
  KpiSubjectKindEnum,
  KpiTargetRef,
  KpiTeamRef,
  KpiTicketRef,
  MonthlyReportRef,
} from './kpi.js';

const KpiSubjectInput = builder.inputType('KpiSubjectInput', {
  description: 'Whose figures: the site, a position’s team, or one member of staff.',
  fields: (t) => ({
    kind: t.field({ type: KpiSubjectKindEnum, required: true, description: 'Site, position or staff.' }),
    id: t.id({ description: 'The position’s or staff member’s id; empty for the site.' }),
  }),
});

/** A subject as the use cases take it; a position or person without an id is a field error. */
const toSubject = (input: { kind: 'site' | 'position' | 'staff'; id?: string | null }): KpiSubjectRef => {
  if (input.kind === 'site') return { kind: 'site' };
  new InputChecker().text('subject.id', input.id, { required: true, max: 64 }).check();
  return input.kind === 'position' ? { kind: 'position', positionId: input.id! } : { kind: 'staff', staffId: input.id! };
};

const dayOf = (day: Date | null | undefined): string | null => (day ? day.toISOString().slice(0, 10) : null);

const PERIOD_ARGS_DESCRIPTION = {
  period: 'Month or week; a month unless given.',
  day: 'A day of the period (site-local); today unless given.',
};

builder.queryField('kpiCatalogue', (t) =>
  t.field({
    type: [KpiDefinitionRef],
    description: 'Every KPI of the catalogue, in order. Needs `kpi.view`.',
    authScopes: { can: 'kpi.view' },
    resolve: () => [...KPI_CATALOGUE],
  }),
);

builder.queryField('kpiScorecard', (t) =>
  t.field({
    type: KpiScorecardRef,
    description:
      'A subject’s KPI figures over a period. Needs `kpi.view` reaching the subject: one’s own always, a team or person below with `subordinates`, the site at the top of the tree; NOT_FOUND otherwise, as for a missing one.',
    authScopes: { can: 'kpi.view' },
    args: {
      subject: t.arg({ type: KpiSubjectInput, required: true, description: 'Whose figures.' }),
      period: t.arg({ type: KpiPeriodKindEnum, description: PERIOD_ARGS_DESCRIPTION.period }),
      day: t.arg({ type: 'LocalDate', description: PERIOD_ARGS_DESCRIPTION.day }),
    },
    resolve: (_root, args, ctx) => readKpiScorecard(useCaseContext(ctx), toSubject(args.subject), args.period ?? 'month', dayOf(args.day)),
  }),
);

builder.queryField('kpiTrend', (t) =>
  t.field({
    type: [KpiScorecardRef],
    description: 'A subject’s figures over consecutive periods ending with the one holding `day`, oldest first. The same access as `kpiScorecard`.',
    authScopes: { can: 'kpi.view' },
    args: {
      subject: t.arg({ type: KpiSubjectInput, required: true, description: 'Whose figures.' }),
      period: t.arg({ type: KpiPeriodKindEnum, description: PERIOD_ARGS_DESCRIPTION.period }),
      day: t.arg({ type: 'LocalDate', description: PERIOD_ARGS_DESCRIPTION.day }),
      count: t.arg.int({ description: 'How many periods, 1–24; 6 unless given.' }),
    },
    resolve: (_root, args, ctx) => {
      new InputChecker().integer('count', args.count, { min: 1, max: 24 }).check();
      return readKpiTrend(useCaseContext(ctx), toSubject(args.subject), args.period ?? 'month', dayOf(args.day), args.count ?? 6);
    },
  }),
);

builder.queryField('kpiTeam', (t) =>
  t.field({
    type: KpiTeamRef,
    description: 'A team side by side: its figure, each position directly below, each person in it. Needs `kpi.view` reaching the position.',
    authScopes: { can: 'kpi.view' },
    args: {
      positionId: t.arg.id({ required: true, description: 'The team’s position.' }),
      period: t.arg({ type: KpiPeriodKindEnum, description: PERIOD_ARGS_DESCRIPTION.period }),
      day: t.arg({ type: 'LocalDate', description: PERIOD_ARGS_DESCRIPTION.day }),
    },
    resolve: (_root, args, ctx) => readKpiTeam(useCaseContext(ctx), args.positionId, args.period ?? 'month', dayOf(args.day)),
  }),
);

builder.queryField('kpiTickets', (t) =>
  t.field({
    type: [KpiTicketRef],
    description: 'The tickets behind a subject’s ticket figure in a period, newest decision first. The same access as `kpiScorecard`.',
    authScopes: { can: 'kpi.view' },
    args: {
      subject: t.arg({ type: KpiSubjectInput, required: true, description: 'Whose figure.' }),
      fact: t.arg({ type: KpiDrillFactEnum, required: true, description: 'Which tickets.' }),
      period: t.arg({ type: KpiPeriodKindEnum, description: PERIOD_ARGS_DESCRIPTION.period }),
      day: t.arg({ type: 'LocalDate', description: PERIOD_ARGS_DESCRIPTION.day }),
      first: t.arg.int({ description: 'At most this many, 1–200; 50 unless given.' }),
    },
    resolve: (_root, args, ctx) => {
      new InputChecker().integer('first', args.first, { min: 1, max: 200 }).check();
      return readTicketsBehindFigure(useCaseContext(ctx), toSubject(args.subject), args.fact, args.period ?? 'month', dayOf(args.day), args.first ?? 50);
    },
  }),
);

builder.queryField('kpiTargets', (t) =>
  t.field({
    type: [KpiTargetRef],
    description: 'Every target the site set, newest first: the first of each KPI is in force. Needs `kpi.view`.',
    authScopes: { can: 'kpi.view' },
    resolve: (_root, _args, ctx) => readKpiTargets(useCaseContext(ctx)),
  }),
);

builder.queryField('kpiMonthlyReport', (t) =>
  t.field({
    type: MonthlyReportRef,
    description: 'The month’s report of the viewer’s site (统计、分析、上报); the .xlsx at /exports/kpi-report/<month>.xlsx holds the same numbers. Needs `kpi.report.view`.',
    authScopes: { can: 'kpi.report.view' },
    args: { month: t.arg.string({ required: true, description: 'YYYY-MM.' }) },
    resolve: (_root, { month }, ctx) => readMonthlyReport(useCaseContext(ctx), month),
  }),
);

builder.queryField('kpiMonthlyReportXlsx', (t) =>
  t.string({
    description: 'The month’s report as .xlsx, base64-encoded: the same tables and numbers as `kpiMonthlyReport`. Needs `kpi.report.view`.',
    authScopes: { can: 'kpi.report.view' },
    args: { month: t.arg.string({ required: true, description: 'YYYY-MM.' }) },
    resolve: async (_root, { month }, ctx) => (await exportMonthlyReport(useCaseContext(ctx), month)).toString('base64'),
  }),
);

builder.queryField('kpiStartingPoints', (t) =>
  t.field({
    type: KpiStartingPointsRef,
    description: 'Where the viewer’s KPI page starts: the site, their teams, their own figures. Needs `kpi.view`.',
    authScopes: { can: 'kpi.view' },
    resolve: (_root, _args, ctx) => readKpiStartingPoints(useCaseContext(ctx)),
  }),
);

builder.queryField('kpiGroups', (t) =>
  t.field({
    type: [KpiGroupViewRef],
    description:
      'The groups of sites (集团) the viewer reads, each with its totals and its member sites’ figures side by side over a period. Staff only; an empty list for anyone the operator did not name a reader of a group, whatever they read on their own site.',
    authScopes: { staff: true },
    args: {
      period: t.arg({ type: KpiPeriodKindEnum, description: PERIOD_ARGS_DESCRIPTION.period }),
      day: t.arg({ type: 'LocalDate', description: 'A day of the period (the same calendar day on every site’s clock); today on the viewer’s site unless given.' }),
    },
    resolve: (_root, args, ctx) => readKpiGroups(useCaseContext(ctx), args.period ?? 'month', dayOf(args.day)),
  }),
);

builder.objectField(ViewerRef, 'readsKpiGroups', (t) =>
  t.boolean({
    description: 'True when the viewer reads at least one group of sites (集团): the admin shows its group view only then. False for requesters.',
    authScopes: { account: true },
    resolve: ({ ctx }) => (ctx.viewer.principal.kind !== 'staff' || ctx.viewer.passwordChangeRequired ? false : readsAnyKpiGroup(useCaseContext(ctx))),
  }),
);
