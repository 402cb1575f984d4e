export type { Database, Queryable, Row, QueryListener } from './database.js';
export { openDatabase, type DatabaseConfig } from './open-database.js';
export { migrate, type MigrationReport } from './migrate.js';
export { DatabaseUnavailableError, isConnectionFailure, isUnstorableText } from './database-unavailable.js';
export { pingDatabase } from './ping.js';
export { openNotifyChannel, MAX_NOTIFY_PAYLOAD_BYTES, type NotifyChannel } from './notify-channel.js';
