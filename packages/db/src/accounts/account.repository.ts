import { NotFoundError, type Locale } from '@kefu/domain/shared';
import type { Queryable } from '../engine/database.js';
import { isUuid } from '../shared/is-uuid.js';
import type { Account } from '@kefu/domain/accounts';
import { ACCOUNT_COLUMNS, accountMapper, type AccountRow } from './account.mapper.js';

export type NewAccount = {
  siteId: string;
  username: string;
  passwordHash: string;
  locale: Locale;
  /** A password someone else chose: its owner must change it at first sign-in. */
  mustChangePassword?: boolean;
} & ({ staffId: string; requesterId?: never } | { requesterId: string; staffId?: never });

/** Throws NotFoundError when the staff member or requester is not the site's. */
export async function insertAccount(q: Queryable, account: NewAccount): Promise<Account> {
  const staffId = account.staffId ?? null;
  const requesterId = account.requesterId ?? null;
  const [row] = await q.query<AccountRow>(
    `INSERT INTO accounts (site_id, username, password_hash, staff_id, requester_id, locale, must_change_password)
     SELECT $1::uuid, $2, $3, $4::uuid, $5::uuid, $6, $7::boolean
     WHERE EXISTS (SELECT 1 FROM staff WHERE site_id = $1::uuid AND id = $4::uuid)
        OR EXISTS (SELECT 1 FROM requesters WHERE site_id = $1::uuid AND id = $5::uuid)
     RETURNING ${ACCOUNT_COLUMNS}`,
    [account.siteId, account.username, account.passwordHash, staffId, requesterId, account.locale, account.mustChangePassword ?? false],
  );
  if (!row) throw new NotFoundError(staffId ? 'Staff' : 'Requester', staffId ?? requesterId ?? '');
  return accountMapper.toDomain(row);
}

/** `staffActive` is false for the sign-in of a deactivated member of staff, true for every other. */
export type AccountForLogin = { account: Account; passwordHash: string; staffActive: boolean };

/** Disabled accounts and deactivated staff are returned too: whether they may sign in is the caller's decision. */
export async function findAccountForLogin(q: Queryable, username: string): Promise<AccountForLogin | null> {
  const [row] = await q.query<AccountRow & { password_hash: string; staff_active: boolean }>(
    `SELECT ${ACCOUNT_COLUMNS}, password_hash,
            NOT EXISTS (SELECT 1 FROM staff st WHERE st.id = accounts.staff_id AND NOT st.active) AS staff_active
     FROM accounts WHERE username = $1`,
    [username],
  );
  return row ? { account: accountMapper.toDomain(row), passwordHash: row.password_hash, staffActive: row.staff_active } : null;
}

export async function findAccountById(q: Queryable, id: string): Promise<Account | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1::uuid`, [id]);
  return row ? accountMapper.toDomain(row) : null;
}

/** Throws NotFoundError when there is no such account. */
export async function setAccountLocale(q: Queryable, accountId: string, locale: Locale): Promise<Account> {
  const [row] = isUuid(accountId)
    ? await q.query<AccountRow>(`UPDATE accounts SET locale = $2 WHERE id = $1::uuid RETURNING ${ACCOUNT_COLUMNS}`, [
        accountId,
        locale,
      ])
    : [];
  if (!row) throw new NotFoundError('Account', accountId);
  return accountMapper.toDomain(row);
}
