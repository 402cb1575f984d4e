import { CHANNELS, PEER_DEPARTMENTS, REPAIR_CATEGORIES, SEVERITIES, TICKET_COMMAND_TYPES, TICKET_KINDS, TICKET_STATUSES } from '@kefu/domain/tickets';
import { domainEnum } from '../common/domain-enum.js';

// Straight from the domain's lists, so a new kind or status appears everywhere at once.
export const TicketKindEnum = domainEnum('TicketKind', TICKET_KINDS);
export const ChannelEnum = domainEnum('Channel', CHANNELS);
export const SeverityEnum = domainEnum('Severity', SEVERITIES, '重大 major / 重要 important / 轻微 minor.');
export const TicketStatusEnum = domainEnum('TicketStatus', TICKET_STATUSES);
export const PeerDepartmentEnum = domainEnum('PeerDepartment', PEER_DEPARTMENTS, 'Departments outside customer service that tickets are relayed to.');
export const RepairCategoryEnum = domainEnum('RepairCategory', REPAIR_CATEGORIES);
export const TicketCommandEnum = domainEnum('TicketCommand', TICKET_COMMAND_TYPES);
export const SlaStateEnum = domainEnum('SlaState', ['on_track', 'due_soon', 'overdue', 'met'] as const);
