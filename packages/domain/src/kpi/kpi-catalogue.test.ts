import { describe, expect, it } from 'vitest';
import { POSITION_CATALOGUE } from '../org/position-catalogue.js';
import { KPI_CATALOGUE, KPI_CODES, factsOf, kpisOfPosition } from './kpi-catalogue.js';
import { KPI_FACTS } from './kpi-facts.js';

describe('the KPI catalogue', () => {
  it('lists every code once, in the order of KPI_CODES', () => {
    expect(KPI_CATALOGUE.map((k) => k.code)).toEqual([...KPI_CODES]);
  });

  it('holds the KPIs the issue names, with their seed words', () => {
    const names = KPI_CATALOGUE.map((k) => k.name.zh);
    for (const name of ['有效投诉次数', '个人有效投诉次数', '所属下级有效投诉率', '部门投诉率', '服务问题率', '来客准时接待率', '信息传递准确率', '客户意见定时回访率', '回访处理率', '满意度调查完成率', '客户满意度', '商户满意度', '按时出车率', '客流统计完成情况', '车辆检查次数']) {
      expect(names).toContain(name);
    }
  });

  it('reads only known facts, and cites at least one seed place for each KPI', () => {
    for (const kpi of KPI_CATALOGUE) {
      for (const fact of factsOf(kpi.formula)) expect(KPI_FACTS).toHaveProperty(fact);
      expect(kpi.seed.length, kpi.code).toBeGreaterThan(0);
      expect(kpi.positions.length, kpi.code).toBeGreaterThan(0);
    }
  });

  it('names for each catalogue position a KPI the position lists in the seed', () => {
    for (const kpi of KPI_CATALOGUE) {
      for (const ref of kpi.seed) {
        const position = POSITION_CATALOGUE.find((p) => p.code === ref.position);
        // The seed's KPI words appear among the position's own KPIs (seed 001's 回访处理率 is a practice, not a listed KPI).
        if (ref.file.includes('002_')) expect(position?.kpis.map((k) => k.zh).join('|'), `${kpi.code} ${ref.position}`).toContain(ref.wording.replace(/^\d+\. /, '').slice(0, 4));
      }
    }
  });

  it('gives the floor clerk its hall-clerk KPIs and the passenger counts', () => {
    expect(kpisOfPosition('floor_clerk').map((k) => k.code)).toEqual([
      'valid_complaints',
      'relay_accuracy',
      'followup_on_time_rate',
      'followup_handling_rate',
      'survey_completion_rate',
      'flow_count_completion',
    ]);
    expect(kpisOfPosition('custom_role')).toEqual([]);
  });
});
