import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { findSiteByCode, findSiteById, insertSite, lockSite } from './site.repository.js';

describe.each(enginesUnderTest())('site repository (%s)', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(() => db.drop());

  it('finds a site by code and by id', async () => {
    const site = await insertSite(db, { code: 'wanda-a', name: { zh: '万达广场', en: 'Wanda Plaza' }, timeZone: 'Asia/Shanghai' });
    expect(site).toEqual({ id: expect.any(String), code: 'wanda-a', name: { zh: '万达广场', en: 'Wanda Plaza' }, timeZone: 'Asia/Shanghai' });
    expect(await findSiteByCode(db, 'wanda-a')).toEqual(site);
    expect(await findSiteById(db, site.id)).toEqual(site);
    expect(await findSiteByCode(db, 'nope')).toBeNull();
    expect(await findSiteById(db, 'not-a-uuid')).toBeNull();
  });

  it('lets one transaction at a time hold a site, so the next one reads what the first wrote', async () => {
    const site = await insertSite(db, { code: 'wanda-b', name: { zh: '万达', en: 'Wanda' }, timeZone: 'Asia/Shanghai' });
    let releaseFirst!: () => void;
    const firstHoldsLock = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (firstLocked = resolve));

    const first = db.transaction(async (tx) => {
      await lockSite(tx, site.id);
      firstLocked();
      await firstHoldsLock;
      await tx.query(`UPDATE sites SET name = '{"zh":"万达广场","en":"Wanda Plaza"}'::jsonb WHERE id = $1`, [site.id]);
    });
    await lockTaken;
    const second = db.transaction(async (tx) => {
      await lockSite(tx, site.id);
      return findSiteById(tx, site.id);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseFirst();

    await first;
    expect((await second)?.name).toEqual({ zh: '万达广场', en: 'Wanda Plaza' });
  });
});
