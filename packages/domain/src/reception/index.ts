export {
  checkOutcome,
  checkReceive,
  checkReceptionEntry,
  checkTurnIntoTicket,
  RECEPTION_CATEGORIES,
  RECEPTION_CHANNELS,
  RECEPTION_LIMITS,
  RECEPTION_OUTCOMES,
  RECORDED_OUTCOMES,
  TICKET_KIND_OF_CATEGORY,
  type ReceptionCategory,
  type ReceptionChannel,
  type ReceptionEntry,
  type ReceptionFields,
  type ReceptionInput,
  type ReceptionOutcome,
  type RecordedOutcome,
} from './reception-entry.js';
export {
  checkReceptionStandard,
  DEFAULT_RECEPTION_STANDARD_MINUTES,
  isReceptionLate,
  lateFrom,
  RECEPTION_STANDARD_RANGE,
  waitedMs,
} from './reception-standard.js';
export { receptionPermissions, RECEPTION_ACTIONS, type ReceptionAction } from './reception-permissions.js';
export { receptionResource, type ReceptionResource } from './reception-resource.js';
