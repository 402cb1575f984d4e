import {
  createSession,
  findAccountsOfRequester,
  hashPassword,
  insertAccount,
  insertAccountEvent,
  insertInvitation,
  listInvitationsOf,
  lockAccount,
  lockInvitation,
  lockInvitationByCode,
  markInvitationRevoked,
  markInvitationUsed,
  revokeAllSessionsOf,
  setAccountDisabled,
  usernameTaken,
} from '@kefu/db/accounts';
import type { Database, Queryable } from '@kefu/db/engine';
import { findRequesterFileById } from '@kefu/db/requesters';
import { checkNewSignIn, invitationExpiry, invitationState, mayBeInvited, type Account, type Invitation } from '@kefu/domain/accounts';
import { requesterResource } from '@kefu/domain/requesters';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import type { Access } from '../../context.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { InvitationInvalidError, NotInvitableError, UsernameTakenError } from './auth.errors.js';

/** The file whose sign-ins the viewer keeps; one they may not invite for answers like a missing one. */
async function invitableFile(q: Queryable, access: Pick<Access, 'can'>, siteId: string, requesterId: string) {
  const file = await findRequesterFileById(q, siteId, requesterId);
  if (!file || !access.can('requester.invite', requesterResource(file))) throw new NotFoundError('Requester', requesterId);
  return file;
}

export type NewInvitation = { invitation: Invitation; code: string };

/** A clerk invites a merchant or owner to the portal: the code is answered here and never again. */
export async function inviteRequester(uc: UseCaseContext, requesterId: string): Promise<NewInvitation> {
  const staff = asStaff(uc);
  const access = await staff.access();
  const { siteId } = staff.principal;
  return staff.db.transaction(async (tx) => {
    const file = await invitableFile(tx, access, siteId, requesterId);
    if (!mayBeInvited(file.kind)) throw new NotInvitableError(file.kind);
    const made = await insertInvitation(tx, { siteId, requesterId: file.id, createdBy: uc.accountId, now: uc.now, expiresAt: invitationExpiry(uc.now) });
    await insertAccountEvent(tx, {
      siteId,
      accountId: null,
      requesterId: file.id,
      actorAccountId: uc.accountId,
      kind: 'invited',
      at: uc.now,
      details: { invitationId: made.invitation.id, expiresAt: made.invitation.expiresAt.toISOString() },
    });
    return made;
  });
}

/** Withdraws an invitation not yet used; a used, revoked or expired one stays as it is. */
export async function revokeInvitation(uc: UseCaseContext, invitationId: string): Promise<Invitation> {
  const staff = asStaff(uc);
  const access = await staff.access();
  const { siteId } = staff.principal;
  return staff.db.transaction(async (tx) => {
    const invitation = await lockInvitation(tx, siteId, invitationId);
    if (!invitation) throw new NotFoundError('Invitation', invitationId);
    await invitableFile(tx, access, siteId, invitation.requesterId).catch(() => {
      throw new NotFoundError('Invitation', invitationId);
    });
    if (invitationState(invitation, uc.now) !== 'open') return invitation;
    return markInvitationRevoked(tx, invitation.id, uc.now);
  });
}

export type RequesterAccess = { signIns: Account[]; invitations: Invitation[] };

/** A requester's sign-ins and invitations, for the clerks who invite. */
export async function requesterAccess(uc: UseCaseContext, requesterId: string): Promise<RequesterAccess> {
  const staff = asStaff(uc);
  const access = await staff.access();
  const { siteId } = staff.principal;
  const file = await invitableFile(staff.db, access, siteId, requesterId);
  const [signIns, invitations] = await Promise.all([findAccountsOfRequester(staff.db, siteId, file.id), listInvitationsOf(staff.db, siteId, file.id)]);
  return { signIns, invitations };
}

/** Disables (every session ends at once) or enables a requester's sign-in. */
export async function setRequesterSignInDisabled(uc: UseCaseContext, accountId: string, disabled: boolean): Promise<Account> {
  const staff = asStaff(uc);
  const access = await staff.access();
  const { siteId } = staff.principal;
  return staff.db.transaction(async (tx) => {
    const account = await lockAccount(tx, siteId, accountId);
    if (!account || account.requesterId === null) throw new NotFoundError('Account', accountId);
    await invitableFile(tx, access, siteId, account.requesterId).catch(() => {
      throw new NotFoundError('Account', accountId);
    });
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

export type RedeemContext = { db: Database; now: Date; sessionTtlMs: number };
export type Redemption = { code: string; username: string; password: string };

/**
 * The invited person chooses their sign-in with the code (before any viewer exists) and is signed
 * in. The invitation is locked, so one code makes one sign-in even when sent twice at once.
 */
export async function redeemInvitation(rc: RedeemContext, input: Redemption): Promise<{ token: string; expiresAt: Date }> {
  new InputChecker().text('input.code', input.code, { required: true, max: 64 }).check();
  const username = checkNewSignIn(input);
  return rc.db.transaction(async (tx) => {
    const invitation = await lockInvitationByCode(tx, input.code);
    if (!invitation || invitationState(invitation, rc.now) !== 'open') throw new InvitationInvalidError();
    if (await usernameTaken(tx, username)) throw new UsernameTakenError(username);
    const account = await insertAccount(tx, {
      siteId: invitation.siteId,
      username,
      passwordHash: await hashPassword(input.password),
      locale: 'zh-CN',
      requesterId: invitation.requesterId,
    });
    await markInvitationUsed(tx, invitation.id, account.id, rc.now);
    await insertAccountEvent(tx, { siteId: invitation.siteId, accountId: account.id, actorAccountId: null, kind: 'invitation_used', at: rc.now, details: { invitationId: invitation.id } });
    return createSession(tx, account.id, invitation.siteId, rc.sessionTtlMs, rc.now);
  });
}
