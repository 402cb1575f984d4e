import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertStaff } from '../org/index.js';
import { insertSite } from '../sites/index.js';
import { insertAccountEvent, listAccountEvents } from './account-security.repository.js';
import { insertAccount } from './account.repository.js';

describe.each(enginesUnderTest())('the account audit log (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let accountId: string;
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 8, minute));

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    const staff = await insertStaff(db, { siteId, name: '王芳', employeeNo: 'E001', phone: null });
    accountId = (await insertAccount(db, { siteId, username: 'wangfang', passwordHash: 'x', staffId: staff.id, locale: 'zh-CN', mustChangePassword: true })).id;
    await insertAccountEvent(db, { siteId, accountId, actorAccountId: accountId, kind: 'created', at: at(1) });
    await insertAccountEvent(db, { siteId, accountId, actorAccountId: null, kind: 'sessions_revoked', at: at(2), details: { revoked: 3 } });
    await insertAccountEvent(db, { siteId, accountId, actorAccountId: accountId, kind: 'password_changed', at: at(3) });
  });
  afterAll(() => db.drop());

  it('pages the site’s events newest first, with their details and who acted, and nothing of another site', async () => {
    const first = await listAccountEvents(db, siteId, { first: 2 });
    expect(first.rows.map((e) => e.kind)).toEqual(['password_changed', 'sessions_revoked']);
    expect(first.rows[1]).toMatchObject({ username: 'wangfang', actorUsername: null, details: { revoked: 3 }, at: at(2) });
    expect(first.hasNextPage).toBe(true);
    const rest = await listAccountEvents(db, siteId, { first: 2, after: first.endCursor });
    expect(rest.rows.map((e) => [e.kind, e.actorUsername])).toEqual([['created', 'wangfang']]);
    expect(rest.hasNextPage).toBe(false);
    expect((await listAccountEvents(db, otherSiteId, { first: 10 })).rows).toEqual([]);
  });

  it('refuses a forged cursor', async () => {
    await expect(listAccountEvents(db, siteId, { first: 2, after: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(/after/);
  });
});
