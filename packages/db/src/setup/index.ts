export { setUpSite, checkSiteSetupInput, isTimeZone, type SiteSetupInput, type SiteSetupSummary, type SiteSetupRefusal } from './set-up-site.js';
