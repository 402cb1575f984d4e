import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, QueryListener, Queryable, Row } from './database.js';
import { translateConnectionFailure } from './database-unavailable.js';

export type PgliteOptions = {
  /** A folder for the data, or undefined for an in-memory database. */
  dataDir?: string;
  /** A tarball from `dumpDataDir()`: starts from a migrated template instead of from scratch. */
  loadDataDir?: Blob;
  onQuery?: QueryListener;
};

/** Embedded PostgreSQL (WASM) in the process: nothing to install, one connection. */
export async function openPglite({ dataDir, loadDataDir, onQuery }: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  // PGlite creates the data folder itself, but not its parents.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, loadDataDir, parsers: { 20: (v: string) => Number(v) } });

  const queryable = (run: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      onQuery?.(text);
      const result = await run.query<T>(text, params as unknown[]).catch(translateConnectionFailure);
      return result.rows;
    },
  });

  return {
    engine: 'pglite',
    pglite,
    ...queryable(pglite),
    async transaction(work) {
      onQuery?.('BEGIN');
      return pglite.transaction((tx) => work(queryable(tx))).catch(translateConnectionFailure);
    },
    async exec(script) {
      onQuery?.(script);
      await pglite.exec(script).catch(translateConnectionFailure);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
