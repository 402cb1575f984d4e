import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { DatabaseUnavailableError, isConnectionFailure } from './database-unavailable.js';
import { openPostgres } from './postgres-engine.js';

describe.each(enginesUnderTest())('database engine (%s)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.drop());

  it('has applied every migration', async () => {
    const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toContain('001_foundation.sql');
  });

  it('round-trips jsonb, arrays, timestamps and int8 the same way on both engines', async () => {
    const at = new Date('2026-11-25T08:00:00.000Z');
    const [row] = await db.query<{ j: unknown; a: string[]; t: Date; n: number }>(
      'SELECT $1::jsonb AS j, $2::text[] AS a, $3::timestamptz AS t, count(*) AS n FROM (VALUES (1), (2)) v(x)',
      [{ zh: '经理', en: 'Director' }, ['a', 'b'], at],
    );
    expect(row).toEqual({ j: { zh: '经理', en: 'Director' }, a: ['a', 'b'], t: at, n: 2 });
  });

  it('rolls back a transaction that throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO sites (code, name) VALUES ('rollback', '{}'::jsonb)`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await db.query(`SELECT 1 FROM sites WHERE code = 'rollback'`);
    expect(rows).toHaveLength(0);
  });
});

describe.each(enginesUnderTest())('an unreachable database (%s)', (engine) => {
  it('fails every statement with DatabaseUnavailableError once closed', async () => {
    const db = await createTestDatabase(engine);
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(db.transaction((tx) => tx.query('SELECT 1'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await db.drop();
  });

  it('keeps ordinary SQL errors as they are', async () => {
    const db = await createTestDatabase(engine);
    const error = await db.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
    expect(isConnectionFailure(error)).toBe(false);
    await db.drop();
  });
});

describe('a server that does not answer', () => {
  it('fails fast with DatabaseUnavailableError when nothing listens', async () => {
    const db = openPostgres({ url: 'postgres://postgres@127.0.0.1:1/none', maxConnections: 1 });
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await db.close();
  });
});
