export type { Site } from './site.js';
export { wallClockAt, toSiteLocalDate, toSiteLocalDateTime, fromSiteLocalDateTime, type WallClock } from './site-clock.js';
