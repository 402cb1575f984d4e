export {
  findFollowUpById,
  findFollowUpPolicy,
  findFollowUpsOfTicket,
  findOwedFollowUpOfTicket,
  listOwedFollowUpsOfCaller,
  insertFollowUp,
  listFollowUpFacts,
  listFollowUps,
  updateFollowUp,
  type FollowUpPage,
} from './follow-up.repository.js';
