import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReceptionEntry } from '@kefu/domain/reception';
import { ValidationError } from '@kefu/domain/shared';
import { insertSite } from '../sites/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import {
  findReceptionEntryById,
  findReceptionEntryByTicket,
  insertReceptionEntry,
  linkReceptionTicket,
  listReceptionEntries,
  markReceptionReceived,
  setReceptionOutcome,
} from './reception-entry.repository.js';
import { findReceptionStandard, saveReceptionStandard } from './reception-settings.repository.js';

const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00.000+08:00`);
const NOW = at('12:00');

describe.each(enginesUnderTest())('reception log (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let clerkId: string;
  let requesterId: string;

  const one = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;
  const entry = (hhmm: string, receivedAt: Date | null = null, site = siteId) =>
    insertReceptionEntry(
      db,
      site,
      checkReceptionEntry({ channel: 'walk_in', category: 'consultation', summary: `来访 ${hhmm}`, arrivedAt: at(hhmm), receivedAt }, NOW),
      { registeredById: clerkId, receivedById: clerkId, registeredAt: NOW },
    );

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    clerkId = await one(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '小李', 'H1')`, [siteId]);
    requesterId = await one(`INSERT INTO requesters (site_id, kind, name, shop_name) VALUES ($1, 'merchant', '王老板', '鑫源瓷砖')`, [siteId]);
  });
  afterAll(() => db.drop());

  it('round-trips every field, and finds nothing on another site', async () => {
    const saved = await insertReceptionEntry(
      db,
      siteId,
      checkReceptionEntry(
        { channel: 'phone', category: 'repair', requesterId, summary: '店内漏水', arrivedAt: at('10:00'), receivedAt: at('10:04'), outcome: 'answered' },
        NOW,
      ),
      { registeredById: clerkId, receivedById: clerkId, registeredAt: NOW },
    );
    expect(saved).toEqual({
      id: expect.any(String),
      siteId,
      channel: 'phone',
      category: 'repair',
      requesterId,
      summary: '店内漏水',
      arrivedAt: at('10:00'),
      receivedAt: at('10:04'),
      receivedById: clerkId,
      outcome: 'answered',
      ticketId: null,
      registeredById: clerkId,
      registeredAt: NOW,
    });
    expect(await findReceptionEntryById(db, siteId, saved.id)).toEqual(saved);
    expect(await findReceptionEntryById(db, otherSiteId, saved.id)).toBeNull();
    expect(await findReceptionEntryById(db, siteId, 'not-a-uuid')).toBeNull();
  });

  it('receives a waiting visitor, records an outcome, and links a ticket', async () => {
    const waiting = await entry('10:10');
    expect(waiting).toMatchObject({ receivedAt: null, receivedById: null, outcome: null });
    const received = await markReceptionReceived(db, siteId, waiting.id, at('10:12'), clerkId);
    expect(received).toMatchObject({ receivedAt: at('10:12'), receivedById: clerkId });
    expect(await setReceptionOutcome(db, siteId, waiting.id, 'message_taken')).toMatchObject({ outcome: 'message_taken' });
    expect(await markReceptionReceived(db, otherSiteId, waiting.id, at('10:12'), clerkId)).toBeNull();

    const ticketId = await one(
      `INSERT INTO tickets (site_id, number, kind, channel, severity, status, title, description, requester_id, requester_kind, received_at, resolve_by)
       VALUES ($1, 1, 'repair', 'walk_in', 'minor', 'received', '漏水', '漏水', $2, 'merchant', $3, $3)`,
      [siteId, requesterId, at('10:13')],
    );
    const linked = await linkReceptionTicket(db, siteId, waiting.id, ticketId, requesterId);
    expect(linked).toMatchObject({ outcome: 'ticket', ticketId, requesterId });
    expect(await findReceptionEntryByTicket(db, siteId, ticketId)).toEqual(linked);
    expect(await findReceptionEntryByTicket(db, otherSiteId, ticketId)).toBeNull();
  });

  it('lists the log newest first and the waiting view oldest first, paging without gaps', async () => {
    const site = await insertSite(db, { code: 'mall-c', name: { zh: '丙', en: 'C' }, timeZone: 'Asia/Shanghai' });
    const staffId = await one(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '小周', 'H2')`, [site.id]);
    const add = (hhmm: string, receivedAt: Date | null) =>
      insertReceptionEntry(
        db,
        site.id,
        checkReceptionEntry({ channel: 'walk_in', category: 'other', summary: hhmm, arrivedAt: at(hhmm), receivedAt }, NOW),
        { registeredById: staffId, receivedById: staffId, registeredAt: NOW },
      );
    await add('09:00', at('09:01'));
    await add('09:30', null);
    await add('10:00', null);
    await add('11:00', at('11:02'));
    await add('11:30', null);

    const summaries = async (waiting: boolean) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await listReceptionEntries(db, site.id, { waiting, first: 2, after });
        seen.push(...page.rows.map((row) => row.summary));
        if (!page.hasNextPage) return seen;
        after = page.endCursor;
      }
    };
    expect(await summaries(false)).toEqual(['11:30', '11:00', '10:00', '09:30', '09:00']);
    expect(await summaries(true)).toEqual(['09:30', '10:00', '11:30']);
    await expect(listReceptionEntries(db, site.id, { first: 2, after: 'forged' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps the site’s reception standard, 3 minutes until set', async () => {
    expect(await findReceptionStandard(db, otherSiteId)).toBe(3);
    expect(await saveReceptionStandard(db, otherSiteId, 5)).toBe(5);
    expect(await saveReceptionStandard(db, otherSiteId, 4)).toBe(4);
    expect(await findReceptionStandard(db, otherSiteId)).toBe(4);
    expect(await findReceptionStandard(db, siteId)).toBe(3);
  });
});
