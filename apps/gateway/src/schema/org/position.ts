import {
  AUTHORITY_DOMAINS,
  AUTHORITY_VERBS,
  currentHolders,
  vacancies,
  overStrength,
  type Authority,
  type DutyGroup,
  type Position,
  type Qualifications,
  type OrgChart,
} from '@kefu/domain/org';
import { findPositionById } from '@kefu/db/org';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { AssignmentRef } from './assignment.js';
import { PositionRef } from './org-refs.js';
import { UnitRef } from './unit.js';

export { PositionRef };

/**
 * Positions of a chart as of a past day (orgChart(asOf:)) answer from that chart and that day:
 * their reporting lines, holders and vacancies as they stood. Keyed by the position objects the
 * as-of chart returned, so every other position reads today's chart.
 */
const datedViews = new WeakMap<Position, { chart: OrgChart; at: Date }>();

export const viewAsOf = (chart: OrgChart, day: string): OrgChart => {
  const view = { chart, at: new Date(`${day}T00:00:00Z`) };
  for (const position of chart.positions) datedViews.set(position, view);
  return chart;
};

const chartOf = async (ctx: GatewayContext, p?: Position) => {
  const dated = p ? datedViews.get(p) : undefined;
  if (dated) return dated.chart;
  const { chart } = await ctx.access();
  if (!chart) throw new Error('org chart requested without a signed-in viewer');
  return chart;
};

/** The moment a position's holders are read at: the as-of day, or now. */
const atOf = (ctx: GatewayContext, p: Position): Date => datedViews.get(p)?.at ?? ctx.now;

const DutyGroupRef = builder.objectRef<DutyGroup>('DutyGroup').implement({
  description: 'Duties grouped by function (职责): 业务管理 business management, 部门管理 department management, 客户接待 reception …',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    function: t.field({ type: LocalizedTextRef, description: 'The function the duties serve (业务管理 business management, 客户接待 reception …).', resolve: (g) => g.function }),
    duties: t.field({ type: [LocalizedTextRef], description: 'The duties, in the seed documents’ order.', resolve: (g) => g.duties }),
  }),
});

export const AuthorityVerbEnum = domainEnum('AuthorityVerb', AUTHORITY_VERBS, 'What an authority (工作职权) lets a position do.', {
  propose: 'Propose (建议权).',
  review: 'Review, the initial check before approval (审核权).',
  approve: 'Approve (审批权).',
  oversee: 'Oversee (监督权).',
  appraise: 'Appraise (考核权).',
});
export const AuthorityDomainEnum = domainEnum('AuthorityDomain', AUTHORITY_DOMAINS, 'What an authority (工作职权) is over.', {
  business: 'Business (业务类): service strategy, internal rules, service standards.',
  expenses: 'Expenses (费用审批类): spending within the budget.',
  personnel: 'Personnel (人事类): appraisal, transfers, appointments.',
});

const AuthorityRef = builder.objectRef<Authority>('Authority').implement({
  description: 'An authority (工作职权): a verb (propose, review, approve, oversee, appraise) over a domain.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    verb: t.field({ type: AuthorityVerbEnum, description: 'What the position may do.', resolve: (a) => a.verb }),
    domain: t.field({ type: AuthorityDomainEnum, description: 'The kind of matter.', resolve: (a) => a.domain }),
    subject: t.field({ type: LocalizedTextRef, description: 'The matter itself, e.g. internal rules or in-budget expenses.', resolve: (a) => a.subject }),
  }),
});

const QualificationsRef = builder.objectRef<Qualifications>('Qualifications').implement({
  description: 'What a holder of the position needs (任职资格).',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    education: t.field({ type: LocalizedTextRef, description: 'Education (学历).', resolve: (q) => q.education }),
    experience: t.field({ type: LocalizedTextRef, description: 'Working experience (经验).', resolve: (q) => q.experience }),
    knowledge: t.field({ type: [LocalizedTextRef], description: 'Knowledge (知识).', resolve: (q) => q.knowledge }),
    skills: t.field({ type: [LocalizedTextRef], description: 'Skills (技能).', resolve: (q) => q.skills }),
  }),
});

