import { MERCHANT_STATUSES, requesterResource, type Contact, type Requester, type RequesterFile } from '@kefu/domain/requesters';
import { REQUESTER_KINDS } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedIn } from '../common/request-scope.js';

const RequesterKindEnum = domainEnum('RequesterKind', REQUESTER_KINDS, 'Who a requester is to the mall.', {
  merchant: 'Merchant (商户): a tenant with a shop in the mall.',
  customer: 'Customer (顾客): a shopper.',
  owner: 'Owner (业主) of property in the mall.',
});

const MerchantStatusEnum = domainEnum('MerchantStatus', MERCHANT_STATUSES, 'Where a merchant stands with the mall.', {
  open: 'Trading (营业中).',
  closing: 'Closing down or moving out (撤场中).',
  left: 'Has left the mall (已撤场); its units are free for a new tenant.',
});

const RequesterContactRef = builder.objectRef<Contact>('RequesterContact').implement({
  description: 'Someone to call about a merchant or owner (联系人). Reached only through `Requester.contacts`, which needs `requester.view`.',
  authScopes: { staff: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Their name.' }),
    role: t.exposeString('role', { description: 'Their role: boss, shop assistant, accountant…; may be empty.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone: 11-digit mobile or landline with area code.' }),
  }),
});

export const RequesterRef = builder.objectRef<Requester | RequesterFile>('Requester');

/** The whole file behind a requester read as a ticket's card (one statement per page). */
const fileOf = async (requester: Requester | RequesterFile, ctx: GatewayContext): Promise<RequesterFile> =>
  'units' in requester ? requester : ((await signedIn(ctx).loaders.requesterFiles.load(requester.id)) ?? { ...requester, units: [], businessCategory: null, contractStartsOn: null, contractEndsOn: null, contacts: [], status: null });

/** The file's own fields: only staff whose positions let them read files. */
const mayReadFile = async (requester: Requester, ctx: GatewayContext): Promise<boolean> => (await ctx.access()).can('requester.view', requesterResource(requester));

const asDay = (day: string | null): Date | null => (day === null ? null : new Date(`${day}T00:00:00Z`));

RequesterRef.implement({
  description:
    'A merchant (shop tenant), owner or customer who raises tickets, with their file (来访人档案). Staff of the site see the card; the file’s own fields need `requester.view`. A requester sees only their own card.',
  // Staff see requesters; a requester sees only themself (through `viewer`).
  authScopes: (requester, ctx) => {
    const { principal } = ctx.viewer;
    if (principal.kind === 'staff') return principal.siteId === requester.siteId;
    return principal.kind === 'requester' && principal.requesterId === requester.id;
  },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The requester’s id, as CreateTicketInput.requesterId takes it.' }),
    kind: t.field({ type: RequesterKindEnum, description: 'Merchant, owner or customer.', resolve: (r) => r.kind }),
    name: t.exposeString('name', { description: 'The person’s name; empty for an anonymous walk-in customer.' }),
    shopName: t.exposeString('shopName', { nullable: true, description: 'Merchants: the shop’s name (鑫源瓷砖).' }),
    shopUnit: t.exposeString('shopUnit', { nullable: true, description: 'Merchants: the shop’s unit in the mall (A1-018); the first of `units`.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'A phone number to call back on.' }),
    units: t.stringList({
      description: 'Merchants and owners: every unit they hold (A1-018 …). Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => (await fileOf(r, ctx)).units,
    }),
    businessCategory: t.string({
      nullable: true,
      description: 'Merchants: what the shop sells (经营类别). Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => (await fileOf(r, ctx)).businessCategory,
    }),
    contractStartsOn: t.field({
      type: 'LocalDate',
      nullable: true,
      description: 'Merchants: the first day of the lease contract. Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => asDay((await fileOf(r, ctx)).contractStartsOn),
    }),
    contractEndsOn: t.field({
      type: 'LocalDate',
      nullable: true,
      description: 'Merchants: the last day of the lease contract. Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => asDay((await fileOf(r, ctx)).contractEndsOn),
    }),
    status: t.field({
      type: MerchantStatusEnum,
      nullable: true,
      description: 'Merchants: open, closing or left; null for owners and customers. Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => (await fileOf(r, ctx)).status,
    }),
    contacts: t.field({
      type: [RequesterContactRef],
      description: 'Merchants and owners: people to call (联系人). Needs `requester.view`.',
      authScopes: (r, _args, ctx) => mayReadFile(r, ctx),
      resolve: async (r, _args, ctx) => (await fileOf(r, ctx)).contacts,
    }),
  }),
});

export { RequesterKindEnum, MerchantStatusEnum };
