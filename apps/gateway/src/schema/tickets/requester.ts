import type { Requester } from '@kefu/domain/requesters';
import { REQUESTER_KINDS } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';

const RequesterKindEnum = domainEnum('RequesterKind', REQUESTER_KINDS);

export const RequesterRef = builder.objectRef<Requester>('Requester');

RequesterRef.implement({
  description: 'A merchant (shop tenant), owner or customer who raises tickets.',
  // Staff see requesters; a requester sees only themself (through `viewer`).
  authScopes: (requester, ctx) => {
    const { principal } = ctx.viewer;
    if (principal.kind === 'staff') return principal.siteId === requester.siteId;
    return principal.kind === 'requester' && principal.requesterId === requester.id;
  },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RequesterKindEnum, resolve: (r) => r.kind }),
    name: t.exposeString('name'),
    shopName: t.exposeString('shopName', { nullable: true }),
    shopUnit: t.exposeString('shopUnit', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
  }),
});

export { RequesterKindEnum };
