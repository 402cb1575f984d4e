import {
  hashPassword,
  insertAccountEvent,
  listActiveSessions,
  lockAccount,
  revokeOtherSessions,
  revokeSessionOf,
  setPasswordHash,
  verifyPassword,
  type SessionSummary,
} from '@kefu/db/accounts';
import { checkNewPassword } from '@kefu/domain/accounts';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { WrongCurrentPasswordError } from './auth.errors.js';

/**
 * Changes the viewer's own password; the current one is required. Every other session of the
 * account ends (the one that made the change goes on), and a first or reset password no
 * longer holds the session back.
 */
export function changeOwnPassword(uc: UseCaseContext, currentSessionId: string | null, input: { currentPassword: string; newPassword: string }) {
  new InputChecker().text('currentPassword', input.currentPassword, { required: true, max: 200 }).check();
  return uc.db.transaction(async (tx) => {
    const account = await lockAccount(tx, uc.principal.siteId, uc.accountId);
    if (!account) throw new NotFoundError('Account', uc.accountId);
    if (!(await verifyPassword(input.currentPassword, account.passwordHash))) throw new WrongCurrentPasswordError();
    checkNewPassword('newPassword', input.newPassword, account.username);
    if (await verifyPassword(input.newPassword, account.passwordHash)) {
      new InputChecker().add({ field: 'newPassword', rule: 'invalid_choice' }).check();
    }
    const updated = await setPasswordHash(tx, account.id, await hashPassword(input.newPassword), false);
    const revoked = await revokeOtherSessions(tx, account.id, currentSessionId);
    const { siteId } = uc.principal;
    await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'password_changed', at: uc.now });
    if (revoked > 0) {
      await insertAccountEvent(tx, { siteId, accountId: account.id, actorAccountId: uc.accountId, kind: 'sessions_revoked', at: uc.now, details: { revoked } });
    }
    return updated;
  });
}

/** The viewer's own open sessions, newest first. */
export function mySessions(uc: UseCaseContext): Promise<SessionSummary[]> {
  return listActiveSessions(uc.db, uc.accountId, uc.now);
}

/** Signs one of the viewer's own sessions out; another account's session id is not found. */
export async function revokeMySession(uc: UseCaseContext, sessionId: string): Promise<boolean> {
  const revoked = await revokeSessionOf(uc.db, uc.accountId, sessionId);
  if (!revoked) throw new NotFoundError('Session', sessionId);
  await insertAccountEvent(uc.db, {
    siteId: uc.principal.siteId,
    accountId: uc.accountId,
    actorAccountId: uc.accountId,
    kind: 'sessions_revoked',
    at: uc.now,
    details: { revoked: 1 },
  });
  return true;
}
