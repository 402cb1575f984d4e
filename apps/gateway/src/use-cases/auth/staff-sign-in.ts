import {
  findAccountsOfStaff,
  hashPassword,
  insertAccount,
  insertAccountEvent,
  lockAccount,
  revokeAllSessionsOf,
  setAccountDisabled,
  setPasswordHash,
  usernameTaken,
} from '@kefu/db/accounts';
import type { Queryable } from '@kefu/db/engine';
import { findStaffByIds } from '@kefu/db/org';
import { checkNewPassword, checkNewSignIn, type Account } from '@kefu/domain/accounts';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import type { Access } from '../../context.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { StaffHasSignInError, UsernameTakenError } from './auth.errors.js';

export type NewSignIn = { username: string; password: string };

async function requireStaffEdit(uc: UseCaseContext, staffId: string): Promise<string> {
  const { siteId } = asStaff(uc).principal;
  const access = await uc.access();
  if (!access.can('staff.edit', { type: 'staff', siteId, staffId })) throw new ForbiddenError('staff.edit');
  return siteId;
}

/**
 * Gives a member of staff their sign-in, inside the caller's transaction: a username and a first
 * password that they must change at their first sign-in. Checks the input before anything else.
 */
export async function addStaffSignIn(tx: Queryable, uc: UseCaseContext, siteId: string, staffId: string, input: NewSignIn, prefix = 'input'): Promise<Account> {
  const username = checkNewSignIn(input, prefix);
  const [existing] = await findAccountsOfStaff(tx, siteId, staffId);
  if (existing) throw new StaffHasSignInError(staffId, existing.username);
  if (await usernameTaken(tx, username)) throw new UsernameTakenError(username);
  const account = await insertAccount(tx, {
    siteId,
    username,
    passwordHash: await hashPassword(input.password),
    locale: 'zh-CN',
    staffId,
    mustChangePassword: true,
  });
  await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'created', at: uc.now, details: { staffId } });
  return account;
}

/** A sign-in for a member of staff who has none (the record was made earlier). Needs `staff.edit` over them. */
export async function createStaffSignIn(uc: UseCaseContext, staffId: string, input: NewSignIn): Promise<Account> {
  const siteId = await requireStaffEdit(uc, staffId);
  checkNewSignIn(input);
  return uc.db.transaction(async (tx) => {
    const [staff] = await findStaffByIds(tx, siteId, [staffId]);
    if (!staff) throw new NotFoundError('Staff', staffId);
    return addStaffSignIn(tx, uc, siteId, staffId, input);
  });
}

/** The staff sign-in `accountId` of the viewer's site, once the viewer may edit its owner. */
async function staffAccount(tx: Queryable, uc: UseCaseContext, access: Access, accountId: string) {
  const { siteId } = asStaff(uc).principal;
  const account = await lockAccount(tx, siteId, accountId);
  if (!account || account.staffId === null) throw new NotFoundError('Account', accountId);
  if (!access.can('staff.edit', { type: 'staff', siteId, staffId: account.staffId })) throw new ForbiddenError('staff.edit');
  return { account, siteId };
}

/** Disables or enables a staff sign-in; disabling signs it out everywhere at once. */
export async function setStaffSignInDisabled(uc: UseCaseContext, accountId: string, disabled: boolean): Promise<Account> {
  // Read before the transaction: the permissions come from the committed org chart.
  const access = await uc.access();
  return uc.db.transaction(async (tx) => {
    const { account, siteId } = await staffAccount(tx, uc, access, accountId);
    if (account.disabled === disabled) return account;
    const updated = await setAccountDisabled(tx, account.id, disabled);
    await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: disabled ? 'disabled' : 'enabled', at: uc.now });
    if (disabled) {
      const revoked = await revokeAllSessionsOf(tx, account.id);
      await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'sessions_revoked', at: uc.now, details: { revoked } });
    }
    return updated;
  });
}

/**
 * A manager sets a new password for a member of staff (forgotten, or leaked): every session of
 * the sign-in ends, and the owner must change the password at their next sign-in.
 */
export async function resetStaffPassword(uc: UseCaseContext, accountId: string, password: string): Promise<Account> {
  const access = await uc.access();
  return uc.db.transaction(async (tx) => {
    const { account, siteId } = await staffAccount(tx, uc, access, accountId);
    checkNewPassword('password', password, account.username);
    const updated = await setPasswordHash(tx, account.id, await hashPassword(password), true);
    const revoked = await revokeAllSessionsOf(tx, account.id);
    await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'password_reset', at: uc.now });
    await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'sessions_revoked', at: uc.now, details: { revoked } });
    return updated;
  });
}
