import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeReaches, type InboundFields } from '@kefu/domain/relays';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/index.js';
import type { Queryable } from '../engine/index.js';
import { findInboundById, findNoticeOfRequester, insertDefaultDepartments, insertInbound, listInbound, markInboundAcknowledged } from './index.js';

const one = async (q: Queryable, sql: string, params: unknown[]): Promise<string> => (await q.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;

describe.each(enginesUnderTest())('inbound storage (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherDepartmentId: string;
  let departmentId: string;
  let clerk: string;
  let b2: string;
  let c1: string;
  const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 2, minute));

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = await one(db, `INSERT INTO sites (code, name) VALUES ('inbound-a', $1::jsonb)`, [{ zh: '甲', en: 'A' }]);
    const otherSite = await one(db, `INSERT INTO sites (code, name) VALUES ('inbound-b', $1::jsonb)`, [{ zh: '乙', en: 'B' }]);
    clerk = await one(db, `INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '文员', 'S1')`, [siteId]);
    b2 = await one(db, `INSERT INTO requesters (site_id, kind, name, shop_unit, units) VALUES ($1, 'merchant', '金盾门窗', 'A1-001', '{A1-001,b2-007}')`, [siteId]);
    c1 = await one(db, `INSERT INTO requesters (site_id, kind, name, shop_unit, units) VALUES ($1, 'merchant', '涂料', 'C1-021', '{C1-021}')`, [siteId]);
    departmentId = (await insertDefaultDepartments(db, siteId)).find((d) => d.code === 'engineering')!.id;
    otherDepartmentId = (await insertDefaultDepartments(db, otherSite)).find((d) => d.code === 'engineering')!.id;
  });
  afterAll(() => db.drop());

  const fields = (audience: InboundFields['audience'], title = '通知'): InboundFields => ({ departmentId, kind: 'outage', title, body: '说明', audience });
  const add = async (f: InboundFields, minute: number, acknowledge = true) => {
    const stored = (await insertInbound(db, siteId, f, { registeredById: clerk, registeredAt: at(minute) }))!;
    return acknowledge ? (await markInboundAcknowledged(db, { ...stored, acknowledgedAt: at(minute + 1), acknowledgedById: clerk }))! : stored;
  };

  it('round-trips every field and refuses a department of another site', async () => {
    const stored = await add(fields({ kind: 'units', unitPrefix: 'B2' }, 'B2 停电'), 0, false);
    expect(await findInboundById(db, siteId, stored.id)).toEqual(stored);
    expect(stored).toMatchObject({ title: 'B2 停电', audience: { kind: 'units', unitPrefix: 'B2' }, acknowledgedAt: null, registeredById: clerk });
    expect(await insertInbound(db, siteId, { ...fields({ kind: 'site' }), departmentId: otherDepartmentId }, { registeredById: clerk, registeredAt: at(0) })).toBeNull();
    expect(await findInboundById(db, 'a0000000-0000-4000-8000-000000000000', stored.id)).toBeNull();
  });

  it('keeps the first acknowledgement', async () => {
    const first = await add(fields({ kind: 'site' }), 2);
    const again = await markInboundAcknowledged(db, { ...first, acknowledgedAt: at(30), acknowledgedById: clerk });
    expect(again!.acknowledgedAt).toEqual(at(3));
  });

  it("lists a requester's notices by the domain's rule, and finds a foreign one as missing", async () => {
    await add(fields({ kind: 'units', unitPrefix: 'C1' }), 10);
    await add(fields({ kind: 'requester', requesterId: b2 }), 11);
    await add(fields({ kind: 'internal' }), 12);
    await add(fields({ kind: 'site' }), 13, false);
    const all = await listInbound(db, siteId, { kind: 'desk' }, { first: 50 });
    for (const [requesterId, units] of [[b2, ['A1-001', 'b2-007']], [c1, ['C1-021']]] as const) {
      const notices = await listInbound(db, siteId, { kind: 'notices', requesterId }, { first: 50 });
      const expected = all.rows.filter((i) => noticeReaches(i, { requesterId, units }));
      expect(notices.rows.map((n) => n.id)).toEqual(expected.map((i) => i.id));
      for (const i of all.rows) expect((await findNoticeOfRequester(db, siteId, requesterId, i.id)) !== null).toBe(noticeReaches(i, { requesterId, units }));
    }
    expect((await listInbound(db, siteId, { kind: 'notices', requesterId: b2 }, { first: 50 })).rows.length).toBeGreaterThan(1);
  });

  it('pages the desk list without gaps and refuses a forged cursor', async () => {
    const all = await listInbound(db, siteId, { kind: 'desk' }, { first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listInbound(db, siteId, { kind: 'desk' }, { first: 2, after });
      seen.push(...page.rows.map((r) => r.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
    const waiting = await listInbound(db, siteId, { kind: 'desk', unacknowledgedOnly: true }, { first: 50 });
    expect(waiting.rows.every((r) => r.acknowledgedAt === null)).toBe(true);
    await expect(listInbound(db, siteId, { kind: 'desk' }, { first: 2, after: 'forged' })).rejects.toThrow();
  });
});
