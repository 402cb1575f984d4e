export { insertSite, findSiteByCode, findSiteById, type NewSite } from './site.repository.js';
