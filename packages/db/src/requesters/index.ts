export { insertRequester, findRequestersByIds, searchRequesters, type NewRequester, type RequesterSearch } from './requester.repository.js';
export {
  insertRequesterFile,
  updateRequesterFile,
  findRequesterFileById,
  findRequesterFilesByIds,
  findRequesterClash,
  listRequesterFiles,
  type RequesterClaims,
  type RequesterClash,
  type RequesterFileFilter,
  type RequesterFilePage,
} from './requester-file.repository.js';
export {
  FILE_LIST_LIMIT,
  findPreferredContactTime,
  updateOwnContact,
  findRequesterDocumentByAttachment,
  insertRequesterChange,
  insertRequesterDocument,
  insertRequesterNote,
  listExpiring,
  listRequesterChanges,
  listRequesterDocuments,
  listRequesterNotes,
  type Expiring,
  type ExpiringPage,
  type NewRequesterDocument,
} from './requester-archive.repository.js';
