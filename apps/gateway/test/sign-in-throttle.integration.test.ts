import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_THROTTLE } from '@kefu/domain/accounts';
import { seedDemoData } from '@kefu/db/seed';
import { createTestDatabase, type TestDatabase } from '@kefu/db/testing';
import { createOrgChartCache } from '../src/access/org-chart-cache.js';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/logging/logger.js';
import { createKefuPubSub } from '../src/pubsub/pubsub.js';
import { startGateway, type RunningGateway } from '../src/server.js';
import type { GraphQLResponse } from './test-gateway.js';

/**
 * Sign-in throttling through GraphQL over real HTTP, behind a proxy the gateway trusts, so each
 * test chooses the address it signs in from. Waits are skipped by ageing the stored failures.
 */
describe('sign-in throttling', () => {
  let db: TestDatabase;
  let gateway: RunningGateway;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(db, { now: new Date() });
    const pubsub = createKefuPubSub();
    const logger = createLogger('debug', (line) => logLines.push(JSON.parse(line) as Record<string, unknown>));
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', KEFU_TRUST_PROXY: 'true' });
    gateway = await startGateway(db, { config, logger, pubsub, orgCharts: createOrgChartCache(pubsub) });
  });
  afterAll(async () => {
    await gateway.close();
    await db.drop();
  });

  type Reply = GraphQLResponse<{ login: { username: string } }> & { setCookie: string | null };

  async function attempt(username: string, password: string, from: string, locale = 'zh-CN'): Promise<Reply> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kefu-csrf': '1', 'x-forwarded-for': from, 'accept-language': locale },
      body: JSON.stringify({ query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }', variables: { u: username, p: password } }),
    });
    return { ...((await response.json()) as GraphQLResponse<{ login: { username: string } }>), setCookie: response.headers.get('set-cookie') };
  }

  /** Moves a username's failures `seconds` into the past, as if that long had gone by. */
  const age = (username: string, seconds: number) =>
    db.query(`UPDATE login_failures SET failed_at = failed_at - make_interval(secs => $2::int) WHERE username = $1`, [username, seconds]);

  /** Fails `times` times from one address, letting each growing delay pass before the next try. */
  async function failRepeatedly(username: string, from: string, times: number): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (let i = 0; i < times; i++) {
      replies.push(await attempt(username, `wrong-${i}`, from));
      await age(username, SIGN_IN_THROTTLE.pairDelayCapSeconds);
    }
    return replies;
  }

  const signedInAs = (reply: Reply) => reply.data?.login?.username ?? null;
  const error = (reply: Reply) => reply.errors?.[0];

  it('after merchant3 fails ten times from the office, director signs in from the same address; merchant3 is locked only there', async () => {
    const office = '203.0.113.10';
    const failures = await failRepeatedly('merchant3', office, SIGN_IN_THROTTLE.pairLockAfter);
    expect(failures.map((reply) => error(reply)?.extensions?.code)).toEqual(Array(SIGN_IN_THROTTLE.pairLockAfter).fill('UNAUTHENTICATED'));

    const director = await attempt('director', 'kefu-demo', office);
    expect(signedInAs(director)).toBe('director');
    expect(director.setCookie).toMatch(/^kefu_session=/);

    const locked = await attempt('merchant3', 'kefu-demo', office);
    expect(signedInAs(locked)).toBeNull();
    expect(locked.setCookie).toBeNull();
    expect(error(locked)?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'AUTH.TOO_MANY_ATTEMPTS' });
    const wait = (error(locked)?.extensions?.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_THROTTLE.windowMinutes * 60);
    expect(error(locked)?.message).toBe(`登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试。`);

    // The right password from a place that has not been failing is never held back.
    expect(signedInAs(await attempt('merchant3', 'kefu-demo', '198.51.100.77'))).toBe('merchant3');
  });

  it('warns from the third failure of a pair with the tries left, in the viewer’s language', async () => {
    const from = '203.0.113.20';
    const first = await attempt('owner1', 'wrong-1', from);
    await age('owner1', 60);
    const second = await attempt('owner1', 'wrong-2', from);
    await age('owner1', 60);
    const third = await attempt('owner1', 'wrong-3', from);
    await age('owner1', 60);
    const fourth = await attempt('owner1', 'wrong-4', from, 'en');
    expect(error(first)?.message).toBe('用户名或密码错误。');
    expect(error(second)?.message).toBe('用户名或密码错误。');
    expect(error(third)).toMatchObject({ message: '用户名或密码错误，还可尝试 7 次。', extensions: { code: 'UNAUTHENTICATED', details: { remainingAttempts: 7 } } });
    expect(error(fourth)?.message).toBe('Wrong username or password. Tries left: 6.');
    // An unknown username gets exactly the same warnings: nothing tells the two apart.
    const unknown = await failRepeatedly('no-such-user', from, 3);
    expect(error(unknown[2]!)?.message).toBe('用户名或密码错误，还可尝试 7 次。');
  });

  it('makes a failing pair wait longer after each failure from the third, even with the right password', async () => {
    const from = '203.0.113.30';
    await failRepeatedly('owner2', from, 7);
    await attempt('owner2', 'wrong-7', from);
    // Eight failures: the next try waits 2^(8-3) = 32 s after the latest.
    const held = await attempt('owner2', 'kefu-demo', from);
    expect(error(held)?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'AUTH.TOO_MANY_ATTEMPTS' });
    const wait = (error(held)?.extensions?.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(20);
    expect(wait).toBeLessThanOrEqual(32);
    expect(error(held)?.message).toBe(`登录失败次数过多，请 ${wait} 秒后再试。`);
    await age('owner2', 32);
    expect(signedInAs(await attempt('owner2', 'kefu-demo', from))).toBe('owner2');
    // Success forgets the pair's failures: the next mistake starts the count again.
    expect(error(await attempt('owner2', 'wrong-again', from))?.message).toBe('用户名或密码错误。');
  });

  it('slows down a username failed from many addresses only where it failed, never from a good address', async () => {
    const addresses = Array.from({ length: SIGN_IN_THROTTLE.usernameSlowDownAfter + 5 }, (_, i) => `192.0.2.${i + 1}`);
    for (const from of addresses) await attempt('owner3', 'wrong', from);
    const slowed = await attempt('owner3', 'kefu-demo', addresses[0]!);
    // Fifteen failures: each address that failed waits the cap, 30 s, after the latest anywhere.
    expect(error(slowed)?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(logLines).toContainEqual(expect.objectContaining({ msg: 'sign-in throttled', username: 'owner3', address: addresses[0], rule: 'username_slow_down' }));
    expect(signedInAs(await attempt('owner3', 'kefu-demo', '192.0.2.200'))).toBe('owner3');
    await age('owner3', SIGN_IN_THROTTLE.usernameSlowDownCapSeconds);
    expect(signedInAs(await attempt('owner3', 'kefu-demo', addresses[0]!))).toBe('owner3');
  });

  it(`refuses an address with ${SIGN_IN_THROTTLE.addressLockAfter} failures only for the usernames that failed there`, async () => {
    const from = '203.0.113.40';
    await db.query(
      `INSERT INTO login_failures (username, address, failed_at)
       SELECT 'guess-' || i, $1, now() - interval '5 minutes' FROM generate_series(1, $2::int) AS i`,
      [from, SIGN_IN_THROTTLE.addressLockAfter - 1],
    );
    await db.query(`INSERT INTO login_failures (username, address, failed_at) VALUES ('floor_clerk', $1, now() - interval '5 minutes')`, [from]);
    const refused = await attempt('floor_clerk', 'kefu-demo', from);
    expect(error(refused)?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(logLines).toContainEqual(expect.objectContaining({ msg: 'sign-in throttled', username: 'floor_clerk', rule: 'address_lock' }));
    expect(signedInAs(await attempt('merchant_supervisor', 'kefu-demo', from))).toBe('merchant_supervisor');
  });

  it('logs every throttle decision as one structured line', async () => {
    const from = '203.0.113.50';
    logLines.length = 0;
    await attempt('hall_clerk', 'kefu-demo', from);
    expect(logLines).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'sign-in allowed by throttle', username: 'hall_clerk', address: from, pairFailures: 0, usernameFailures: 0, addressFailures: 0 }),
    );
  });
});
