export type { Account } from './account.js';
export { checkPassword, PASSWORD_MIN_LENGTH, PASSWORD_RULE, type PasswordProblem } from './password-policy.js';
