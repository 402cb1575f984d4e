import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertStaff } from '../org/index.js';
import { insertSite } from '../sites/index.js';
import { insertAccount } from './account.repository.js';
import { clearLoginFailures, findRecentLoginFailures, recordLoginFailure } from './login-failure.repository.js';
import { createSession, findSessionByToken, revokeAllSessionsOfStaff } from './session.repository.js';

const MINUTE = 60_000;

describe.each(enginesUnderTest())('login failures and staff sign-out (%s)', (engine) => {
  let db: TestDatabase;
  const now = new Date('2026-11-25T08:00:00.000Z');
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);

  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.drop());

  const lookup = { since: ago(15), pairLockAfter: 3, addressLockAfter: 2 };

  it('tallies, in one statement, the pair, the username anywhere (any case) and the address within the window', async () => {
    await recordLoginFailure(db, { username: 'Director', address: '10.0.0.1' }, ago(20));
    await recordLoginFailure(db, { username: 'director', address: '10.0.0.1' }, ago(10));
    await recordLoginFailure(db, { username: 'director', address: '10.0.0.1' }, ago(8));
    await recordLoginFailure(db, { username: 'director ', address: '10.0.0.1' }, ago(6));
    await recordLoginFailure(db, { username: 'director ', address: '10.0.0.2' }, ago(5));
    await recordLoginFailure(db, { username: 'deputy', address: '10.0.0.1' }, ago(1));
    await recordLoginFailure(db, { username: 'deputy', address: null }, ago(1));

    expect(await findRecentLoginFailures(db, { username: 'DIRECTOR', address: '10.0.0.1' }, lookup)).toEqual({
      pair: { count: 3, latest: ago(6), lockingFailure: ago(10) },
      username: { count: 4, latest: ago(5), lockingFailure: null },
      address: { count: 2, latest: null, lockingFailure: ago(6) },
    });
    expect(await findRecentLoginFailures(db, { username: 'director', address: '10.0.0.2' }, lookup)).toEqual({
      pair: { count: 1, latest: ago(5), lockingFailure: null },
      username: { count: 4, latest: ago(5), lockingFailure: null },
      address: { count: 1, latest: null, lockingFailure: null },
    });
    expect(await findRecentLoginFailures(db, { username: 'nobody', address: '10.0.0.9' }, lookup)).toEqual({
      pair: { count: 0, latest: null, lockingFailure: null },
      username: { count: 0, latest: null, lockingFailure: null },
      address: { count: 0, latest: null, lockingFailure: null },
    });
    const unknownAddress = await findRecentLoginFailures(db, { username: 'deputy', address: null }, lookup);
    expect(unknownAddress.pair.count).toBe(1);
    expect(unknownAddress.address.count).toBe(0);
  });

  it('forgets only the pair’s failures on success, and purges day-old rows', async () => {
    await clearLoginFailures(db, { username: 'DIRECTOR', address: '10.0.0.1' });
    const after = await findRecentLoginFailures(db, { username: 'director', address: '10.0.0.1' }, lookup);
    expect(after.pair.count).toBe(0);
    expect(after.username.count).toBe(1);
    expect(after.address.count).toBe(1);
    await recordLoginFailure(db, { username: 'old', address: null }, new Date(now.getTime() - 2 * 24 * 60 * MINUTE));
    await recordLoginFailure(db, { username: 'new', address: null }, now);
    expect(await db.query(`SELECT 1 FROM login_failures WHERE username = 'old'`)).toHaveLength(0);
  });

  it('signs a member of staff out of every session, and no one else', async () => {
    const siteId = (await insertSite(db, { code: 'mall-s', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    const wang = await insertStaff(db, { siteId, name: '王', employeeNo: 'S1', phone: null });
    const li = await insertStaff(db, { siteId, name: '李', employeeNo: 'S2', phone: null });
    const wangAccount = await insertAccount(db, { siteId, username: 'wang-s', passwordHash: 'x', staffId: wang.id, locale: 'zh-CN' });
    const liAccount = await insertAccount(db, { siteId, username: 'li-s', passwordHash: 'x', staffId: li.id, locale: 'zh-CN' });
    const a = await createSession(db, wangAccount.id, siteId, 60 * MINUTE, now);
    const b = await createSession(db, wangAccount.id, siteId, 60 * MINUTE, now);
    const c = await createSession(db, liAccount.id, siteId, 60 * MINUTE, now);
    expect(await revokeAllSessionsOfStaff(db, siteId, wang.id)).toBe(2);
    expect(await findSessionByToken(db, a.token, now)).toBeNull();
    expect(await findSessionByToken(db, b.token, now)).toBeNull();
    expect(await findSessionByToken(db, c.token, now)).not.toBeNull();
    expect(await revokeAllSessionsOfStaff(db, siteId, wang.id)).toBe(0);
  });
});
