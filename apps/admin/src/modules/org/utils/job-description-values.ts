import { POSITION_TEXT_LIMITS } from '@kefu/domain/org';
import type { AuthorityDomain, AuthorityVerb, UpdatePositionInput } from '../../../gql/graphql';

type Text = { zh: string; en: string };

/** A position's whole job description as the editor holds it: every text in both languages. */
export type JobDescriptionValues = {
  title: Text;
  purpose: Text;
  headcount: number | string;
  duties: { function: Text; duties: Text[] }[];
  kpis: Text[];
  authorities: { verb: AuthorityVerb; domain: AuthorityDomain; subject: Text }[];
  qualifications: { education: Text; experience: Text; knowledge: Text[]; skills: Text[] };
  workEnvironment: { place: Text; share: number | string }[];
};

/** What the editor reads: the PositionDetail query's fields (with GraphQL's __typename). */
export type JobDescriptionSource = {
  title: Text;
  purpose: Text;
  headcount: number;
  duties: readonly { function: Text; duties: readonly Text[] }[];
  kpis: readonly Text[];
  authorities: readonly { verb: AuthorityVerb; domain: AuthorityDomain; subject: Text }[];
  qualifications: { education: Text; experience: Text; knowledge: readonly Text[]; skills: readonly Text[] };
  workEnvironment: readonly { place: Text; share: number }[];
};

const text = ({ zh, en }: Text): Text => ({ zh, en });
export const emptyText = (): Text => ({ zh: '', en: '' });

export const toJobDescriptionValues = (p: JobDescriptionSource): JobDescriptionValues => ({
  title: text(p.title),
  purpose: text(p.purpose),
  headcount: p.headcount,
  duties: p.duties.map((g) => ({ function: text(g.function), duties: g.duties.map(text) })),
  kpis: p.kpis.map(text),
  authorities: p.authorities.map((a) => ({ verb: a.verb, domain: a.domain, subject: text(a.subject) })),
  qualifications: {
    education: text(p.qualifications.education),
    experience: text(p.qualifications.experience),
    knowledge: p.qualifications.knowledge.map(text),
    skills: p.qualifications.skills.map(text),
  },
  workEnvironment: p.workEnvironment.map((w) => ({ place: text(w.place), share: w.share })),
});

export const JOB_DESCRIPTION_PARTS = ['title', 'purpose', 'headcount', 'duties', 'kpis', 'authorities', 'qualifications', 'workEnvironment'] as const;
export type JobDescriptionPart = (typeof JOB_DESCRIPTION_PARTS)[number];

/**
 * The parts the editor changed, as one update (a part left out keeps its value): a position
 * created without qualifications can have its duties edited without filling them in first.
 */
export const toUpdatePositionInput = (v: JobDescriptionValues, changed: (part: JobDescriptionPart) => boolean): UpdatePositionInput => {
  const all: UpdatePositionInput = {
    title: v.title,
    purpose: v.purpose,
    headcount: Number(v.headcount),
    duties: v.duties,
    kpis: v.kpis,
    authorities: v.authorities,
    qualifications: v.qualifications,
    workEnvironment: v.workEnvironment.map((w) => ({ place: w.place, share: Number(w.share) })),
  };
  return Object.fromEntries(JOB_DESCRIPTION_PARTS.filter(changed).map((part) => [part, all[part]])) as UpdatePositionInput;
};

/** The part of the job description a form path belongs to (`duties.0.function.zh` → duties). */
export const partOfField = (path: string): JobDescriptionPart => path.split('.')[0] as JobDescriptionPart;

/** The editor's tabs, and which form paths each holds (so a tab shows that it has an error). */
export const JOB_DESCRIPTION_TABS = ['basics', 'duties', 'kpis', 'authorities', 'qualifications', 'workEnvironment'] as const;
export type JobDescriptionTab = (typeof JOB_DESCRIPTION_TABS)[number];

export const tabOfField = (path: string): JobDescriptionTab => {
  const head = partOfField(path);
  return (JOB_DESCRIPTION_TABS as readonly string[]).includes(head) ? (head as JobDescriptionTab) : 'basics';
};

type Check = (limit: number) => (value: string) => string | null;

/**
 * Every problem of the job description the domain would refuse (position-edit.ts), by form path,
 * checked here first so the editor says it before saving: both languages required, lengths,
 * headcount a whole number, work shares adding up to 100.
 */
export const jobDescriptionErrors = (v: JobDescriptionValues, messages: { required: string; headcount: string; shares: string }, tooLong: Check): Record<string, string> => {
  const errors: Record<string, string> = {};
  const need = (path: string, t: Text, limit: { zh: number; en: number }) => {
    for (const lang of ['zh', 'en'] as const) {
      const problem = t[lang].trim() ? tooLong(limit[lang])(t[lang]) : messages.required;
      if (problem) errors[`${path}.${lang}`] = problem;
    }
  };
  const L = POSITION_TEXT_LIMITS;
  need('title', v.title, L.title);
  need('purpose', v.purpose, L.purpose);
  if (!(typeof v.headcount === 'number' && Number.isInteger(v.headcount) && v.headcount >= 0 && v.headcount <= L.headcount)) errors.headcount = messages.headcount;
  v.duties.forEach((g, i) => {
    need(`duties.${i}.function`, g.function, L.heading);
    g.duties.forEach((d, j) => need(`duties.${i}.duties.${j}`, d, L.line));
  });
  v.kpis.forEach((k, i) => need(`kpis.${i}`, k, L.line));
  v.authorities.forEach((a, i) => need(`authorities.${i}.subject`, a.subject, L.line));
  need('qualifications.education', v.qualifications.education, L.line);
  need('qualifications.experience', v.qualifications.experience, L.line);
  v.qualifications.knowledge.forEach((k, i) => need(`qualifications.knowledge.${i}`, k, L.line));
  v.qualifications.skills.forEach((k, i) => need(`qualifications.skills.${i}`, k, L.line));
  v.workEnvironment.forEach((w, i) => need(`workEnvironment.${i}.place`, w.place, L.heading));
  const total = v.workEnvironment.reduce((sum, w) => sum + (Number(w.share) || 0), 0);
  if (v.workEnvironment.length > 0 && total !== 100) errors.workEnvironment = messages.shares;
  return errors;
};
