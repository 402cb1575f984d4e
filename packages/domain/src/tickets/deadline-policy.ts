import { InputChecker, type FieldIssue } from '../shared/validation.js';
import { COMPLAINT_POLICY, DEFAULT_KIND_POLICY, type DeadlinePolicy, type TicketPolicies } from './sla.js';
import { SEVERITIES, TICKET_KINDS, type Severity, type TicketKind } from './ticket.js';

/** The kinds a site sets deadlines for: every kind but complaints, whose deadlines are the seed's. */
export type PolicyKind = Exclude<TicketKind, 'complaint'>;
export const POLICY_KINDS = TICKET_KINDS.filter((k): k is PolicyKind => k !== 'complaint');

/** A step is due within 1 hour to 90 days (product's own bounds: whole hours, nothing open-ended). */
export const POLICY_HOURS = { min: 1, max: 90 * 24 } as const;

export type SeverityPolicyInput = { handoverWithinHours?: number | null; replyWithinHours?: number | null; resolveWithinHours?: number | null };
export type KindPolicyInput = Partial<Record<Severity, SeverityPolicyInput>>;

/**
 * Checks a site's deadlines for one kind and answers them as stored, or throws a ValidationError
 * naming every field at fault (`major.replyWithinHours` …): a kind that is not one a site sets
 * (`kind`: complaints follow 001), each step a whole number of hours within POLICY_HOURS, the
 * resolution required, and the steps in order — hand-over no later than the reply, the reply no
 * later than the resolution (`after_later_step`), as 001's own steps are ordered (呈送 → 答复 → 解决).
 */
export function checkKindPolicy(kind: string, input: KindPolicyInput): { kind: PolicyKind; policy: Record<Severity, DeadlinePolicy> } {
  const checker = new InputChecker().oneOf('kind', kind, POLICY_KINDS);
  const issues: FieldIssue[] = [];
  const policy = {} as Record<Severity, DeadlinePolicy>;
  for (const severity of SEVERITIES) {
    const given = input[severity] ?? {};
    const field = (step: keyof SeverityPolicyInput) => `${severity}.${step}`;
    checker
      .integer(field('handoverWithinHours'), given.handoverWithinHours, POLICY_HOURS)
      .integer(field('replyWithinHours'), given.replyWithinHours, POLICY_HOURS)
      .integer(field('resolveWithinHours'), given.resolveWithinHours, { ...POLICY_HOURS, required: true });
    const handover = given.handoverWithinHours ?? null;
    const reply = given.replyWithinHours ?? null;
    const resolve = given.resolveWithinHours ?? null;
    if (handover !== null && ((reply !== null && handover > reply) || (resolve !== null && handover > resolve))) {
      issues.push({ field: field('handoverWithinHours'), rule: 'after_later_step' });
    }
    if (reply !== null && resolve !== null && reply > resolve) issues.push({ field: field('replyWithinHours'), rule: 'after_later_step' });
    policy[severity] = { handoverWithinHours: handover, replyWithinHours: reply, resolveWithinHours: resolve ?? 0 };
  }
  for (const issue of issues) checker.add(issue);
  checker.check();
  return { kind: kind as PolicyKind, policy };
}

/** Where a kind's deadlines come from: the seeds, the product's own default, or the site's setting. */
export type PolicySource = 'seed' | 'product_default' | 'site';

export type SeverityDeadlines = DeadlinePolicy & { severity: Severity; handoverSameDay: boolean };

export type KindDeadlines = {
  kind: TicketKind;
  source: PolicySource;
  /** The seed line the deadlines come from, when they do. */
  seedLine: string | null;
  severities: SeverityDeadlines[];
};

/** The seed line of the complaint policy, shown beside it. */
export const COMPLAINT_POLICY_SEED_LINE =
  '001 投诉接待 (5) "重大投诉,应当天呈送管理处主任进入处理程序,2天内给住户明确答复,10日内解决;…重要投诉,应在接待一小时内转呈部门主管进入处理程序,3天内处理完毕;…轻微投诉,应在2天内或在住户要求的期限内解决"';

const rows = (policy: Record<Severity, DeadlinePolicy & { handoverSameDay?: boolean }>): SeverityDeadlines[] =>
  SEVERITIES.map((severity) => ({ severity, ...policy[severity], handoverSameDay: policy[severity].handoverSameDay ?? false }));

/** Every kind's deadlines at a site, with where each comes from: complaints the seed's, the others the site's or the product's default. */
export const siteDeadlines = (policies: TicketPolicies | null | undefined): KindDeadlines[] => [
  { kind: 'complaint', source: 'seed', seedLine: COMPLAINT_POLICY_SEED_LINE, severities: rows(COMPLAINT_POLICY) },
  ...POLICY_KINDS.map((kind): KindDeadlines => {
    const own = policies?.[kind];
    return own
      ? { kind, source: 'site', seedLine: null, severities: rows(own) }
      : { kind, source: 'product_default', seedLine: null, severities: rows(DEFAULT_KIND_POLICY) };
  }),
];
