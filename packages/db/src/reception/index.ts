export {
  insertReceptionEntry,
  findReceptionEntryById,
  findReceptionEntryByTicket,
  markReceptionReceived,
  setReceptionOutcome,
  linkReceptionTicket,
  listReceptionEntries,
  type ReceptionAuthors,
  type ReceptionEntryPage,
} from './reception-entry.repository.js';
export { findReceptionStandard, saveReceptionStandard } from './reception-settings.repository.js';
