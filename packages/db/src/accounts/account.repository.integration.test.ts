import { NotFoundError } from '@kefu/domain/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertStaff } from '../org/index.js';
import { insertRequester } from '../requesters/index.js';
import { insertSite } from '../sites/index.js';
import type { Account } from '@kefu/domain/accounts';
import { findAccountById, findAccountForLogin, insertAccount, setAccountLocale } from './account.repository.js';
import { hashPassword } from './password.js';
import { createSession, findSessionByToken, revokeAllSessionsOf, revokeSession } from './session.repository.js';

const HOUR = 3_600_000;

describe.each(enginesUnderTest())('accounts and sessions (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let staffAccount: Account;
  let merchantAccount: Account;
  const now = new Date('2026-11-25T08:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    const staff = await insertStaff(db, { siteId, name: '王芳', employeeNo: 'E001', phone: null });
    const merchant = await insertRequester(db, { siteId, kind: 'merchant', name: '周', shopName: '茶', shopUnit: 'B1', phone: null });
    const passwordHash = await hashPassword('pw');
    staffAccount = await insertAccount(db, { siteId, username: 'wangfang', passwordHash, staffId: staff.id, locale: 'zh-CN' });
    merchantAccount = await insertAccount(db, { siteId, username: 'tea', passwordHash, requesterId: merchant.id, locale: 'en' });
  });
  afterAll(() => db.drop());

  it('stores staff and requester accounts and finds them for login', async () => {
    expect(staffAccount).toMatchObject({ username: 'wangfang', requesterId: null, locale: 'zh-CN', disabled: false });
    expect(merchantAccount).toMatchObject({ username: 'tea', staffId: null, locale: 'en' });
    const login = await findAccountForLogin(db, 'wangfang');
    expect(login?.account).toEqual(staffAccount);
    expect(login?.passwordHash).toMatch(/^scrypt\$/);
    expect(await findAccountForLogin(db, 'nobody')).toBeNull();
    expect(await findAccountById(db, merchantAccount.id)).toEqual(merchantAccount);
    expect(await findAccountById(db, 'x')).toBeNull();
    expect(await setAccountLocale(db, staffAccount.id, 'en')).toEqual({ ...staffAccount, locale: 'en' });
    await setAccountLocale(db, staffAccount.id, 'zh-CN');
  });

  it('refuses an account for a person of another site', async () => {
    const foreign = await insertStaff(db, { siteId: otherSiteId, name: '外', employeeNo: 'E001', phone: null });
    await expect(
      insertAccount(db, { siteId, username: 'foreign', passwordHash: 'x', staffId: foreign.id, locale: 'zh-CN' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('serves a session until it expires, and stores only the token digest', async () => {
    const { token, expiresAt } = await createSession(db, staffAccount.id, siteId, 8 * HOUR, now);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(expiresAt).toEqual(new Date(now.getTime() + 8 * HOUR));
    expect(await db.query('SELECT 1 FROM sessions WHERE id = $1', [token])).toHaveLength(0);

    const found = await findSessionByToken(db, token, new Date(now.getTime() + HOUR));
    expect(found).toEqual({ sessionId: expect.stringMatching(/^[0-9a-f]{64}$/), account: staffAccount, expiresAt });
    expect(await findSessionByToken(db, token, expiresAt)).toBeNull();
    expect(await findSessionByToken(db, `${token}x`, now)).toBeNull();
  });

  it('stops serving revoked sessions', async () => {
    const one = await createSession(db, merchantAccount.id, siteId, HOUR, now);
    const two = await createSession(db, merchantAccount.id, siteId, HOUR, now);
    const three = await createSession(db, merchantAccount.id, siteId, HOUR, now);
    await revokeSession(db, one.token);
    expect(await findSessionByToken(db, one.token, now)).toBeNull();
    expect(await findSessionByToken(db, two.token, now)).not.toBeNull();
    expect(await revokeAllSessionsOf(db, merchantAccount.id)).toBe(2);
    expect(await findSessionByToken(db, two.token, now)).toBeNull();
    expect(await findSessionByToken(db, three.token, now)).toBeNull();
  });

  it('stops serving sessions of a disabled account', async () => {
    const { token } = await createSession(db, staffAccount.id, siteId, HOUR, now);
    await db.query('UPDATE accounts SET disabled = true WHERE id = $1', [staffAccount.id]);
    expect(await findSessionByToken(db, token, now)).toBeNull();
    expect((await findAccountForLogin(db, 'wangfang'))?.account.disabled).toBe(true);
  });
});
