import type { Queryable } from './database.js';

/** One round trip that touches no table: the database answers, or this rejects. */
export async function pingDatabase(q: Queryable): Promise<void> {
  await q.query('SELECT 1');
}
