export {
  TICKET_KINDS,
  CHANNELS,
  SEVERITIES,
  TICKET_STATUSES,
  PEER_DEPARTMENTS,
  REPAIR_CATEGORIES,
  type TicketKind,
  type Channel,
  type Severity,
  type TicketStatus,
  type PeerDepartment,
  type RepairCategory,
  type SlaDeadlines,
  type Ticket,
  type TicketEvent,
  type TicketEventType,
  TICKET_EVENT_TYPES,
} from './ticket.js';
export {
  TICKET_TRANSITIONS,
  TICKET_COMMAND_TYPES,
  FOLLOW_UP_CHANNELS,
  DISSATISFIED_AT_MOST,
  TEXT_LIMITS,
  requiredAction,
  availableCommands,
  applyCommand,
  type TicketCommand,
  type TicketCommandType,
  type FollowUpChannel,
  type NewTicketEvent,
  type TicketActor,
  type CommandContext,
} from './ticket-state-machine.js';
export {
  MALL_TIME_ZONE,
  DUE_SOON_MS,
  DUE_SOON_SHARE,
  endOfLocalDay,
  computeDeadlines,
  followUpDueAt,
  nextDeadline,
  slaState,
  isOverdue,
  DEFAULT_KIND_POLICY,
  COMPLAINT_POLICY,
  policyFor,
  type DeadlineInput,
  type DeadlinePolicy,
  type TicketPolicies,
  type FollowUpInput,
  type SlaState,
} from './sla.js';
export { DEADLINE_KINDS, breachNote, breachedDeadlines, escalateBreaches, type DeadlineKind, type DeadlineBreach } from './deadline-breach.js';
export {
  INTAKE_LIMITS,
  portalSeverity,
  portalIntakeUnit,
  openTicket,
  type NewTicketInput,
  type IntakeContext,
  type NewTicket,
} from './ticket-intake.js';
export { internalNote, NOTE_MAX } from './ticket-note.js';
export { HANDOVER_POSITIONS, handoverReached, withHandover } from './handover.js';
export { countsTowardValidComplaints, complaintTallies, type ComplaintTallies } from './ticket-kpi.js';
export { requesterView, requesterOutcome, type RequesterOutcome, type RequesterFollowUp } from './ticket-timeline.js';
export { formatTicketNumber } from './ticket-number.js';
export { isNewToStaff } from './ticket-first-look.js';
export { ticketResource, ticketFacts, ticketTags, TICKET_TAGS, type TicketResource, type TicketTag } from './ticket-resource.js';
export { ticketPermissions, TICKET_ACTIONS, type TicketAction, type TicketVisibility } from './ticket-permissions.js';
export { InvalidTransitionError, NoEscalationTargetError, PhotoQuotaExceededError, type TransitionRefusal } from './ticket.errors.js';
export { PHOTO_CONTENT_TYPES, PHOTO_LIMITS, PHOTO_MAX_MB, sniffPhotoType, checkPhoto, checkPhotoCount, type PhotoContentType } from './ticket-photo.js';
export {
  PHOTO_QUOTA,
  ABANDONED_PHOTO_AGE_MS,
  photoQuotaWindowStart,
  abandonedPhotosBefore,
  checkPhotoQuota,
  type UnattachedPhotoUsage,
} from './photo-quota.js';
export type { Attachment } from './attachment.js';
export {
  COMPLAINT_SUBJECT_KINDS,
  checkComplaintSubject,
  subjectKey,
  complaintTalliesBySubject,
  changeSubject,
  type ComplaintSubject,
  type ComplaintSubjectKind,
  type ComplaintSubjectInput,
  type SubjectTallies,
} from './complaint-subject.js';
export { assignmentCandidates, WORKLOAD_STATUSES, type AssignmentCandidate, type CandidateFacts } from './assignment-candidates.js';
export {
  checkKindPolicy,
  COMPLAINT_POLICY_SEED_LINE,
  POLICY_HOURS,
  POLICY_KINDS,
  siteDeadlines,
  type KindDeadlines,
  type KindPolicyInput,
  type PolicyKind,
  type PolicySource,
  type SeverityDeadlines,
  type SeverityPolicyInput,
} from './deadline-policy.js';
