import type { Contact, MerchantStatus, RequesterFile, RequesterFileFields } from '@kefu/domain/requesters';
import { requesterMapper, type RequesterRow } from './requester.mapper.js';

export type RequesterFileRow = RequesterRow & {
  units: string[];
  business_category: string | null;
  /** `date` columns are read as text (`::text`), so no time zone shifts them. */
  contract_starts_on: string | null;
  contract_ends_on: string | null;
  contacts: Contact[] | string;
  status: MerchantStatus | null;
};

export const REQUESTER_FILE_COLUMNS =
  'id, site_id, kind, name, shop_name, shop_unit, phone, units, business_category, contract_starts_on::text, contract_ends_on::text, contacts, status';

export const requesterFileMapper = {
  toDomain: (row: RequesterFileRow): RequesterFile => ({
    ...requesterMapper.toDomain(row),
    units: row.units,
    businessCategory: row.business_category,
    contractStartsOn: row.contract_starts_on,
    contractEndsOn: row.contract_ends_on,
    // postgres.js parses jsonb; PGlite may hand it back as text.
    contacts: typeof row.contacts === 'string' ? (JSON.parse(row.contacts) as Contact[]) : row.contacts,
    status: row.status,
  }),
  /** The written columns in order, from `shop_name` on ($3…$12 after site and kind). */
  toParams: (file: RequesterFileFields): unknown[] => [
    file.name,
    file.shopName,
    file.shopUnit,
    file.phone,
    file.units,
    file.businessCategory,
    file.contractStartsOn,
    file.contractEndsOn,
    JSON.stringify(file.contacts),
    file.status,
  ],
};
