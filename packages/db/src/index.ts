export type { Database, Queryable, Row, QueryListener } from './engine/database.js';
export { openDatabase, type DatabaseConfig } from './engine/open-database.js';
export { migrate, type MigrationReport } from './engine/migrate.js';
