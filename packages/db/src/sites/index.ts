export { insertSite, findSiteByCode, findSiteById, lockSite, type NewSite } from './site.repository.js';
export { localDate } from './local-date.js';
