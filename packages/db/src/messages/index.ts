export {
  insertMessage,
  findMessageById,
  markMessageAcknowledged,
  listMessages,
  findMessageEscalation,
  saveMessageEscalation,
  type MessageBox,
  type MessagePage,
} from './message.repository.js';