type WorkShare = Position['workEnvironment'][number];
const WorkShareRef = builder.objectRef<WorkShare>('WorkShare').implement({
  description: 'Where the work happens (工作环境), as a share of the time (0–100).',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    place: t.field({ type: LocalizedTextRef, description: 'Where: the office, the market floor …', resolve: (w) => w.place }),
    share: t.exposeInt('share', { description: 'Percent of the working time spent there (0–100).' }),
  }),
});

builder.node(PositionRef, {
  description: 'A position of the department with its duties, KPIs, authorities and holders. Needs `org.view`.',
  authScopes: { can: 'org.view' },
  id: { resolve: (position) => position.id },
  loadMany: async (ids, ctx) => {
    const { chart } = await ctx.access();
    return ids.map((id) => chart?.positions.find((p) => p.id === id) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, unique within the site (director, hall_clerk …).' }),
    version: t.int({
      description: 'Goes up with every saved change: an edit or retirement sends the version it read, and is refused with CONFLICT when someone saved in between.',
      resolve: async (p, _args, ctx) => (await findPositionById(ctx.db, p.siteId, p.id))?.version ?? 0,
    }),
    title: t.field({ type: LocalizedTextRef, description: 'The position’s title (客户服务部经理 Director of customer service …).', resolve: (p) => p.title }),
    unit: t.field({
      type: UnitRef,
      description: 'The unit the position belongs to.',
      resolve: async (p, _args, ctx) => {
        const unit = (await chartOf(ctx, p)).units.find((u) => u.id === p.unitId);
        if (!unit) throw new Error(`position ${p.id} has no unit`);
        return unit;
      },
    }),
    reportsTo: t.field({
      type: [PositionRef],
      description: 'The positions this one reports to (直接上级).',
      resolve: async (p, _args, ctx) => {
        const chart = await chartOf(ctx, p);
        return p.reportsTo.flatMap((id) => chart.positions.filter((q) => q.id === id));
      },
    }),
    directReports: t.field({
      type: [PositionRef],
      description: 'The positions that report to this one (直接下级).',
      resolve: async (p, _args, ctx) => (await chartOf(ctx, p)).positions.filter((q) => q.reportsTo.includes(p.id)),
    }),
    headcount: t.exposeInt('headcount', { description: 'How many people the position is staffed for (岗位定员).' }),
    overStrength: t.int({ description: 'Regular holders beyond the headcount today (超编), 0 when within it; an appointment beyond it needed a reason.', resolve: async (p, _args, ctx) => overStrength(await chartOf(ctx, p), p.id, atOf(ctx, p)) }),
    vacancies: t.int({ description: 'Headcount minus the people holding it today, never below 0; an acting (代理) holder leaves the seat vacant.', resolve: async (p, _args, ctx) => vacancies(await chartOf(ctx, p), p.id, atOf(ctx, p)) }),
    holders: t.field({
      type: [AssignmentRef],
      description: 'Assignments current today (on the as-of day, for a chart as of a past day).',
      resolve: async (p, _args, ctx) => currentHolders(await chartOf(ctx, p), p.id, atOf(ctx, p)),
    }),
    assignmentHistory: t.field({
      type: [AssignmentRef],
      description: 'Every assignment to this position, newest first.',
      resolve: async (p, _args, ctx) =>
        (await chartOf(ctx, p)).assignments
          .filter((a) => a.positionId === p.id)
          .sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime()),
    }),
    purpose: t.field({ type: LocalizedTextRef, description: 'What the position is for (职位概要).', resolve: (p) => p.purpose }),
    duties: t.field({ type: [DutyGroupRef], description: 'Its duties, grouped by function (职责).', resolve: (p) => p.duties }),
    kpis: t.field({ type: [LocalizedTextRef], description: 'What its holders are measured on (关键绩效指标).', resolve: (p) => p.kpis }),
    authorities: t.field({ type: [AuthorityRef], description: 'What it may propose, review, approve, oversee or appraise (工作职权).', resolve: (p) => p.authorities }),
    qualifications: t.field({ type: QualificationsRef, description: 'What a holder needs (任职资格).', resolve: (p) => p.qualifications }),
    workEnvironment: t.field({ type: [WorkShareRef], description: 'Where the work happens, as shares of the time (工作环境).', resolve: (p) => p.workEnvironment }),
  }),
});
