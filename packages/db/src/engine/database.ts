/**
 * The one seam between kefu and PostgreSQL. Repositories speak plain SQL with `$1` parameters
 * through this type, and both engines implement it: server PostgreSQL via postgres.js, embedded
 * PostgreSQL via PGlite. Keeping the seam this small keeps the SQL visible, lets one code path
 * serve both engines, and gives a single place to count statements.
 */
export type Row = Record<string, unknown>;

export type Queryable = {
  /** Runs one statement and returns its rows. */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
};

export type Database = Queryable & {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Reads one statement's rows `batchSize` at a time through a server-side cursor (postgres.js
   * `cursor()`), so a large read never sits in memory whole. Server PostgreSQL only: PGlite has none,
   * and callers page by keyset there.
   */
  cursor?<T extends Row = Row>(text: string, params: readonly unknown[], batchSize: number): AsyncIterable<T[]>;
};

/** Called once per statement sent: instrumentation for tests and benchmarks. */
export type QueryListener = (text: string) => void;
