export type { Requester } from './requester.js';
