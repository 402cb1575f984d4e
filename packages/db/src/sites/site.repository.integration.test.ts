import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { findSiteByCode, findSiteById, insertSite } from './site.repository.js';

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
});
