import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { isMigrationFile, migrate, migrationsDir } from './migrate.js';
import { openPglite } from './pglite-engine.js';
import { openPostgres } from './postgres-engine.js';

const files = readdirSync(migrationsDir).filter(isMigrationFile).sort();

describe('migrate', () => {
  it('applies every file once, then nothing (pglite)', async () => {
    const db = await openPglite();
    try {
      expect((await migrate(db)).applied).toEqual(files);
      expect(await migrate(db)).toEqual({ applied: [], alreadyApplied: files.length });
    } finally {
      await db.close();
    }
  }, 180_000);

  // Replicas started together, each with a pool of its own, on one server database.
  const onServer = process.env.DATABASE_URL ? it : () => undefined;
  onServer('applies every file exactly once when three processes migrate at the same moment (postgres)', async () => {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `kefu_test_${randomBytes(6).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const pools = [0, 1, 2].map(() => openPostgres({ url: url.toString(), maxConnections: 3 }));
    try {
      const reports = await Promise.all(pools.map((db) => migrate(db)));
      expect(reports.flatMap((r) => r.applied).sort()).toEqual(files);
      const rows = await pools[0]!.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(rows.map((r) => r.name)).toEqual(files);
    } finally {
      for (const db of pools) await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
