import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUnderTest } from '@kefu/db/testing';
import { startTestGateway, type TestGateway } from './test-gateway.js';

const VIEWER = '{ viewer { kind siteTimeZone } }';

describe.each(enginesUnderTest())('the site’s time zone for the apps (%s)', (engine) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(engine);
  });
  afterAll(() => gw.close());

  it('tells staff and requesters alike the zone the mall’s clock runs on', async () => {
    for (const [username, kind] of [
      ['hall_clerk', 'STAFF'],
      ['merchant1', 'REQUESTER'],
    ] as const) {
      const result = await gw.gql<{ viewer: { kind: string; siteTimeZone: string } }>(VIEWER, {}, { cookie: await gw.login(username) });
      expect(result.errors).toBeUndefined();
      expect(result.data?.viewer).toEqual({ kind, siteTimeZone: 'Asia/Shanghai' });
    }
  });

  it('tells nobody who is not signed in', async () => {
    expect((await gw.gql(VIEWER)).data).toEqual({ viewer: null });
  });
});
