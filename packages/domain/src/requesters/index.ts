export type { Requester } from './requester.js';
export {
  checkRequesterFile,
  holdsUnitsActively,
  MERCHANT_STATUSES,
  REQUESTER_LIMITS,
  type Contact,
  type MerchantStatus,
  type RequesterFile,
  type RequesterFileFields,
  type RequesterFileInput,
} from './requester-file.js';
export { normalizePhone, PHONE_RULE } from './phone.js';
export { DuplicateRequesterError } from './requester.errors.js';
export { requesterPermissions, REQUESTER_ACTIONS, type RequesterAction } from './requester-permissions.js';
export { requesterResource, type RequesterResource } from './requester-resource.js';
export {
  checkDocument,
  checkOwnContact,
  CONTACT_TIME_MAX,
  type OwnContactInput,
  checkNote,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  EXPIRY_WINDOW_DAYS,
  expiryWindowEnd,
  fileChanges,
  sniffDocumentType,
  type DocumentKind,
  type FieldChange,
  type RequesterChange,
  type RequesterDocument,
  type RequesterNote,
} from './requester-document.js';
export {
  checkImportRows,
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  readHeader,
  type CheckedImport,
  type ImportColumn,
  type ImportIssue,
  type ImportRow,
} from './requester-import.js';
