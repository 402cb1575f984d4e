import type { PositionCode } from '../org/position.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { KpiFact } from './kpi-facts.js';

/** The KPIs of the department's positions (关键绩效指标), in the order the screens list them. */
export const KPI_CODES = [
  'valid_complaints',
  'personal_valid_complaints',
  'subordinate_complaint_rate',
  'department_complaint_rate',
  'service_problem_rate',
  'on_time_reception_rate',
  'relay_accuracy',
  'followup_on_time_rate',
  'followup_handling_rate',
  'survey_completion_rate',
  'customer_satisfaction',
  'merchant_satisfaction',
  'on_time_departure_rate',
  'flow_count_completion',
  'vehicle_inspections',
] as const;
export type KpiCode = (typeof KPI_CODES)[number];

/** A rate (numerator over denominator, scaled), a count, or a mean of a sum over a count. */
export type KpiFormula =
  | { kind: 'ratio'; numerator: KpiFact; denominator: KpiFact; scale: 100 | 1000 }
  | { kind: 'count'; of: KpiFact }
  | { kind: 'mean'; sum: KpiFact; count: KpiFact };

export const KPI_UNITS = ['percent', 'per_mille', 'count', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Whether a higher or a lower figure is the better one. */
export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/**
 * Whose facts a position's figure covers: `subtree` the holder's and everyone's below (a
 * supervisor's figure covers the team; the director's is the site), `below` only those below
 * the holder (所属下级), `self` only the holder's own.
 */
export const KPI_REACHES = ['subtree', 'below', 'self'] as const;
export type KpiReach = (typeof KPI_REACHES)[number];

/** Where the seed names the KPI: file, line, position and its wording there. */
export type SeedReference = { file: string; line: number; position: PositionCode; wording: string };

export type KpiDefinition = {
  code: KpiCode;
  name: LocalizedText;
  /** The seed's wording and every place it comes from. */
  seed: readonly SeedReference[];
  formula: KpiFormula;
  /** `seed` when the seed states the formula, `product` when the product wrote it (the seeds name most KPIs without one). */
  formulaBy: 'seed' | 'product';
  /** The formula in words, as the screens explain it. */
  formulaText: LocalizedText;
  unit: KpiUnit;
  direction: KpiDirection;
  positions: readonly PositionCode[];
  reach: KpiReach;
  /** A target the seed itself sets; a site's manager may set another. Null when the seed sets none. */
  seedTarget: number | null;
};

const SEED_002 = 'seeds/002_6972a28ac0e39e0b.txt';
const SEED_001 = 'seeds/001_3a8a6dc9a1356e86.txt';
const ref = (file: string, line: number, position: PositionCode, wording: string): SeedReference => ({ file, line, position, wording });
const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/**
 * Not in the catalogue, because no stored fact measures them: 团队管理 (team management), 个人管理
 * (self-management) and 市场中心后勤保障工作质量 (back-office support quality) are judged in the
 * appraisal (考核), not counted.
 */
export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    code: 'valid_complaints',
    name: t('有效投诉次数', 'Valid complaints'),
    seed: [
      ref(SEED_002, 24, 'director', '3. 有效投诉次数'),
      ref(SEED_002, 46, 'merchant_supervisor', '3. 有效投诉次数'),
      ref(SEED_002, 58, 'office_clerk', '1. 有效投诉次数'),
      ref(SEED_002, 64, 'archive_clerk', '1. 有效投诉次数'),
      ref(SEED_002, 70, 'cart_captain', '2. 有效投诉次数'),
      ref(SEED_002, 76, 'cart_driver', '2. 有效投诉次数'),
      ref(SEED_002, 84, 'hall_clerk', '1. 有效投诉次数'),
      ref(SEED_002, 94, 'floor_supervisor', '3. 有效投诉次数'),
    ],
    formula: { kind: 'count', of: 'valid_complaints' },
    formulaBy: 'product',
    formulaText: t('期内判定有效的投诉数(已处理且未判为无效)', 'Complaints decided valid in the period (resolved, not judged invalid)'),
    unit: 'count',
    direction: 'lower',
    positions: ['director', 'merchant_supervisor', 'floor_supervisor', 'office_clerk', 'archive_clerk', 'hall_clerk', 'floor_clerk', 'cart_captain', 'cart_driver'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'personal_valid_complaints',
    name: t('个人有效投诉次数', 'Own valid complaints'),
    seed: [ref(SEED_002, 36, 'deputy', '3. 个人有效投诉次数')],
    formula: { kind: 'count', of: 'subject_complaints' },
    formulaBy: 'product',
    formulaText: t('期内以本人为投诉对象的有效投诉数', 'Valid complaints in the period whose subject is the person'),
    unit: 'count',
    direction: 'lower',
    positions: ['deputy'],
    reach: 'self',
    seedTarget: null,
  },
  {
    code: 'subordinate_complaint_rate',
    name: t('所属下级有效投诉率', "Subordinates' valid-complaint rate"),
    seed: [ref(SEED_002, 36, 'deputy', '2. 所属下级的有效投诉率')],
    formula: { kind: 'ratio', numerator: 'subject_complaints', denominator: 'decided_tickets', scale: 100 },
    formulaBy: 'product',
    formulaText: t(
      '以下级为投诉对象的有效投诉数 ÷ 下级期内办结的工单数 × 100%',
      'Valid complaints whose subject is a subordinate ÷ tickets the subordinates decided in the period × 100%',
    ),
    unit: 'percent',
    direction: 'lower',
    positions: ['deputy'],
    reach: 'below',
    seedTarget: null,
  },
  {
    code: 'department_complaint_rate',
    name: t('部门投诉率', 'Department complaint rate'),
    seed: [ref(SEED_002, 24, 'director', '1. 部门投诉率')],
    formula: { kind: 'ratio', numerator: 'valid_complaints', denominator: 'reception_contacts', scale: 1000 },
    formulaBy: 'product',
    formulaText: t('有效投诉数 ÷ 来电来访登记数 × 1000(每千次接待)', 'Valid complaints per 1,000 reception-log contacts'),
    unit: 'per_mille',
    direction: 'lower',
    positions: ['director'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'service_problem_rate',
    name: t('服务问题率', 'Service-problem rate'),
    seed: [ref(SEED_002, 24, 'director', '2. 服务问题率'), ref(SEED_002, 36, 'deputy', '1. 服务问题率')],
    formula: { kind: 'ratio', numerator: 'valid_complaints', denominator: 'decided_tickets', scale: 100 },
    formulaBy: 'product',
    formulaText: t('有效投诉数 ÷ 期内办结的工单数 × 100%', 'Valid complaints ÷ tickets decided in the period × 100%'),
    unit: 'percent',
    direction: 'lower',
    positions: ['director', 'deputy'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'on_time_reception_rate',
    name: t('来客准时接待率', 'On-time reception rate'),
    seed: [ref(SEED_002, 58, 'office_clerk', '2. 来客准时接待率')],
    formula: { kind: 'ratio', numerator: 'reception_on_time', denominator: 'reception_contacts', scale: 100 },
    formulaBy: 'product',
    formulaText: t('在本场接待标准时间内接待的来客数 ÷ 接待的来客数 × 100%', "Contacts received within the site's reception standard ÷ contacts received × 100%"),
    unit: 'percent',
    direction: 'higher',
    positions: ['office_clerk'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'relay_accuracy',
    name: t('信息传递准确率', 'Information-relay accuracy'),
    seed: [
      ref(SEED_002, 58, 'office_clerk', '3. 信息传递准确率'),
      ref(SEED_002, 64, 'archive_clerk', '2. 信息传递准确率'),
      ref(SEED_002, 84, 'hall_clerk', '3. 信息传递准确率'),
    ],
    formula: { kind: 'ratio', numerator: 'relays_accurate', denominator: 'relays_sent', scale: 100 },
    formulaBy: 'product',
    formulaText: t('(传达数 − 被退回"非本部门"的传达数)÷ 传达数 × 100%;改派后仍计为一次误传', '(Relays − relays returned as not theirs) ÷ relays × 100%; a corrected relay still counts as misrouted'),
    unit: 'percent',
    direction: 'higher',
    positions: ['office_clerk', 'archive_clerk', 'hall_clerk', 'floor_clerk'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'followup_on_time_rate',
    name: t('客户意见定时回访率', 'On-time follow-up rate'),
    seed: [ref(SEED_002, 58, 'office_clerk', '4. 客户意见定时回访率'), ref(SEED_002, 84, 'hall_clerk', '2. 客户意见定时回访率')],
    formula: { kind: 'ratio', numerator: 'followups_on_time', denominator: 'followups_due', scale: 100 },
    formulaBy: 'product',
    formulaText: t('按期完成的回访数 ÷ 期内应回访数 × 100%', 'Follow-ups made by their deadline ÷ follow-ups due in the period × 100%'),
    unit: 'percent',
    direction: 'higher',
    positions: ['office_clerk', 'hall_clerk', 'floor_clerk'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'followup_handling_rate',
    name: t('回访处理率', 'Follow-up handling rate'),
    seed: [ref(SEED_001, 171, 'office_clerk', '对维修服务回访处理率达100%')],
    formula: { kind: 'ratio', numerator: 'followups_handled', denominator: 'followups_due', scale: 100 },
    formulaBy: 'product',
    formulaText: t('已回访处理的维修数 ÷ 应回访的维修数 × 100%(目标 100%)', 'Repairs followed up ÷ repairs owing a follow-up × 100% (target 100%)'),
    unit: 'percent',
    direction: 'higher',
    positions: ['office_clerk', 'hall_clerk', 'floor_clerk'],
    reach: 'subtree',
    // Seed 001, 回访: "对维修服务回访处理率达100%".
    seedTarget: 100,
  },
  {
    code: 'survey_completion_rate',
    name: t('满意度调查完成率', 'Survey completion rate'),
    seed: [ref(SEED_002, 94, 'floor_supervisor', '2. 满意度调查完成率'), ref(SEED_002, 84, 'hall_clerk', '4. 满意度调查完成率')],
    formula: { kind: 'ratio', numerator: 'surveys_completed', denominator: 'surveys_planned', scale: 100 },
    formulaBy: 'product',
    formulaText: t('完成的调查问卷数 ÷ 计划的调查问卷数 × 100%', 'Survey questionnaires completed ÷ planned × 100%'),
    unit: 'percent',
    direction: 'higher',
    positions: ['floor_supervisor', 'hall_clerk', 'floor_clerk'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'customer_satisfaction',
    name: t('客户满意度', 'Customer satisfaction'),
    seed: [ref(SEED_002, 94, 'floor_supervisor', '1. 客户满意度'), ref(SEED_002, 46, 'merchant_supervisor', '1. 商户、客户满意度')],
    formula: { kind: 'mean', sum: 'customer_rating_sum', count: 'customer_ratings' },
    formulaBy: 'product',
    formulaText: t('期内办结工单中顾客评价的平均星级(1–5)', 'Mean stars (1–5) customers gave on tickets decided in the period'),
    unit: 'score',
    direction: 'higher',
    positions: ['floor_supervisor', 'merchant_supervisor'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'merchant_satisfaction',
    name: t('商户满意度', 'Merchant satisfaction'),
    seed: [ref(SEED_002, 46, 'merchant_supervisor', '1. 商户、客户满意度')],
    formula: { kind: 'mean', sum: 'merchant_rating_sum', count: 'merchant_ratings' },
    formulaBy: 'product',
    formulaText: t('期内办结工单中商户评价的平均星级(1–5)', 'Mean stars (1–5) merchants gave on tickets decided in the period'),
    unit: 'score',
    direction: 'higher',
    positions: ['merchant_supervisor'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'on_time_departure_rate',
    name: t('按时出车率', 'On-time departure rate'),
    seed: [ref(SEED_002, 70, 'cart_captain', '1. 按时出车率'), ref(SEED_002, 76, 'cart_driver', '1. 按时出车率')],
    formula: { kind: 'ratio', numerator: 'departures_on_time', denominator: 'departures_scheduled', scale: 100 },
    formulaBy: 'product',
    formulaText: t('按时出车次数 ÷ 排班出车次数 × 100%', 'Departures on time ÷ scheduled departures × 100%'),
    unit: 'percent',
    direction: 'higher',
    positions: ['cart_captain', 'cart_driver'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'flow_count_completion',
    name: t('客流统计完成情况', 'Passenger-flow count completion'),
    seed: [ref(SEED_002, 70, 'cart_captain', '3. 客流统计汇总完成情况'), ref(SEED_002, 76, 'cart_driver', '3. 客流统计完成情况')],
    formula: { kind: 'ratio', numerator: 'flow_counts_done', denominator: 'flow_counts_due', scale: 100 },
    formulaBy: 'product',
    formulaText: t('完成的客流统计次数 ÷ 应统计次数 × 100%', 'Passenger-flow counts done ÷ counts due × 100%'),
    unit: 'percent',
    direction: 'higher',
    positions: ['cart_captain', 'cart_driver', 'floor_clerk'],
    reach: 'subtree',
    seedTarget: null,
  },
  {
    code: 'vehicle_inspections',
    name: t('车辆检查次数', 'Vehicle inspections'),
    seed: [ref(SEED_002, 70, 'cart_captain', '4. 定期对导购车辆检查次数')],
    formula: { kind: 'count', of: 'vehicle_inspections' },
    formulaBy: 'product',
    formulaText: t('期内对导购车辆的检查次数', 'Inspections of the shuttle carts in the period'),
    unit: 'count',
    direction: 'higher',
    positions: ['cart_captain'],
    reach: 'subtree',
    seedTarget: null,
  },
];

const BY_CODE = new Map(KPI_CATALOGUE.map((kpi) => [kpi.code, kpi]));

export const kpiDefinition = (code: KpiCode): KpiDefinition => {
  const kpi = BY_CODE.get(code);
  if (!kpi) throw new Error(`KPI ${code} is not in the catalogue`);
  return kpi;
};

/** The KPIs a position is measured by, in catalogue order; a custom position has none. */
export const kpisOfPosition = (code: string): KpiDefinition[] => KPI_CATALOGUE.filter((kpi) => (kpi.positions as readonly string[]).includes(code));

/** The facts a formula reads. */
export const factsOf = (formula: KpiFormula): KpiFact[] => {
  switch (formula.kind) {
    case 'ratio':
      return [formula.numerator, formula.denominator];
    case 'count':
      return [formula.of];
    case 'mean':
      return [formula.sum, formula.count];
  }
};
