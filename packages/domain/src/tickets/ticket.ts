import type { RequesterKind } from '../shared/principal.js';
import type { ComplaintSubject } from './complaint-subject.js';

export const TICKET_KINDS = [
  'complaint', // 投诉
  'repair', // 报修
  'consultation', // 咨询
  'service_request', // 服务申请
  'return_exchange', // 退换货
  'logistics', // 物流配送需求 → 物流部
  'technical', // 技术服务需求 → 技术部
  'suggestion', // 建议
] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const CHANNELS = ['phone', 'walk_in', 'letter', 'portal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 重大 / 重要 / 轻微 (`001_…`, 投诉接待 (5)). */
export const SEVERITIES = ['major', 'important', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TICKET_STATUSES = [
  'received', // 受理
  'assigned', // 派单 to a person
  'relayed', // 传达 to another department
  'in_progress',
  'resolved', // 反馈
  'followed_up', // 回访
  'closed',
  'invalid', // 无效投诉
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * Departments outside customer service that tickets are relayed to (信息传达).
 * `002_…` 客服部副经理's 本部门内沟通关系 lists "物流、技术部主管 指导、接受汇报": in that seed logistics and
 * technical services sit inside the department, under the deputy. They stay relay targets here
 * because no seed describes their posts (no job description, no KPIs, no queue of their own): a
 * site that runs them inside the department adds their units and positions under the deputy in
 * the org editor, and their tickets are then dispatched (派单) like any other unit's.
 */
export const PEER_DEPARTMENTS = [
  'logistics', // 物流部
  'technical', // 技术部
  'engineering', // 工程部/维修部
  'leasing', // 招商部
  'property', // 物业部
  'marketing', // 市场部
  'advertising', // 广告部
  'floor_manager', // 卖场经理
] as const;
export type PeerDepartment = (typeof PEER_DEPARTMENTS)[number];

/** Follow-up windows of repairs differ by category (`001_…`, 回访). */
export const REPAIR_CATEGORIES = ['safety', 'leak', 'other'] as const;
export type RepairCategory = (typeof REPAIR_CATEGORIES)[number];

export type SlaDeadlines = {
  /** Handed to the supervisor (important) or the director (major). Null when the policy sets none. */
  handoverBy: Date | null;
  /** A clear reply to the requester. Null when the policy sets none. */
  replyBy: Date | null;
  resolveBy: Date;
};

export type Ticket = {
  id: string;
  siteId: string;
  /** Human-facing number, unique per site, shown as e.g. KF-000123. */
  number: number;
  kind: TicketKind;
  channel: Channel;
  severity: Severity;
  status: TicketStatus;
  title: string;
  description: string;
  /** Shop unit or place in the mall. */
  location: string | null;
  /** When the requester prefers to be called back, in their words (工作日 14:00 以后). */
  preferredContactTime: string | null;
  requesterId: string;
  requesterKind: RequesterKind;
  /** The unit whose queue holds the ticket. */
  unitId: string | null;
  assigneeId: string | null;
  relayedTo: PeerDepartment | null;
  /** Who a complaint is about (被投诉人及被投诉部门); null for other kinds and while not recorded. */
  subject: ComplaintSubject | null;
  repairCategory: RepairCategory | null;
  /** The requester's own deadline, when they set one (minor tickets honour it). */
  requestedBy: Date | null;
  receivedAt: Date;
  deadlines: SlaDeadlines;
  followUpDueAt: Date | null;
  /** When it first reached the one its hand-over deadline names (handoverReached); null until then. */
  handedOverAt: Date | null;
  /** When the requester was first given a clear answer (a reply or the reported result); null until then. */
  repliedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** How many times it was sent back to work after a result (a reopen, a 回访 or rating of 2 or less). */
  reopenCount: number;
  /** When it was last sent back to work; null if never. */
  reopenedAt: Date | null;
  /** How many times it went up the reporting line. */
  escalationLevel: number;
  /** Satisfaction given at follow-up, 1–5. */
  satisfaction: number | null;
  createdById: string | null;
  /** When a member of staff first opened it; null while a portal request is still new to the desk. */
  firstSeenByStaffAt: Date | null;
  version: number;
  updatedAt: Date;
};

export const TICKET_EVENT_TYPES = [
  'created',
  'assigned',
  'relayed',
  'started',
  'escalated',
  'resolved',
  'marked_invalid',
  'followed_up',
  'closed',
  'reopened',
  'rated',
  'commented',
  'replied',
  // Staff changed who a complaint is about (staff only).
  'subject_changed',
  // The receiving department's answers to a relay (the relays context).
  'relay_accepted',
  'relay_returned',
  'relay_replied',
  // Its assignee's work went back to the unit's queue when their assignment ended (staff only).
  'returned_to_queue',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** One entry of a ticket's append-only timeline: who, what, when, from → to. */
export type TicketEvent = {
  id: string;
  siteId: string;
  ticketId: string;
  at: Date;
  actorKind: 'staff' | 'requester' | 'system';
  actorId: string | null;
  type: TicketEventType;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  /** Free-form facts of the event (assignee, department, note, satisfaction …). */
  data: Record<string, unknown>;
  /** Internal notes are never shown to requesters. */
  visibleToRequester: boolean;
};
