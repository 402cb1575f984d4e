import type { RequesterKind } from '@kefu/domain/shared';
import type { Requester } from '@kefu/domain/requesters';

export type RequesterRow = {
  id: string;
  site_id: string;
  kind: RequesterKind;
  name: string;
  shop_name: string | null;
  shop_unit: string | null;
  phone: string | null;
};

export const requesterMapper = {
  toDomain: (row: RequesterRow): Requester => ({
    id: row.id,
    siteId: row.site_id,
    kind: row.kind,
    name: row.name,
    shopName: row.shop_name,
    shopUnit: row.shop_unit,
    phone: row.phone,
  }),
  toRow: (requester: Requester): RequesterRow => ({
    id: requester.id,
    site_id: requester.siteId,
    kind: requester.kind,
    name: requester.name,
    shop_name: requester.shopName,
    shop_unit: requester.shopUnit,
    phone: requester.phone,
  }),
};
