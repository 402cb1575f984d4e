export { hashPassword, verifyPassword } from './password.js';
export { insertAccount, findAccountForLogin, findAccountById, setAccountLocale, type NewAccount, type AccountForLogin } from './account.repository.js';
export { sessionIdOf, createSession, findSessionByToken, revokeSession, revokeAllSessionsOf, revokeAllSessionsOfStaff, type NewSession, type ActiveSession } from './session.repository.js';
export {
  findRecentLoginFailures,
  recordLoginFailure,
  clearLoginFailures,
  type LoginAttempt,
  type LoginFailureLookup,
} from './login-failure.repository.js';
export {
  usernameTaken,
  findAccountsOfStaff,
  lockAccount,
  setPasswordHash,
  setAccountDisabled,
  listActiveSessions,
  revokeSessionOf,
  revokeOtherSessions,
  insertAccountEvent,
  listAccountEvents,
  type SessionSummary,
  type AccountEvent,
  type AccountEventPage,
} from './account-security.repository.js';
export {
  findAccountsOfRequester,
  insertInvitation,
  invitationCodeHash,
  listInvitationsOf,
  lockInvitation,
  lockInvitationByCode,
  markInvitationRevoked,
  markInvitationUsed,
} from './invitation.repository.js';
