export {
  checkAcknowledge,
  checkMessage,
  checkMessageEscalation,
  DEFAULT_MESSAGE_ESCALATION_MINUTES,
  escalatesAt,
  isEscalated,
  MESSAGE_ESCALATION_RANGE,
  MESSAGE_LIMITS,
  MESSAGE_URGENCIES,
  messageAgeMs,
  type Message,
  type MessageFields,
  type MessageInput,
  type MessageUrgency,
} from './message.js';
export { messagePermissions, MESSAGE_ACTIONS, type MessageAction } from './message-permissions.js';
export { messageResource, type MessageResource } from './message-resource.js';
