export type { Site } from './site.js';
