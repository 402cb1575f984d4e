import type { LocalizedText } from '../shared/localized-text.js';
import { err, ok, type Result } from '../shared/result.js';

// The product's own rule (the seed documents say nothing about passwords): long enough to
// resist guessing, and not the username, which anyone who knows the person can guess.
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'too_short' | 'contains_username';

/** The rule as a person reads it, shown whenever a password is refused. */
export const PASSWORD_RULE: LocalizedText = {
  zh: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符，且不能与用户名相同，也不能包含用户名。`,
  en: `A password has at least ${PASSWORD_MIN_LENGTH} characters and must not be or contain the username.`,
};

/**
 * Checks a new password against the policy. The username is compared without regard to case,
 * so "Director2024" is refused for the account "director". Returns every problem at once.
 */
export function checkPassword(password: string, username: string): Result<string, PasswordProblem[]> {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push('contains_username');
  return problems.length === 0 ? ok(password) : err(problems);
}
