import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, enginesUnderTest } from '@kefu/db/testing';
import { pickFixtures, recordVersion, variablesFor, type Fixtures } from '../runner/fixtures.js';
import { startInProcessPair, type InProcessPair } from '../runner/in-process.js';
import { SCENARIOS } from '../scenarios/scenarios.js';

describe.each(enginesUnderTest())('the twin answers like the gateway (%s)', (engine) => {
  let pair: InProcessPair;
  let fixtures: Fixtures;
  const cookies = { director: '', merchant: '' };

  beforeAll(async () => {
    pair = await startInProcessPair(async (onQuery) => {
      const db = await createTestDatabase(engine, onQuery);
      await seedDemoData(db, { now: new Date() });
      return db;
    });
    cookies.director = await pair.login('director', DEMO_PASSWORD);
    cookies.merchant = await pair.login('merchant1', DEMO_PASSWORD);
    const [site] = await pair.db.query<{ id: string }>("SELECT id FROM sites WHERE code = 'demo'");
    const [unit] = await pair.db.query<{ id: string }>("SELECT id FROM units WHERE site_id = $1 AND code = 'merchant_service'", [site!.id]);
    fixtures = await pickFixtures(pair.db, site!.id, unit!.id);
  });

  afterAll(() => pair?.close());

  for (const scenario of SCENARIOS.filter((s) => !s.mutation)) {
    it(`${scenario.name}: ${scenario.title} — the same JSON, in at most 3 statements each`, async () => {
      const cookie = cookies[scenario.as];
      for (const n of [0, 1, 2]) {
        const vars = variablesFor(scenario.name, fixtures, n);
        const gateway = await pair.gateway(scenario, vars, cookie);
        const twin = await pair.twin(scenario, vars, cookie);
        expect(gateway.body).toMatchObject({ data: expect.any(Object) });
        expect((gateway.body as { errors?: unknown }).errors).toBeUndefined();
        expect(twin.body).toEqual(gateway.body);
        expect(gateway.statements).toBeLessThanOrEqual(3);
      }
    });
  }

  it('Q2: the statements of a queue page do not grow with its size', async () => {
    const q2 = SCENARIOS.find((s) => s.name === 'Q2')!;
    const counts = [];
    for (const first of [1, 10, 50, 100]) {
      const answer = await pair.gateway(q2, variablesFor('Q2', fixtures, 0, first), cookies.director);
      counts.push(answer.statements);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it('M1: the same transition from both, one version apart', async () => {
    const m1 = SCENARIOS.find((s) => s.name === 'M1')!;
    const gateway = await pair.gateway(m1, variablesFor('M1', fixtures, 0), cookies.director);
    recordVersion(fixtures, gateway.body);
    const twin = await pair.twin(m1, variablesFor('M1', fixtures, 0), cookies.director);
    const g = (gateway.body as { data: { assignTicket: { id: string; status: string; version: number } } }).data.assignTicket;
    const t = (twin.body as { data: { assignTicket: { id: string; status: string; version: number } } }).data.assignTicket;
    expect(t.id).toBe(g.id);
    expect(t.status).toBe('ASSIGNED');
    expect(t.version).toBe(g.version + 1);
  });

  it('refuses a request without a session, and a merchant asking for a staff queue', async () => {
    const q2 = SCENARIOS.find((s) => s.name === 'Q2')!;
    expect((await pair.twin(q2, variablesFor('Q2', fixtures, 0), '')).status).toBe(401);
    const asMerchant = await pair.twin(q2, variablesFor('Q2', fixtures, 0), cookies.merchant);
    expect(asMerchant.body).toMatchObject({ data: null });
  });
});
