export {
  insertTicket,
  updateTicket,
  markTicketSeenByStaff,
  findTicketById,
  findTicketsByIds,
  findTicketsWithPartiesByIds,
  appendTicketEvent,
  findEventsByTicketIds,
  listOpenTicketsOfAssignee,
} from './ticket.repository.js';
export type { TicketWithParties } from './ticket-parties.js';
export {
  listTickets,
  listTicketsWithParties,
  countTicketsByStatusAndSeverity,
  countOverdue,
  countQueueTickets,
  readQueueInBatches,
  MAX_PAGE_SIZE,
  type QueueExportInput,
  type TicketQueueFilter,
  type TicketQueueOrder,
  type ListTicketsInput,
  type TicketPage,
  type TicketPageWithParties,
} from './ticket-queue.query.js';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  purgeIdempotencyKeys,
  type IdempotencyClaim,
  type IdempotencyClaimResult,
} from './idempotency.repository.js';
export {
  lockUploadQuota,
  findUnattachedUsage,
  insertAttachment,
  attachToTicket,
  findAttachmentContent,
  findAttachmentsByTicketIds,
  purgeUnattachedAttachments,
  type NewAttachment,
} from './attachment.repository.js';
export type { AttachmentContent } from './attachment.js';
export {
  findBreachCandidates,
  claimDeadlineEscalations,
  countDeadlineEscalations,
  lockTicketForSweep,
  type BreachCandidate,
  type BreachCursor,
} from './deadline-escalation.repository.js';
export { countTicketsByAssignee } from './ticket-workload.query.js';
export { findTicketPolicies, saveKindPolicy, resetKindPolicy } from './ticket-policy.repository.js';
