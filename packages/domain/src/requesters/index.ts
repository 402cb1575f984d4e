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
