import {
  AUTHORITY_DOMAINS,
  AUTHORITY_VERBS,
  currentHolders,
  vacancies,
  type Authority,
  type DutyGroup,
  type Position,
  type Qualifications,
} from '@kefu/domain/org';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { AssignmentRef } from './assignment.js';
import { PositionRef } from './org-refs.js';
import { UnitRef } from './unit.js';

export { PositionRef };

const chartOf = async (ctx: GatewayContext) => {
  const { chart } = await ctx.access();
  if (!chart) throw new Error('org chart requested without a signed-in viewer');
  return chart;
};

const DutyGroupRef = builder.objectRef<DutyGroup>('DutyGroup').implement({
  description: '职责: duties grouped by function (业务管理, 部门管理, 客户接待 …).',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    function: t.field({ type: LocalizedTextRef, resolve: (g) => g.function }),
    duties: t.field({ type: [LocalizedTextRef], resolve: (g) => g.duties }),
  }),
});

const AuthorityVerbEnum = domainEnum('AuthorityVerb', AUTHORITY_VERBS);
const AuthorityDomainEnum = domainEnum('AuthorityDomain', AUTHORITY_DOMAINS);

const AuthorityRef = builder.objectRef<Authority>('Authority').implement({
  description: '工作职权: a verb (propose, review, approve, oversee, appraise) over a domain.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    verb: t.field({ type: AuthorityVerbEnum, resolve: (a) => a.verb }),
    domain: t.field({ type: AuthorityDomainEnum, resolve: (a) => a.domain }),
    subject: t.field({ type: LocalizedTextRef, resolve: (a) => a.subject }),
  }),
});

const QualificationsRef = builder.objectRef<Qualifications>('Qualifications').implement({
  description: '任职资格.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    education: t.field({ type: LocalizedTextRef, resolve: (q) => q.education }),
    experience: t.field({ type: LocalizedTextRef, resolve: (q) => q.experience }),
    knowledge: t.field({ type: [LocalizedTextRef], resolve: (q) => q.knowledge }),
    skills: t.field({ type: [LocalizedTextRef], resolve: (q) => q.skills }),
  }),
});

type WorkShare = Position['workEnvironment'][number];
const WorkShareRef = builder.objectRef<WorkShare>('WorkShare').implement({
  description: '工作环境: where the work happens, as a share of the time (0–100).',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    place: t.field({ type: LocalizedTextRef, resolve: (w) => w.place }),
    share: t.exposeInt('share'),
  }),
});

builder.node(PositionRef, {
  description: 'A position of the department with its duties, KPIs, authorities and holders.',
  authScopes: { can: 'org.view' },
  id: { resolve: (position) => position.id },
  loadMany: async (ids, ctx) => {
    const { chart } = await ctx.access();
    return ids.map((id) => chart?.positions.find((p) => p.id === id) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.field({ type: LocalizedTextRef, resolve: (p) => p.title }),
    unit: t.field({
      type: UnitRef,
      resolve: async (p, _args, ctx) => {
        const unit = (await chartOf(ctx)).units.find((u) => u.id === p.unitId);
        if (!unit) throw new Error(`position ${p.id} has no unit`);
        return unit;
      },
    }),
    reportsTo: t.field({
      type: [PositionRef],
      description: '直接上级: the positions this one reports to.',
      resolve: async (p, _args, ctx) => {
        const chart = await chartOf(ctx);
        return p.reportsTo.flatMap((id) => chart.positions.filter((q) => q.id === id));
      },
    }),
    directReports: t.field({
      type: [PositionRef],
      description: '直接下级: the positions that report to this one.',
      resolve: async (p, _args, ctx) => (await chartOf(ctx)).positions.filter((q) => q.reportsTo.includes(p.id)),
    }),
    headcount: t.exposeInt('headcount', { description: '岗位定员.' }),
    vacancies: t.int({ resolve: async (p, _args, ctx) => vacancies(await chartOf(ctx), p.id, ctx.now) }),
    holders: t.field({
      type: [AssignmentRef],
      description: 'Assignments current today.',
      resolve: async (p, _args, ctx) => currentHolders(await chartOf(ctx), p.id, ctx.now),
    }),
    assignmentHistory: t.field({
      type: [AssignmentRef],
      description: 'Every assignment to this position, newest first.',
      resolve: async (p, _args, ctx) =>
        (await chartOf(ctx)).assignments
          .filter((a) => a.positionId === p.id)
          .sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime()),
    }),
    purpose: t.field({ type: LocalizedTextRef, description: '职位概要.', resolve: (p) => p.purpose }),
    duties: t.field({ type: [DutyGroupRef], resolve: (p) => p.duties }),
    kpis: t.field({ type: [LocalizedTextRef], description: '关键绩效指标.', resolve: (p) => p.kpis }),
    authorities: t.field({ type: [AuthorityRef], resolve: (p) => p.authorities }),
    qualifications: t.field({ type: QualificationsRef, resolve: (p) => p.qualifications }),
    workEnvironment: t.field({ type: [WorkShareRef], resolve: (p) => p.workEnvironment }),
  }),
});
