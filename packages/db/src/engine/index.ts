export type { Database, Queryable, Row, QueryListener } from './database.js';
export { openDatabase, type DatabaseConfig } from './open-database.js';
export { migrate, type MigrationReport } from './migrate.js';
export { DatabaseUnavailableError, isConnectionFailure, isUnstorableText } from './database-unavailable.js';
export { pingDatabase } from './ping.js';
