import { type KindDeadlines, type PolicySource, type SeverityDeadlines, type SeverityPolicyInput } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import { readDeadlinePolicies, resetKindDeadlines, setKindDeadlines } from '../../use-cases/tickets/deadline-policies.js';
import { domainEnum } from '../common/domain-enum.js';
import { useCaseContext } from '../common/use-case-context.js';
import { SeverityEnum, TicketKindEnum } from './ticket-enums.js';

const PolicySourceEnum = domainEnum('DeadlinePolicySource', ['seed', 'product_default', 'site'] as const satisfies readonly PolicySource[], 'Where a kind’s deadlines come from.', {
  seed: 'The seeds state them (complaints: 001 投诉接待 (5)); no site changes them.',
  product_default: 'The product’s own default: the seeds set none for this kind and the site set none either.',
  site: 'The site set them.',
});

const SeverityDeadlinesRef = builder.objectRef<SeverityDeadlines>('SeverityDeadlines').implement({
  description: 'How long each step of a ticket of one kind and severity may take, counted from intake.',
  authScopes: { staff: true },
  fields: (t) => ({
    severity: t.field({ type: SeverityEnum, description: 'The severity.', resolve: (d) => d.severity }),
    handoverWithinHours: t.exposeInt('handoverWithinHours', { nullable: true, description: 'Hours to hand it over to whom it must reach; null for none (or the same day).' }),
    handoverSameDay: t.exposeBoolean('handoverSameDay', { description: 'Handed over the same calendar day (001 "当天呈送管理处主任").' }),
    replyWithinHours: t.exposeInt('replyWithinHours', { nullable: true, description: 'Hours to give the requester a clear reply; null for no separate reply.' }),
    resolveWithinHours: t.exposeInt('resolveWithinHours', { description: 'Hours to resolve it (a minor one: or by the requester’s own deadline).' }),
  }),
});

const KindDeadlinesRef = builder.objectRef<KindDeadlines>('KindDeadlines').implement({
  description: 'A ticket kind’s deadlines at the viewer’s site, per severity, and where they come from.',
  authScopes: { staff: true },
  fields: (t) => ({
    kind: t.field({ type: TicketKindEnum, description: 'The kind.', resolve: (k) => k.kind }),
    source: t.field({ type: PolicySourceEnum, description: 'The seeds, the product’s default, or the site.', resolve: (k) => k.source }),
    seedLine: t.exposeString('seedLine', { nullable: true, description: 'The seed line the deadlines come from, when they do.' }),
    severities: t.field({ type: [SeverityDeadlinesRef], description: 'Major, important, minor.', resolve: (k) => k.severities }),
  }),
});

builder.queryField('ticketDeadlinePolicies', (t) =>
  t.field({
    type: [KindDeadlinesRef],
    description: 'Every ticket kind’s deadlines at the viewer’s site: complaints by 001, the others as the site set them or the product’s default. Staff only.',
    authScopes: { staff: true },
    resolve: (_root, _args, ctx) => readDeadlinePolicies(useCaseContext(ctx)),
  }),
);

const SeverityDeadlinesInput = builder.inputType('SeverityDeadlinesInput', {
  description: 'One severity’s deadlines, in whole hours (1 to 2160); hand-over ≤ reply ≤ resolve.',
  fields: (t) => ({
    handoverWithinHours: t.int({ description: 'Hours to hand it over; omit for none.' }),
    replyWithinHours: t.int({ description: 'Hours to give a clear reply; omit for none.' }),
    resolveWithinHours: t.int({ description: 'Hours to resolve it (required).' }),
  }),
});

const KindDeadlinesInput = builder.inputType('KindDeadlinesInput', {
  description: 'A kind’s deadlines for each severity.',
  fields: (t) => ({
    major: t.field({ type: SeverityDeadlinesInput, required: true, description: 'Major (重大).' }),
    important: t.field({ type: SeverityDeadlinesInput, required: true, description: 'Important (重要).' }),
    minor: t.field({ type: SeverityDeadlinesInput, required: true, description: 'Minor (轻微).' }),
  }),
});

const plain = (d: { handoverWithinHours?: number | null; replyWithinHours?: number | null; resolveWithinHours?: number | null }): SeverityPolicyInput => ({
  handoverWithinHours: d.handoverWithinHours ?? null,
  replyWithinHours: d.replyWithinHours ?? null,
  resolveWithinHours: d.resolveWithinHours ?? null,
});

builder.mutationField('setTicketKindDeadlines', (t) =>
  t.field({
    type: KindDeadlinesRef,
    description:
      'Sets the site’s deadlines for a kind other than complaints; new tickets of the kind follow them. Field errors name `major.resolveWithinHours` and the like. Needs `ticket.policy.configure`.',
    authScopes: { can: 'ticket.policy.configure' },
    args: {
      kind: t.arg({ type: TicketKindEnum, required: true, description: 'The kind; complaints are refused (`kind`).' }),
      deadlines: t.arg({ type: KindDeadlinesInput, required: true, description: 'Each severity’s deadlines.' }),
    },
    resolve: (_root, { kind, deadlines }, ctx) =>
      setKindDeadlines(useCaseContext(ctx), kind, { major: plain(deadlines.major), important: plain(deadlines.important), minor: plain(deadlines.minor) }),
  }),
);

builder.mutationField('resetTicketKindDeadlines', (t) =>
  t.field({
    type: KindDeadlinesRef,
    description: 'Drops the site’s deadlines for a kind: the product’s default applies again to new tickets. Needs `ticket.policy.configure`.',
    authScopes: { can: 'ticket.policy.configure' },
    args: { kind: t.arg({ type: TicketKindEnum, required: true, description: 'The kind; complaints are refused (`kind`).' }) },
    resolve: (_root, { kind }, ctx) => resetKindDeadlines(useCaseContext(ctx), kind),
  }),
);
