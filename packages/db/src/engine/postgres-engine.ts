import postgres from 'postgres';
import type { Database, QueryListener, Queryable, Row } from './database.js';
import { translateConnectionFailure } from './database-unavailable.js';

export type PostgresOptions = {
  url: string;
  maxConnections?: number;
  onQuery?: QueryListener;
  /** Seconds to wait for a new connection before the statement fails as unavailable. */
  connectTimeoutSeconds?: number;
};

/**
 * When the server stops, statements fail fast with DatabaseUnavailableError instead of waiting:
 * a refused connection fails at once, a silent one after `connectTimeoutSeconds`. postgres.js
 * opens new connections on demand, so the pool serves again as soon as the server is back.
 */
const POOL_SETTINGS = {
  connectTimeoutSeconds: 3,
  // Idle connections are closed, so a restarted server is not met with stale sockets.
  idleTimeoutSeconds: 30,
  maxLifetimeSeconds: 30 * 60,
} as const;

/**
 * Seconds to wait before reconnecting after a failed connection. postgres.js's own backoff grows
 * to 20 s while the server is down, which would hold every request that long once it is back;
 * this one stays under half a second.
 */
const reconnectBackoff = (retries: number) => Math.min(0.05 * 2 ** retries, 0.5);

const PREPARED = { prepare: true } as const;

/** Server PostgreSQL through postgres.js: a connection pool shared by the process. */
export function openPostgres({ url, maxConnections = 10, onQuery, connectTimeoutSeconds = POOL_SETTINGS.connectTimeoutSeconds }: PostgresOptions): Database {
  const sql = postgres(url, {
    max: maxConnections,
    connect_timeout: connectTimeoutSeconds,
    idle_timeout: POOL_SETTINGS.idleTimeoutSeconds,
    max_lifetime: POOL_SETTINGS.maxLifetimeSeconds,
    backoff: reconnectBackoff,
    onnotice: () => {},
    // int8 (count(*), sequences) as JS numbers; kefu's counts stay far below 2^53.
    types: { bigint: { to: 20, from: [20], serialize: (n: number) => String(n), parse: (s: string) => Number(s) } },
    connection: { application_name: 'kefu' },
  });

  const queryable = (run: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      onQuery?.(text);
      try {
        // Named prepared statements: parsed and planned once per connection, then only bound and
        // executed. The repositories build their text from a bounded set of shapes (values are always
        // parameters), so each connection's statement cache stays small. A statement without
        // parameters goes through the simple protocol as before.
        const rows = await run.unsafe(text, params as postgres.ParameterOrJSON<never>[], PREPARED);
        return rows as unknown as T[];
      } catch (error) {
        return translateConnectionFailure(error);
      }
    },
  });

  return {
    engine: 'postgres',
    ...queryable(sql),
    async transaction(work) {
      onQuery?.('BEGIN');
      try {
        return (await sql.begin((tx) => work(queryable(tx)))) as Awaited<ReturnType<typeof work>>;
      } catch (error) {
        return translateConnectionFailure(error);
      }
    },
    async exec(script) {
      onQuery?.(script);
      await sql.unsafe(script).catch(translateConnectionFailure);
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
    async *cursor<T extends Row>(text: string, params: readonly unknown[], batchSize: number) {
      onQuery?.(text);
      try {
        const batches = sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], PREPARED).cursor(batchSize);
        for await (const rows of batches) yield rows as unknown as T[];
      } catch (error) {
        translateConnectionFailure(error);
      }
    },
  };
}
