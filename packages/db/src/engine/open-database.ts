import type { Database, QueryListener } from './database.js';
import { openPglite } from './pglite-engine.js';
import { openPostgres } from './postgres-engine.js';

export type DatabaseConfig = {
  /** Server PostgreSQL when set; otherwise the embedded engine. */
  databaseUrl?: string;
  /** Where the embedded engine keeps its files; in memory when omitted. */
  dataDir?: string;
  maxConnections?: number;
  onQuery?: QueryListener;
};

/** Opens the engine the configuration asks for: one code path for both. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({ url: config.databaseUrl, maxConnections: config.maxConnections, onQuery: config.onQuery });
  }
  return openPglite({ dataDir: config.dataDir, onQuery: config.onQuery });
}
