import { CHANNELS, FOLLOW_UP_CHANNELS, PEER_DEPARTMENTS, REPAIR_CATEGORIES, SEVERITIES, TICKET_COMMAND_TYPES, TICKET_KINDS, TICKET_STATUSES } from '@kefu/domain/tickets';
import { domainEnum } from '../common/domain-enum.js';

// Straight from the domain's lists, so a new kind or status appears everywhere at once.
export const TicketKindEnum = domainEnum('TicketKind', TICKET_KINDS, 'What a ticket is about (工单类别).', {
  complaint: 'Complaint (投诉); the only kind that can be judged not valid (无效投诉), and it owes a follow-up (回访) 2 days after resolution.',
  repair: 'Repair request (报修); it owes a follow-up (回访) whose due date depends on its repair category.',
  consultation: 'Enquiry (咨询): market information, shopping, leasing.',
  service_request: 'Service request (服务申请).',
  return_exchange: 'Return or exchange of goods (退换货).',
  logistics: 'Logistics or delivery request (物流配送需求), usually relayed to the logistics department (物流部).',
  technical: 'Technical-service request (技术服务需求), usually relayed to the technical department (技术部).',
  suggestion: 'Suggestion (建议).',
});
export const ChannelEnum = domainEnum('Channel', CHANNELS, 'How a ticket came in (受理方式).', {
  phone: 'A phone call (来电).',
  walk_in: 'A visit to the service desk (来访).',
  letter: 'A letter (信函).',
  portal: 'Submitted by a merchant or owner in the online portal (在线门户).',
});
export const SeverityEnum = domainEnum('Severity', SEVERITIES, 'How serious a ticket is (级别): 重大 major, 重要 important, 轻微 minor. It sets the deadlines.', {
  major: 'Major (重大): affects safety or daily life or harms the company’s image. Handed to the director the same day, a clear reply within 2 days, resolved within 10 days.',
  important: 'Important (重要): a management or service failure. Handed to the supervisor within 1 hour, resolved within 3 days.',
  minor: 'Minor (轻微): isolated, one person. Resolved within 2 days, or by the requester’s own deadline when they set one.',
});
export const TicketStatusEnum = domainEnum('TicketStatus', TICKET_STATUSES, 'Where a ticket is in its life cycle (工单状态).', {
  received: 'Registered and waiting to be dispatched (已受理).',
  assigned: 'Given to a member of staff (已派单).',
  relayed: 'Handed to another department (已传达).',
  in_progress: 'Being worked on (处理中).',
  resolved: 'Result reported to the requester (已反馈); a follow-up may be owed.',
  followed_up: 'Follow-up done and the requester satisfied (已回访).',
  closed: 'Closed (已关闭); only reopening changes it.',
  invalid: 'Complaint judged not valid (无效投诉); it does not count among valid complaints. Only reopening changes it.',
});
export const PeerDepartmentEnum = domainEnum('PeerDepartment', PEER_DEPARTMENTS, 'Departments outside customer service that tickets are relayed to.', {
  logistics: 'Logistics (物流部).',
  technical: 'Technical service (技术部).',
  engineering: 'Engineering and repairs (工程部/维修部).',
  leasing: 'Leasing (招商部).',
  property: 'Property management (物业部).',
  marketing: 'Marketing (市场部).',
  advertising: 'Advertising (广告部).',
  floor_manager: 'The sales-floor manager (卖场经理).',
});
export const RepairCategoryEnum = domainEnum('RepairCategory', REPAIR_CATEGORIES, 'What a repair was about; it sets when the follow-up (回访) is due.', {
  safety: 'Safety facility (安全设施): follow-up due 2 days after the repair.',
  leak: 'Leak (渗漏): follow-up due 3 days after the water test.',
  other: 'Anything else (其他): follow-up due 2 days after the repair.',
});
export const TicketCommandEnum = domainEnum('TicketCommand', TICKET_COMMAND_TYPES, 'A step of a ticket’s life cycle; each value names the mutation that takes it.', {
  assign: 'Dispatch to a member of staff (派单): assignTicket.',
  relay: 'Hand to another department (传达): relayTicket.',
  start: 'Start work (开始处理): startTicket.',
  escalate: 'Send up the reporting line (上报): escalateTicket.',
  resolve: 'Report the result (反馈): resolveTicket.',
  markInvalid: 'Judge a complaint not valid (无效投诉): markTicketInvalid.',
  followUp: 'Record the follow-up (回访): recordFollowUp.',
  close: 'Close: closeTicket.',
  reopen: 'Put back in the queue: reopenTicket.',
  rate: 'The requester’s rating (评价): rateRequest, requesters only.',
  take: 'Take it on oneself (接单): takeTicket.',
  reply: 'Answer the requester (明确答复): replyTicket.',
  returnToQueue: 'Back to the unit’s queue, unassigned (退回本部门队列): only when its assignee’s assignment ends (endAssignment with returnWorkToQueue); never among availableActions.',
});
export const SlaStateEnum = domainEnum('SlaState', ['on_track', 'due_soon', 'overdue', 'met'] as const, 'How a ticket stands against the deadline that matters in its status.', {
  on_track: 'The deadline is comfortably ahead.',
  due_soon: 'Less than 2 hours, or less than a quarter of its window, is left.',
  overdue: 'The deadline has passed.',
  met: 'Nothing is owed in the current status.',
});
export const FollowUpChannelEnum = domainEnum('FollowUpChannel', FOLLOW_UP_CHANNELS, 'How the follow-up (回访) was made.', {
  phone: 'By phone (电话回访).',
  on_site: 'On site (上门回访).',
});
