import type { FieldIssue } from '../shared/validation.js';
import { InputChecker } from '../shared/validation.js';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy.js';

// The product's own rules for sign-in names: short enough to type on a phone, in letters a
// keyboard in any input mode gives the same way, unique across the product (accounts.username).
export const USERNAME_LIMITS = { min: 3, max: 32 } as const;
const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;

/** A password's longest accepted length: scrypt takes any, but a form need not. */
export const PASSWORD_MAX_LENGTH = 200;

/** The field issues of a new password, each with its own rule key (and so its own message). */
export function passwordIssues(field: string, password: string, username: string): FieldIssue[] {
  if ([...password].length > PASSWORD_MAX_LENGTH) return [{ field, rule: 'too_long', limit: PASSWORD_MAX_LENGTH }];
  const checked = checkPassword(password, username);
  if (checked.ok) return [];
  return checked.error.map((problem): FieldIssue =>
    problem === 'too_short'
      ? { field, rule: 'password_too_short', limit: PASSWORD_MIN_LENGTH }
      : { field, rule: problem === 'too_common' ? 'password_too_common' : 'password_contains_username' },
  );
}

/** The stored form of a sign-in name: trimmed, lower case. */
export const normalizeUsername = (username: string): string => username.trim().toLowerCase();

/** Checks a new sign-in name and its first password together; returns the stored username. */
export function checkNewSignIn(input: { username: string; password: string }, prefix = 'input'): string {
  const username = normalizeUsername(input.username);
  const checker = new InputChecker().text(`${prefix}.username`, username, { required: true, max: USERNAME_LIMITS.max, min: USERNAME_LIMITS.min });
  if (username.length >= USERNAME_LIMITS.min && username.length <= USERNAME_LIMITS.max && !USERNAME.test(username)) {
    checker.add({ field: `${prefix}.username`, rule: 'invalid_format' });
  }
  for (const issue of passwordIssues(`${prefix}.password`, input.password, username)) checker.add(issue);
  checker.check();
  return username;
}

/** Checks a password someone chose for an existing sign-in. */
export function checkNewPassword(field: string, password: string, username: string): string {
  const checker = new InputChecker();
  for (const issue of passwordIssues(field, password, username)) checker.add(issue);
  checker.check();
  return password;
}

/** What the account audit log records. */
export const ACCOUNT_EVENT_KINDS = [
  'created',
  'invited',
  'invitation_used',
  'password_changed',
  'password_reset',
  'disabled',
  'enabled',
  'sessions_revoked',
] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];
