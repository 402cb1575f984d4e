export { checkDepartment, DEFAULT_DEPARTMENTS, DEPARTMENT_LIMITS, type Department, type DepartmentContact, type DepartmentFields, type DepartmentInput } from './department.js';
export { RELAY_STATUSES, RETURN_REASONS, type Relay, type RelayStatus, type RelaySubject, type ReturnReason } from './relay.js';
export { isRelayOverdue, relayDueAt, type RelayDueInput } from './relay-due.js';
export {
  RELAY_LIMITS,
  relayAccuracy,
  relayTicket,
  respondToRelay,
  tallyRelayAccuracy,
  ticketAfterResponse,
  type NewRelay,
  type RelayAccuracyFacts,
  type RelayContext,
  type RelayInput,
  type RelayResponse,
  type RespondContext,
} from './relay-lifecycle.js';
export { relayPermissions, RELAY_ACTIONS, type RelayAction } from './relay-permissions.js';
export { relayResource, type RelayResource } from './relay-resource.js';
export {
  acknowledgeInbound,
  checkInbound,
  INBOUND_AUDIENCE_KINDS,
  INBOUND_KINDS,
  INBOUND_LIMITS,
  noticeReaches,
  type Inbound,
  type InboundAudience,
  type InboundFields,
  type InboundInput,
  type InboundKind,
  type NoticeReader,
} from './inbound.js';
