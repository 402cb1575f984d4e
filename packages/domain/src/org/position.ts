import type { LocalizedText } from '../shared/localized-text.js';

/** The ten positions of the department, as the seed documents name them. */
export const POSITION_CODES = [
  'director',
  'deputy',
  'merchant_supervisor',
  'floor_supervisor',
  'office_clerk',
  'archive_clerk',
  'hall_clerk',
  'floor_clerk',
  'cart_captain',
  'cart_driver',
] as const;
export type PositionCode = (typeof POSITION_CODES)[number];

/** Units of the department (客户服务部 and its service centres). */
export const UNIT_CODES = ['department', 'merchant_service', 'floor_service', 'shuttle_team'] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

export type Unit = { id: string; siteId: string; code: UnitCode; name: LocalizedText; parentId: string | null };

/** 工作职权: an authority is a verb over a domain (`000_…`). */
export const AUTHORITY_VERBS = ['propose', 'review', 'approve', 'oversee', 'appraise'] as const;
export type AuthorityVerb = (typeof AUTHORITY_VERBS)[number];
export const AUTHORITY_DOMAINS = ['business', 'expenses', 'personnel'] as const;
export type AuthorityDomain = (typeof AUTHORITY_DOMAINS)[number];
export type Authority = { verb: AuthorityVerb; domain: AuthorityDomain; subject: LocalizedText };

/** 职责: duties grouped by function (业务管理, 部门管理, 客户接待 …). */
export type DutyGroup = { function: LocalizedText; duties: LocalizedText[] };

/** 任职资格. */
export type Qualifications = {
  education: LocalizedText;
  experience: LocalizedText;
  knowledge: LocalizedText[];
  skills: LocalizedText[];
};

/** 工作环境, e.g. office 40% / market 60%. */
export type WorkEnvironment = { place: LocalizedText; share: number }[];

/**
 * A position in one site's department. `reportsTo` holds the ids of the positions it reports to
 * (直接上级); a position may report to more than one (商户客服主管 reports to director and deputy).
 * `code` is unique within a site; custom positions added later get codes of their own.
 */
export type Position = {
  id: string;
  siteId: string;
  code: string;
  title: LocalizedText;
  unitId: string;
  reportsTo: string[];
  headcount: number;
  purpose: LocalizedText;
  duties: DutyGroup[];
  kpis: LocalizedText[];
  authorities: Authority[];
  qualifications: Qualifications;
  workEnvironment: WorkEnvironment;
};
