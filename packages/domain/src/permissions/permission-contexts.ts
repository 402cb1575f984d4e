import { orgPermissions } from '../org/org-permissions.js';
import { relayPermissions } from '../relays/relay-permissions.js';
import { requesterPermissions } from '../requesters/requester-permissions.js';
import { messagePermissions } from '../messages/message-permissions.js';
import { receptionPermissions } from '../reception/reception-permissions.js';
import { ticketPermissions } from '../tickets/ticket-permissions.js';
import { notificationPermissions } from '../notifications/notification-permissions.js';
import { followUpPermissions } from '../followups/follow-up-permissions.js';
import { accountPermissions } from '../accounts/account-permissions.js';
import { kpiPermissions } from '../kpi/kpi-permissions.js';

/**
 * Registration point: every context's permissions, in the order their actions are listed (the
 * GraphQL `Action` enum, the permission matrix). A new context adds its `…Permissions` here.
 */
export const PERMISSION_CONTEXTS = [
  ticketPermissions,
  orgPermissions,
  requesterPermissions,
  receptionPermissions,
  messagePermissions,
  notificationPermissions,
  relayPermissions,
  followUpPermissions,
  accountPermissions,
  kpiPermissions,
] as const;
