import type { LocalizedText } from '../shared/localized-text.js';
import { InputChecker } from '../shared/validation.js';
import { currentHolders } from './assignments.js';
import type { OrgChart } from './org-chart.js';
import { AUTHORITY_DOMAINS, AUTHORITY_VERBS, type Authority, type DutyGroup, type Position, type Qualifications, type WorkEnvironment } from './position.js';

/** A manager's edit of a position's job description; a field left out keeps its value. */
export type PositionChanges = {
  title?: LocalizedText | null;
  purpose?: LocalizedText | null;
  headcount?: number | null;
  duties?: DutyGroup[] | null;
  kpis?: LocalizedText[] | null;
  authorities?: Authority[] | null;
  qualifications?: Qualifications | null;
  workEnvironment?: WorkEnvironment | null;
};

/** Limits of the editable texts (characters) and lists (items). The product's own limits. */
export const POSITION_TEXT_LIMITS = {
  title: { zh: 60, en: 120 },
  purpose: { zh: 1000, en: 2000 },
  headcount: 500,
  line: { zh: 300, en: 600 },
  heading: { zh: 30, en: 60 },
  dutyGroups: 10,
  dutiesPerGroup: 20,
  kpis: 10,
  authorities: 10,
  knowledge: 10,
  skills: 15,
  places: 5,
} as const;

const trimmed = (text: LocalizedText): LocalizedText => ({ zh: text.zh.trim(), en: text.en.trim() });

const checkText = (check: InputChecker, field: string, text: LocalizedText | null | undefined, limit: { zh: number; en: number }) => {
  check.text(`${field}.zh`, text?.zh, { required: true, max: limit.zh });
  check.text(`${field}.en`, text?.en, { required: true, max: limit.en });
};

const checkCount = (check: InputChecker, field: string, items: readonly unknown[], max: number) => {
  if (items.length > max) check.add({ field, rule: 'too_many', limit: max });
};

/** Checks every part of a job description that is given, naming each field under `input`. */
const checkJobDescription = (check: InputChecker, changes: PositionChanges): void => {
  check.integer('input.headcount', changes.headcount, { min: 0, max: POSITION_TEXT_LIMITS.headcount });
  if (changes.title) checkText(check, 'input.title', changes.title, POSITION_TEXT_LIMITS.title);
  if (changes.purpose) checkText(check, 'input.purpose', changes.purpose, POSITION_TEXT_LIMITS.purpose);
  const line = POSITION_TEXT_LIMITS.line;
  if (changes.duties) {
    // 职责 are grouped by function (业务管理, 部门管理, 客户接待 …), as in the seeds' job descriptions.
    checkCount(check, 'input.duties', changes.duties, POSITION_TEXT_LIMITS.dutyGroups);
    changes.duties.forEach((group, i) => {
      checkText(check, `input.duties.${i}.function`, group.function, POSITION_TEXT_LIMITS.heading);
      checkCount(check, `input.duties.${i}.duties`, group.duties, POSITION_TEXT_LIMITS.dutiesPerGroup);
      group.duties.forEach((duty, j) => checkText(check, `input.duties.${i}.duties.${j}`, duty, line));
    });
  }
  if (changes.kpis) {
    checkCount(check, 'input.kpis', changes.kpis, POSITION_TEXT_LIMITS.kpis);
    changes.kpis.forEach((kpi, i) => checkText(check, `input.kpis.${i}`, kpi, line));
  }
  if (changes.authorities) {
    // 工作职权 (`000_…`): 建议权 propose, 审核权 review, 审批权 approve, 监督权 oversee, 考核权 appraise.
    checkCount(check, 'input.authorities', changes.authorities, POSITION_TEXT_LIMITS.authorities);
    changes.authorities.forEach((a, i) => {
      check.oneOf(`input.authorities.${i}.verb`, a.verb, AUTHORITY_VERBS);
      check.oneOf(`input.authorities.${i}.domain`, a.domain, AUTHORITY_DOMAINS);
      checkText(check, `input.authorities.${i}.subject`, a.subject, line);
    });
  }
  if (changes.qualifications) {
    const q = changes.qualifications;
    checkText(check, 'input.qualifications.education', q.education, line);
    checkText(check, 'input.qualifications.experience', q.experience, line);
    checkCount(check, 'input.qualifications.knowledge', q.knowledge, POSITION_TEXT_LIMITS.knowledge);
    checkCount(check, 'input.qualifications.skills', q.skills, POSITION_TEXT_LIMITS.skills);
    q.knowledge.forEach((k, i) => checkText(check, `input.qualifications.knowledge.${i}`, k, line));
    q.skills.forEach((k, i) => checkText(check, `input.qualifications.skills.${i}`, k, line));
  }
  if (changes.workEnvironment) {
    // 工作环境, e.g. office 40% / market 60%: the shares add up to 100 (the product's own rule).
    const places = changes.workEnvironment;
    checkCount(check, 'input.workEnvironment', places, POSITION_TEXT_LIMITS.places);
    places.forEach((p, i) => {
      checkText(check, `input.workEnvironment.${i}.place`, p.place, POSITION_TEXT_LIMITS.heading);
      check.integer(`input.workEnvironment.${i}.share`, p.share, { min: 0, max: 100, required: true });
    });
    if (places.length > 0 && places.reduce((sum, p) => sum + p.share, 0) !== 100) check.add({ field: 'input.workEnvironment', rule: 'out_of_range' });
  }
};

