export type { Account } from './account.js';
export {
  checkPassword,
  isCommonPassword,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_TEXT,
  PASSWORD_RULE,
  type PasswordProblem,
} from './password-policy.js';
export {
  decideSignIn,
  pairDelaySeconds,
  remainingSignInAttempts,
  SIGN_IN_THROTTLE,
  signInFailureLookup,
  usernameSlowDownSeconds,
  type FailureTally,
  type SignInFailures,
  type ThrottleDecision,
  type ThrottleRule,
} from './sign-in-throttle.js';
export {
  ACCOUNT_EVENT_KINDS,
  checkNewPassword,
  checkNewSignIn,
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  passwordIssues,
  USERNAME_LIMITS,
  type AccountEventKind,
} from './sign-in-rules.js';
export { accountPermissions, ACCOUNT_ACTIONS, type AccountAction } from './account-permissions.js';
export {
  INVITABLE_KINDS,
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
  INVITATION_VALID_DAYS,
  invitationCodeFrom,
  invitationExpiry,
  invitationState,
  mayBeInvited,
  normalizeInvitationCode,
  type Invitation,
  type InvitationState,
} from './invitation.js';
