import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '@kefu/db/seed';
import { createTestDatabase } from '@kefu/db/testing';
import { pickFixtures, variablesFor, type Fixtures } from '../runner/fixtures.js';
import { startInProcessPair, type InProcessPair } from '../runner/in-process.js';
import { SCENARIOS } from '../scenarios/scenarios.js';
import { cursor, FLOOR_SCENARIOS, floorPath, startFloor, type RunningFloor } from './floor-server.js';

describe('the floor', () => {
  it("writes the queue's cursor: base64url of the JSON tuple [order, key, id]", () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(JSON.parse(Buffer.from(cursor('due', '2026-03-02T02:00:00.000Z', id), 'base64url').toString('utf8'))).toEqual(['due', '2026-03-02T02:00:00.000Z', id]);
    expect(JSON.parse(Buffer.from(cursor('due', null, id), 'base64url').toString('utf8'))).toEqual(['due', null, id]);
    expect(FLOOR_SCENARIOS).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });
});

/** The floor speaks to the server PostgreSQL only (postgres.js): it is compared there, as the bench runs it. */
const onServer = process.env.DATABASE_URL ? describe : () => undefined;

onServer('the floor returns the records the gateway returns (postgres)', () => {
  let pair: InProcessPair;
  let fixtures: Fixtures;
  let sql: postgres.Sql;
  let floor: RunningFloor;
  const cookies = { director: '', merchant: '' };

  beforeAll(async () => {
    pair = await startInProcessPair(async (onQuery) => {
      const db = await createTestDatabase('postgres', onQuery);
      await seedDemoData(db, { now: new Date() });
      return db;
    });
    const [{ name }] = (await pair.db.query<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
    floor = await startFloor(sql);
    cookies.director = await pair.login('director', DEMO_PASSWORD);
    cookies.merchant = await pair.login('merchant1', DEMO_PASSWORD);
    const [site] = await pair.db.query<{ id: string }>("SELECT id FROM sites WHERE code = 'demo'");
    const [unit] = await pair.db.query<{ id: string }>("SELECT id FROM units WHERE site_id = $1 AND code = 'merchant_service'", [site!.id]);
    fixtures = await pickFixtures(pair.db, site!.id, unit!.id);
  });

  afterAll(async () => {
    await floor?.close();
    await sql?.end();
    await pair?.close();
  });

  const ask = async (path: string, variables: unknown, cookie: string) => {
    const response = await fetch(`${floor.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(variables) });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  for (const scenario of SCENARIOS.filter((s) => FLOOR_SCENARIOS.includes(s.name))) {
    it(`${scenario.name}: ${scenario.title} — the same JSON as the gateway`, async () => {
      const cookie = cookies[scenario.as];
      for (const n of [0, 1, 2, 3, 4]) {
        const vars = variablesFor(scenario.name, fixtures, n);
        const gateway = await pair.gateway(scenario, vars, cookie);
        expect((gateway.body as { errors?: unknown }).errors).toBeUndefined();
        // Records, not empty answers, are compared.
        expect(JSON.stringify(gateway.body)).toMatch(/"number":\d+/);
        const fromFloor = await ask(floorPath(scenario), vars, cookie);
        expect(fromFloor.body).toEqual(gateway.body);
      }
    });
  }

  it('refuses a request without a session, and a merchant asking for a staff queue', async () => {
    const q2 = SCENARIOS.find((s) => s.name === 'Q2')!;
    expect((await ask(floorPath(q2), variablesFor('Q2', fixtures, 0), '')).status).toBe(401);
    expect((await ask(floorPath(q2), variablesFor('Q2', fixtures, 0), cookies.merchant)).body).toMatchObject({ data: null });
  });
});
