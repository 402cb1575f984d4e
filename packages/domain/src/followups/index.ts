export {
  CALL_RESULTS,
  REACHED_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_STATUSES,
  type CallResult,
  type ReachedOutcome,
  type FollowUpOutcome,
  type FollowUpStatus,
  type CallAttempt,
  type FollowUp,
} from './follow-up.js';
export { DEFAULT_FOLLOW_UP_POLICY, type FollowUpPolicy } from './follow-up-policy.js';
export { FollowUpRefusedError, type FollowUpRefusal } from './follow-up.errors.js';
export {
  MAX_FAILED_ATTEMPTS,
  FOLLOW_UP_LIMITS,
  openFollowUp,
  mayCall,
  recordFailedCall,
  recordReachedCall,
  decideUnreached,
  withdrawFollowUp,
  handOverCall,
  followUpAfterTicket,
  type FollowUpChange,
  type OpenFollowUpContext,
  type CallContext,
  type FailedCallInput,
  type ReachedCallInput,
  type UnreachedDecision,
} from './follow-up-calls.js';
export {
  FOLLOW_UP_VIEWS,
  followUpViewFilter,
  matchesFollowUpFilter,
  isFollowUpOverdue,
  followUpRatePeriod,
  tallyFollowUps,
  type FollowUpView,
  type FollowUpQueueFilter,
  type FollowUpFacts,
  type FollowUpRates,
} from './follow-up-queue.js';
export { followUpPermissions, FOLLOW_UP_ACTIONS, type FollowUpAction } from './follow-up-permissions.js';
export { followUpResource, followUpFacts, type FollowUpResource } from './follow-up-resource.js';
