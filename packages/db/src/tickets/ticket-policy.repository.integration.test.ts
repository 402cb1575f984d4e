import { checkKindPolicy } from '@kefu/domain/tickets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { findTicketPolicies, resetKindPolicy, saveKindPolicy } from './ticket-policy.repository.js';

const AT = new Date('2026-03-02T02:00:00.000Z');

describe.each(enginesUnderTest())('ticket kind policies (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let staffId: string;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const site = async (code: string) =>
      (await db.query<{ id: string }>(`INSERT INTO sites (code, name) VALUES ($1, $2::jsonb) RETURNING id`, [code, { zh: '测试广场', en: 'Test Plaza' }]))[0]!.id;
    siteId = await site(`policy-${Math.random().toString(16).slice(2, 8)}`);
    otherSiteId = await site(`policy-${Math.random().toString(16).slice(2, 8)}`);
    staffId = (await db.query<{ id: string }>(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '主任', 'D1') RETURNING id`, [siteId]))[0]!.id;
  });
  afterAll(() => db.drop());

  it('stores a kind whole per site, replaces it, and drops it back to the default', async () => {
    expect(await findTicketPolicies(db, siteId)).toEqual({});
    const first = checkKindPolicy('repair', { major: { handoverWithinHours: 1, resolveWithinHours: 24 }, important: { resolveWithinHours: 48 }, minor: { resolveWithinHours: 96 } });
    await saveKindPolicy(db, siteId, first.kind, first.policy, { staffId, at: AT });
    expect(await findTicketPolicies(db, siteId)).toEqual({ repair: first.policy });
    expect(await findTicketPolicies(db, otherSiteId)).toEqual({});

    const second = checkKindPolicy('repair', { major: { resolveWithinHours: 12 }, important: { replyWithinHours: 4, resolveWithinHours: 36 }, minor: { resolveWithinHours: 72 } });
    await saveKindPolicy(db, siteId, second.kind, second.policy, { staffId, at: AT });
    expect(await findTicketPolicies(db, siteId)).toEqual({ repair: second.policy });

    await resetKindPolicy(db, siteId, 'repair');
    expect(await findTicketPolicies(db, siteId)).toEqual({});
  });

  it('the table refuses what the domain refuses: a complaint, a step out of order, a non-positive one', async () => {
    const insert = (kind: string, handover: number | null, reply: number | null, resolve: number) =>
      db.query(
        `INSERT INTO ticket_kind_policies (site_id, kind, severity, handover_within_hours, reply_within_hours, resolve_within_hours, updated_at) VALUES ($1, $2, 'minor', $3, $4, $5, $6)`,
        [otherSiteId, kind, handover, reply, resolve, AT],
      );
    await expect(insert('complaint', null, null, 48)).rejects.toThrow();
    await expect(insert('repair', null, 50, 48)).rejects.toThrow();
    await expect(insert('repair', 5, 4, 48)).rejects.toThrow();
    await expect(insert('repair', null, null, 0)).rejects.toThrow();
  });
});
