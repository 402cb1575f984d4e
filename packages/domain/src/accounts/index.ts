export type { Account } from './account.js';