const applyChanges = (position: Position, changes: PositionChanges): Position => ({
  ...position,
  ...(changes.title ? { title: trimmed(changes.title) } : {}),
  ...(changes.purpose ? { purpose: trimmed(changes.purpose) } : {}),
  ...(changes.headcount != null ? { headcount: changes.headcount } : {}),
  ...(changes.duties ? { duties: changes.duties.map((g) => ({ function: trimmed(g.function), duties: g.duties.map(trimmed) })) } : {}),
  ...(changes.kpis ? { kpis: changes.kpis.map(trimmed) } : {}),
  ...(changes.authorities ? { authorities: changes.authorities.map((a) => ({ ...a, subject: trimmed(a.subject) })) } : {}),
  ...(changes.qualifications
    ? {
        qualifications: {
          education: trimmed(changes.qualifications.education),
          experience: trimmed(changes.qualifications.experience),
          knowledge: changes.qualifications.knowledge.map(trimmed),
          skills: changes.qualifications.skills.map(trimmed),
        },
      }
    : {}),
  ...(changes.workEnvironment ? { workEnvironment: changes.workEnvironment.map((p) => ({ place: trimmed(p.place), share: p.share })) } : {}),
});

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A title (either language) already used by another position of the unit: a field issue each. The product's own rule. */
const checkTitleFree = (check: InputChecker, chart: OrgChart | null, unitId: string, title: LocalizedText, exceptId: string | null): void => {
  if (!chart) return;
  const peers = chart.positions.filter((p) => p.unitId === unitId && p.id !== exceptId);
  if (title.zh && peers.some((p) => sameText(p.title.zh, title.zh))) check.add({ field: 'input.title.zh', rule: 'already_used' });
  if (title.en && peers.some((p) => sameText(p.title.en, title.en))) check.add({ field: 'input.title.en', rule: 'already_used' });
};

/**
 * Applies a manager's edit to a position: any part of its job description — title, purpose,
 * headcount (岗位定员), duties by heading, KPIs, authorities, qualifications, work environment.
 * Every problem is reported at once, named by its field under `input`. With the chart, a title
 * already used in the unit is refused too.
 */
export const editPosition = (position: Position, changes: PositionChanges, chart: OrgChart | null = null): Position => {
  const check = new InputChecker();
  checkJobDescription(check, changes);
  if (changes.title) checkTitleFree(check, chart, position.unitId, changes.title, position.id);
  check.check();
  return applyChanges(position, changes);
};

/** What a new position starts with: its title, unit, superiors, purpose and headcount. */
export type NewPositionInput = { title: LocalizedText; unitId: string; reportsTo: string[]; purpose: LocalizedText; headcount: number };

/**
 * A new position of the site (a custom one: `code` is made by the caller, unique in the site).
 * It starts with an empty job description to fill in. Its superiors must be positions of the
 * chart and its unit one of the chart's units; a new position has no subordinates, so it cannot
 * close a cycle.
 */
export const designPosition = (chart: OrgChart, input: NewPositionInput, code: string): Omit<Position, 'id'> => {
  const check = new InputChecker();
  checkText(check, 'input.title', input.title, POSITION_TEXT_LIMITS.title);
  checkText(check, 'input.purpose', input.purpose, POSITION_TEXT_LIMITS.purpose);
  check.integer('input.headcount', input.headcount, { min: 0, max: POSITION_TEXT_LIMITS.headcount, required: true });
  if (!chart.units.some((u) => u.id === input.unitId)) check.add({ field: 'input.unitId', rule: 'invalid_choice' });
  if (input.reportsTo.some((id) => !chart.positions.some((p) => p.id === id))) check.add({ field: 'input.reportsTo', rule: 'invalid_choice' });
  checkTitleFree(check, chart, input.unitId, input.title, null);
  check.check();
  const text = { zh: '', en: '' };
  return {
    siteId: chart.siteId,
    code,
    title: trimmed(input.title),
    unitId: input.unitId,
    reportsTo: [...new Set(input.reportsTo)],
    headcount: input.headcount,
    purpose: trimmed(input.purpose),
    duties: [],
    kpis: [],
    authorities: [],
    qualifications: { education: text, experience: text, knowledge: [], skills: [] },
    workEnvironment: [],
  };
};

/** Who keeps a position from being retired: people holding it now or later, and positions reporting to it. */
export type PositionInUse = { holderIds: string[]; reportIds: string[] };

/** A position may be retired only when nobody holds it (now or from a later day) and nobody reports to it. The product's own rule. */
export const positionInUse = (chart: OrgChart, positionId: string, at: Date): PositionInUse | null => {
  const holderIds = [
    ...new Set([
      ...currentHolders(chart, positionId, at).map((a) => a.staffId),
      ...chart.assignments.filter((a) => a.positionId === positionId && a.startsOn.getTime() > at.getTime()).map((a) => a.staffId),
    ]),
  ];
  const reportIds = chart.positions.filter((p) => p.reportsTo.includes(positionId)).map((p) => p.id);
  return holderIds.length === 0 && reportIds.length === 0 ? null : { holderIds, reportIds };
};
