export { DomainError } from './domain-error.js';
export { ValidationError, InputChecker, type FieldIssue } from './validation.js';
export {
  readSheetHeader,
  SheetClaims,
  sheetIssuesOf,
  SHEET_LIMITS,
  sortSheetIssues,
  type SheetIssue,
  type SheetRow,
  type SheetRule,
} from './sheet-import.js';
export { NotFoundError, ForbiddenError, UnauthenticatedError, StaleVersionError } from './common.errors.js';
export { ok, err, type Result } from './result.js';
export { LOCALES, DEFAULT_LOCALE, pickText, type Locale, type LocalizedText } from './localized-text.js';
export {
  REQUESTER_KINDS,
  type Principal,
  type StaffPrincipal,
  type RequesterPrincipal,
  type AnonymousPrincipal,
  type RequesterKind,
} from './principal.js';
