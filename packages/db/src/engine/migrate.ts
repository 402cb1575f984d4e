import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Database } from './database.js';

/** Migrations ship inside this package; resolving them through its name works from a bundle too. */
export const migrationsDir = join(dirname(createRequire(import.meta.url).resolve('@kefu/db/package.json')), 'migrations');

// Any constant shared by all replicas: starting several gateways at once migrates once.
const MIGRATION_LOCK = 4_201_511;

/** `NNN_name.sql`; any other file in migrations/ is not applied. */
export const isMigrationFile = (name: string): boolean => /^\d{3}_[\w-]+\.sql$/.test(name);

export type MigrationReport = { applied: string[]; alreadyApplied: number };

/**
 * Applies the ordered SQL files not applied yet, each in its own transaction. Each transaction
 * takes a transaction-level advisory lock and checks `schema_migrations` again under it, so
 * replicas started together apply every file once; a session-level lock would not do on a
 * connection pool, where the unlock may go out on another connection than the lock.
 */
export async function migrate(db: Database, log: (line: string) => void = () => {}): Promise<MigrationReport> {
  const files = (await readdir(migrationsDir)).filter(isMigrationFile).sort();
  const done = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    return new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
  });
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const script = await readFile(join(migrationsDir, file), 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // Another replica may have applied it while this one waited for the lock.
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file])).length > 0) return false;
      // Each statement on its own: the extended protocol takes one statement at a time.
      for (const statement of splitStatements(script)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      return true;
    });
    if (!ran) continue;
    log(`migrated ${file}`);
    applied.push(file);
  }
  return { applied, alreadyApplied: done.size };
}

/**
 * Splits a migration script on semicolons that end a line; kefu's migrations keep to that shape.
 * A dollar-quoted body (`$$ … $$`, a function's) is one piece whatever semicolons it holds.
 */
export function splitStatements(script: string): string[] {
  const bodies: string[] = [];
  const masked = script.replace(/\$\$[\s\S]*?\$\$/g, (body) => `\uE000${bodies.push(body) - 1}\uE000`);
  return masked
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0)
    .map((s) => s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => bodies[Number(i)]!));
}
