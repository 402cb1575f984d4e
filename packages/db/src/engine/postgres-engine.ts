import postgres from 'postgres';
import type { Database, QueryListener, Queryable, Row } from './database.js';

export type PostgresOptions = { url: string; maxConnections?: number; onQuery?: QueryListener };

/** Server PostgreSQL through postgres.js: a connection pool shared by the process. */
export function openPostgres({ url, maxConnections = 10, onQuery }: PostgresOptions): Database {
  const sql = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    // int8 (count(*), sequences) as JS numbers; kefu's counts stay far below 2^53.
    types: { bigint: { to: 20, from: [20], serialize: (n: number) => String(n), parse: (s: string) => Number(s) } },
    connection: { application_name: 'kefu' },
  });

  const queryable = (run: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      onQuery?.(text);
      const rows = await run.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as T[];
    },
  });

  return {
    engine: 'postgres',
    ...queryable(sql),
    async transaction(work) {
      onQuery?.('BEGIN');
      return (await sql.begin((tx) => work(queryable(tx)))) as Awaited<ReturnType<typeof work>>;
    },
    async exec(script) {
      onQuery?.(script);
      await sql.unsafe(script);
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
