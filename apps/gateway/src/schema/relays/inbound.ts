import { INBOUND_KINDS, type Inbound } from '@kefu/domain/relays';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { DepartmentRef } from './relay.js';

export const InboundKindEnum = domainEnum('InboundKind', INBOUND_KINDS, 'What inbound information is about.', {
  closure: 'A shop or area closes (停业/闭店).',
  outage: 'A power, water or lift outage (停电/停水/检修).',
  promotion: 'A promotion or event (促销/活动).',
  other: 'Anything else.',
});

export const InboundAudienceEnum = builder.enumType('InboundAudience', {
  description: 'Who a notice is for (通知对象).',
  values: {
    INTERNAL: { value: 'internal', description: 'Customer service only; never on the portal.' },
    SITE: { value: 'site', description: 'Every requester of the site.' },
    UNITS: { value: 'units', description: 'Requesters with a shop unit starting with `unitPrefix` (a floor "B2", a unit "B2-007").' },
    REQUESTER: { value: 'requester', description: 'One requester (`requesterId`).' },
  } as const,
});

const sameSiteStaff = (ctx: GatewayContext, siteId: string): boolean => ctx.viewer.principal.kind === 'staff' && ctx.viewer.principal.siteId === siteId;

export const InboundRef = builder.objectRef<Inbound>('Inbound').implement({
  description:
    'Information another department passed to customer service (对其他部门传达的信息): a shop’s closure, a power cut, a promotion; acknowledged by the desk and, for an audience of requesters, a notice on their portal. Staff of the site with `inbound.view`.',
  authScopes: async (i, ctx) => sameSiteStaff(ctx, i.siteId) && (await ctx.access()).can('inbound.view', { type: 'site', siteId: i.siteId }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    department: t.field({
      type: DepartmentRef,
      description: 'The department that passed it on.',
      resolve: async (i, _args, ctx) => (await signedInStaff(ctx).loaders.departments.load(i.departmentId))!,
    }),
    kind: t.field({ type: InboundKindEnum, description: 'What it is about.', resolve: (i) => i.kind }),
    title: t.exposeString('title', { description: 'A one-line summary; the portal shows it as the notice’s title.' }),
    body: t.exposeString('body', { description: 'The details.' }),
    audience: t.field({ type: InboundAudienceEnum, description: 'Who it is for.', resolve: (i) => i.audience.kind }),
    unitPrefix: t.string({ nullable: true, description: 'For `UNITS`: the start of the shop units it is for.', resolve: (i) => (i.audience.kind === 'units' ? i.audience.unitPrefix : null) }),
    requesterId: t.id({ nullable: true, description: 'For `REQUESTER`: the requester it is for.', resolve: (i) => (i.audience.kind === 'requester' ? i.audience.requesterId : null) }),
    registeredBy: t.field({ type: StaffRef, nullable: true, description: 'Who registered it.', resolve: (i, _args, ctx) => signedInStaff(ctx).loaders.staff.load(i.registeredById) }),
    registeredAt: t.field({ type: 'DateTime', description: 'When it was registered.', resolve: (i) => i.registeredAt }),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, description: 'When customer service acknowledged it (受理); null while it waits.', resolve: (i) => i.acknowledgedAt }),
    acknowledgedBy: t.field({
      type: StaffRef,
      nullable: true,
      description: 'Who acknowledged it.',
      resolve: (i, _args, ctx) => (i.acknowledgedById ? signedInStaff(ctx).loaders.staff.load(i.acknowledgedById) : null),
    }),
    onPortal: t.boolean({ description: 'Shown on the portal: acknowledged and meant for requesters.', resolve: (i) => i.acknowledgedAt !== null && i.audience.kind !== 'internal' }),
  }),
});

/** A notice as a requester reads it: no staff, no audience details. */
export const NoticeRef = builder.objectRef<Inbound & { from: { zh: string; en: string } }>('Notice').implement({
  description: 'A notice on the portal (通知): information from the mall meant for the viewer — the whole site, their floor or unit, or them. Requesters only, their own notices.',
  authScopes: (n, ctx) => ctx.viewer.principal.kind === 'requester' && ctx.viewer.principal.siteId === n.siteId,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    kind: t.field({ type: InboundKindEnum, description: 'What it is about.', resolve: (n) => n.kind }),
    title: t.exposeString('title', { description: 'Its title.' }),
    body: t.exposeString('body', { description: 'Its text.' }),
    from: t.field({ type: LocalizedTextRef, description: 'The department it comes from (工程维修部).', resolve: (n) => n.from }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published (acknowledged by customer service).', resolve: (n) => n.acknowledgedAt ?? n.registeredAt }),
  }),
});
