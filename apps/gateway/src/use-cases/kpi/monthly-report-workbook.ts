import ExcelJS from 'exceljs';
import { complianceRate } from '@kefu/domain/kpi';
import type { LocalizedText } from '@kefu/domain/shared';
import type { KpiScorecard } from './read-kpi-figures.js';
import type { MonthlyReport } from './read-monthly-report.js';

/** A scorecard's row: the subject's name, then each KPI's figure ('无数据' when there is none, never 0). */
const figureCells = (card: KpiScorecard, codes: readonly string[]): (number | string)[] =>
  codes.map((code) => {
    const row = card.figures.find((f) => f.kpi.code === code);
    if (!row) return '';
    return row.figure.kind === 'value' ? row.figure.value : '无数据';
  });

/**
 * The month's report as .xlsx: one sheet per table of the report page, with the same numbers
 * (the page and this workbook read the same MonthlyReport). Names of people and teams come in
 * `names`, keyed by the scorecard's subject id.
 */
export async function monthlyReportWorkbook(report: MonthlyReport, names: ReadonlyMap<string, LocalizedText>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('概要');
  summary.addRow(['月份', report.month]);
  summary.addRow(['部门经理分析', report.analysis?.analysis ?? '']);

  const intake = workbook.addWorksheet('受理');
  intake.addRow(['类型', '来源', '严重程度', '来访人类别', '数量', '其中无效']);
  for (const r of report.intake) intake.addRow([r.kind, r.channel, r.severity, r.requesterKind, r.count, r.invalid]);

  const sla = workbook.addWorksheet('时限达成');
  sla.addRow(['时限', '按时', '应达成', '达成率%']);
  for (const r of report.sla) sla.addRow([r.deadline, r.met, r.due, complianceRate(r.met, r.due) ?? '无数据']);

  const relays = workbook.addWorksheet('信息传达');
  relays.addRow(['传达数', '误传数', '改派数', '按时答复数', '准确率%']);
  const rt = report.relays;
  relays.addRow([rt.relayed, rt.misrouted, rt.corrected, rt.repliedOnTime, complianceRate(rt.relayed - rt.misrouted, rt.relayed) ?? '无数据']);

  const followUps = workbook.addWorksheet('回访');
  followUps.addRow(['应回访', '按时回访', '已处理', '其中未解决', '其中未联系上', '定时回访率%', '回访处理率%']);
  const fu = report.followUps;
  followUps.addRow([fu.due, fu.onTime, fu.handled, fu.notFixed, fu.unreached, complianceRate(fu.onTime, fu.due) ?? '无数据', complianceRate(fu.handled, fu.due) ?? '无数据']);

  const recurring = workbook.addWorksheet('高频问题');
  recurring.addRow(['维度', '对象', '次数']);
  for (const r of report.recurring) recurring.addRow([r.by === 'unit' ? '铺位' : '类别', r.key, r.count]);

  const codes = report.site.figures.map((f) => f.kpi.code);
  const header = ['对象', ...report.site.figures.map((f) => f.kpi.name.zh)];
  const kpis = workbook.addWorksheet('绩效指标');
  kpis.addRow(header);
  const nameOf = (card: KpiScorecard): string =>
    card.subject.kind === 'site' ? '全场' : (names.get(card.subject.kind === 'staff' ? card.subject.staffId : card.subject.positionId)?.zh ?? '—');
  for (const card of [report.site, ...report.teams, ...report.people]) kpis.addRow([nameOf(card), ...figureCells(card, codes)]);

  for (const sheet of workbook.worksheets) sheet.columns.forEach((column) => (column.width = 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
