export { insertRequester, findRequestersByIds, searchRequesters, type NewRequester, type RequesterSearch } from './requester.repository.js';
