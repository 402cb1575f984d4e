import { builder } from '../../builder.js';
import { saveKpiReportAnalysis } from '../../use-cases/kpi/save-report-analysis.js';
import { setKpiTarget } from '../../use-cases/kpi/set-kpi-target.js';
import { useCaseContext } from '../common/use-case-context.js';
import { KpiCodeEnum, KpiTargetRef, ReportAnalysisRef } from './kpi.js';

const SetKpiTargetInput = builder.inputType('SetKpiTargetInput', {
  description: 'A site’s target for one KPI.',
  fields: (t) => ({
    kpi: t.field({ type: KpiCodeEnum, required: true, description: 'The KPI.' }),
    target: t.float({ required: true, description: 'In the KPI’s unit: a rate 0–100, a score 1–5, a count 0 or more; two decimals at most.' }),
    note: t.string({ description: 'Why (at most 200 characters).' }),
  }),
});

builder.mutationField('setKpiTarget', (t) =>
  t.field({
    type: KpiTargetRef,
    description: 'Sets the site’s target for a KPI; earlier targets stay as its history. Needs `kpi.target.set`; BAD_USER_INPUT with a field error for a target out of its unit’s range.',
    authScopes: { can: 'kpi.target.set' },
    args: { input: t.arg({ type: SetKpiTargetInput, required: true, description: 'The target.' }) },
    resolve: (_root, { input }, ctx) => setKpiTarget(useCaseContext(ctx), input),
  }),
);

builder.mutationField('saveKpiReportAnalysis', (t) =>
  t.field({
    type: ReportAnalysisRef,
    description: 'Writes the director’s analysis of a month’s report. Needs `kpi.report.edit`.',
    authScopes: { can: 'kpi.report.edit' },
    args: {
      month: t.arg.string({ required: true, description: 'YYYY-MM.' }),
      analysis: t.arg.string({ required: true, description: 'The text (at most 5,000 characters).' }),
    },
    resolve: (_root, { month, analysis }, ctx) => saveKpiReportAnalysis(useCaseContext(ctx), month, analysis),
  }),
);
