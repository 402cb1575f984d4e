import type { Requester } from '@kefu/domain/requesters';
import { REQUESTER_KINDS } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';

const RequesterKindEnum = domainEnum('RequesterKind', REQUESTER_KINDS, 'Who a requester is to the mall.', {
  merchant: 'Merchant (商户): a tenant with a shop in the mall.',
  customer: 'Customer (顾客): a shopper.',
  owner: 'Owner (业主) of property in the mall.',
});

export const RequesterRef = builder.objectRef<Requester>('Requester');

RequesterRef.implement({
  description: 'A merchant (shop tenant), owner or customer who raises tickets. Staff of the site see any; a requester sees only themself.',
  // Staff see requesters; a requester sees only themself (through `viewer`).
  authScopes: (requester, ctx) => {
    const { principal } = ctx.viewer;
    if (principal.kind === 'staff') return principal.siteId === requester.siteId;
    return principal.kind === 'requester' && principal.requesterId === requester.id;
  },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The requester’s id, as CreateTicketInput.requesterId takes it.' }),
    kind: t.field({ type: RequesterKindEnum, description: 'Merchant, owner or customer.', resolve: (r) => r.kind }),
    name: t.exposeString('name', { description: 'The person’s name.' }),
    shopName: t.exposeString('shopName', { nullable: true, description: 'Merchants: the shop’s name (鑫源瓷砖).' }),
    shopUnit: t.exposeString('shopUnit', { nullable: true, description: 'Merchants: the shop’s unit in the mall (A1-018).' }),
    phone: t.exposeString('phone', { nullable: true, description: 'A phone number to call back on.' }),
  }),
});

export { RequesterKindEnum };
