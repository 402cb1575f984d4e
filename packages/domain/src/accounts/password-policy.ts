import type { LocalizedText } from '../shared/localized-text.js';
import { err, ok, type Result } from '../shared/result.js';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data.js';

// The product's own rule (the seed documents say nothing about passwords): long enough to
// resist guessing, not the username, which anyone who knows the person can guess, and not one
// of the passwords tried first by anyone guessing (the 10,000 most common, shipped as data).
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'too_short' | 'contains_username' | 'too_common';

/** The rule as a person reads it, shown whenever a password is refused. */
export const PASSWORD_RULE: LocalizedText = {
  zh: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符，不能与用户名相同或包含用户名，也不能是常见密码（如 1234567890、qwertyuiop）。`,
  en: `A password has at least ${PASSWORD_MIN_LENGTH} characters, must not be or contain the username, and must not be a common password (such as 1234567890 or qwertyuiop).`,
};

let common: ReadonlySet<string> | null = null;

/** Whether the password is one of the 10,000 most common, whatever its case. Built on first use. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return common.has(password.normalize('NFC').toLowerCase());
}

/**
 * Checks a new password against the policy. The username is compared without regard to case,
 * so "Director2024" is refused for the account "director". Returns every problem at once.
 */
export function checkPassword(password: string, username: string): Result<string, PasswordProblem[]> {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push('contains_username');
  if (isCommonPassword(password)) problems.push('too_common');
  return problems.length === 0 ? ok(password) : err(problems);
}

/** Each problem in a few words, for a list of what is wrong with a password. */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, LocalizedText> = {
  too_short: { zh: '太短', en: 'too short' },
  contains_username: { zh: '包含用户名', en: 'contains the username' },
  too_common: { zh: '是常见密码', en: 'is a common password' },
};
