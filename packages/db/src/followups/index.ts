export {
  findFollowUpById,
  findFollowUpPolicy,
  findFollowUpsOfTicket,
  findOwedFollowUpOfTicket,
  insertFollowUp,
  listFollowUpFacts,
  listFollowUps,
  updateFollowUp,
  type FollowUpPage,
} from './follow-up.repository.js';
