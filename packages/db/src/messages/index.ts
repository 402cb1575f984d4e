export {
  insertMessage,
  findMessageById,
  markMessageAcknowledged,
  listMessages,
  findMessageEscalation,
  saveMessageEscalation,
  findOverdueMessagesToNotify,
  claimMessageOverdueNotice,
  type MessageBox,
  type MessagePage,
} from './message.repository.js';
