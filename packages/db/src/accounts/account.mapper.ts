import type { Locale, RequesterKind } from '@kefu/domain/shared';
import type { Account } from '@kefu/domain/accounts';

export type AccountRow = {
  id: string;
  site_id: string;
  username: string;
  staff_id: string | null;
  requester_id: string | null;
  requester_kind: RequesterKind | null;
  locale: Locale;
  disabled: boolean;
  must_change_password: boolean;
};

/** The requester's kind comes along, so a session lookup yields the whole principal in one statement. */
export const ACCOUNT_COLUMNS =
  'id, site_id, username, staff_id, requester_id, locale, disabled, must_change_password, ' +
  '(SELECT r.kind FROM requesters r WHERE r.id = accounts.requester_id) AS requester_kind';

export const accountMapper = {
  toDomain: (row: AccountRow): Account => ({
    id: row.id,
    siteId: row.site_id,
    username: row.username,
    staffId: row.staff_id,
    requesterId: row.requester_id,
    requesterKind: row.requester_kind,
    locale: row.locale,
    disabled: row.disabled,
    mustChangePassword: row.must_change_password,
  }),
  toRow: (account: Account): AccountRow => ({
    id: account.id,
    site_id: account.siteId,
    username: account.username,
    staff_id: account.staffId,
    requester_id: account.requesterId,
    requester_kind: account.requesterKind,
    locale: account.locale,
    disabled: account.disabled,
    must_change_password: account.mustChangePassword,
  }),
};
