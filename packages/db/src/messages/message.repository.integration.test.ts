import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessage } from '@kefu/domain/messages';
import { ValidationError } from '@kefu/domain/shared';
import { insertSite } from '../sites/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { findMessageById, findMessageEscalation, insertMessage, listMessages, markMessageAcknowledged, saveMessageEscalation } from './message.repository.js';

const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00.000+08:00`);

describe.each(enginesUnderTest())('messages (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let clerk: string;
  let supervisor: string;
  let unit: string;

  const one = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(`${sql} RETURNING id`, params))[0]!.id;
  const take = (text: string, hhmm: string, to: { forStaffId?: string; forUnitId?: string }, urgency = 'normal') =>
    insertMessage(db, siteId, checkMessage({ fromName: '王老板', text, urgency, ...to }), { byId: clerk, at: at(hhmm) });

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    clerk = await one(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '小李', 'C1')`, [siteId]);
    supervisor = await one(`INSERT INTO staff (site_id, name, employee_no) VALUES ($1, '孙主管', 'S1')`, [siteId]);
    unit = await one(`INSERT INTO units (site_id, code, name) VALUES ($1, 'floor', '{"zh":"卖场","en":"Floor"}'::jsonb)`, [siteId]);
  });
  afterAll(() => db.drop());

  it('round-trips a message, acknowledges it, and finds nothing on another site', async () => {
    const taken = await take('请回电 13900001111', '09:00', { forStaffId: supervisor }, 'urgent');
    expect(taken).toEqual({
      id: expect.any(String),
      siteId,
      fromName: '王老板',
      fromPhone: null,
      forStaffId: supervisor,
      forUnitId: null,
      text: '请回电 13900001111',
      urgency: 'urgent',
      takenById: clerk,
      takenAt: at('09:00'),
      acknowledgedAt: null,
      acknowledgedById: null,
    });
    expect(await findMessageById(db, siteId, taken.id)).toEqual(taken);
    expect(await findMessageById(db, otherSiteId, taken.id)).toBeNull();
    expect(await markMessageAcknowledged(db, siteId, taken.id, { staffId: supervisor, at: at('09:05') })).toMatchObject({ acknowledgedAt: at('09:05'), acknowledgedById: supervisor });
  });

  it('lists the inbox, the taker’s list and the escalated ones, paging without gaps', async () => {
    await take('给卖场', '10:00', { forUnitId: unit });
    await take('给主管 1', '10:10', { forStaffId: supervisor });
    await take('给主管 2', '10:20', { forStaffId: supervisor }, 'urgent');
    const texts = async (box: Parameters<typeof listMessages>[2]) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await listMessages(db, siteId, box, { first: 2, after });
        seen.push(...page.rows.map((m) => m.text));
        if (!page.hasNextPage) return seen;
        after = page.endCursor;
      }
    };
    expect(await texts({ kind: 'inbox', staffIds: [supervisor], unitIds: [] })).toEqual(['给主管 2', '给主管 1', '请回电 13900001111']);
    expect(await texts({ kind: 'inbox', staffIds: [], unitIds: [unit] })).toEqual(['给卖场']);
    expect(await texts({ kind: 'taken', staffId: clerk })).toHaveLength(4);
    // At 10:30 with 30 minutes: normal ones taken by 10:00, urgent ones by 10:15.
    expect(await texts({ kind: 'escalated', takenBy: [clerk], normalBefore: at('10:00'), urgentBefore: at('10:15') })).toEqual(['给卖场']);
    expect(await texts({ kind: 'escalated', takenBy: 'anyone', normalBefore: at('10:15'), urgentBefore: at('10:22') })).toEqual(['给主管 2', '给主管 1', '给卖场']);
    expect(await texts({ kind: 'escalated', takenBy: [supervisor], normalBefore: at('11:00'), urgentBefore: at('11:00') })).toEqual([]);
    await expect(listMessages(db, siteId, { kind: 'taken', staffId: clerk }, { first: 2, after: 'forged' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps the site’s escalation time, 30 minutes until set', async () => {
    expect(await findMessageEscalation(db, otherSiteId)).toBe(30);
    expect(await saveMessageEscalation(db, otherSiteId, 45)).toBe(45);
    expect(await findMessageEscalation(db, otherSiteId)).toBe(45);
  });
});
