import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import { insertSite } from '../sites/index.js';
import type { Requester } from '@kefu/domain/requesters';
import { findRequestersByIds, insertRequester, searchRequesters } from './requester.repository.js';

describe.each(enginesUnderTest())('requester repository (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let tea: Requester;
  let discount: Requester;
  let customer: Requester;
  let foreign: Requester;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    const otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    tea = await insertRequester(db, { siteId, kind: 'merchant', name: '周老板', shopName: '茶语轩', shopUnit: 'B1-12', phone: '13911112222' });
    discount = await insertRequester(db, { siteId, kind: 'merchant', name: 'Li', shopName: '50% Off Outlet', shopUnit: '3F_07', phone: null });
    customer = await insertRequester(db, { siteId, kind: 'customer', name: '张女士', shopName: null, shopUnit: null, phone: '13800001111' });
    foreign = await insertRequester(db, { siteId: otherSiteId, kind: 'merchant', name: '周老板', shopName: '茶语轩', shopUnit: 'B1-12', phone: null });
  });
  afterAll(() => db.drop());

  it('searches name, shop name, shop unit and phone within the site', async () => {
    expect(await searchRequesters(db, siteId, { text: '茶语', first: 10 })).toEqual([tea]);
    expect(await searchRequesters(db, siteId, { text: 'b1-12', first: 10 })).toEqual([tea]);
    expect(await searchRequesters(db, siteId, { text: '00001', first: 10 })).toEqual([customer]);
    expect(await searchRequesters(db, siteId, { text: '老板', first: 10 })).toEqual([tea]);
    expect(await searchRequesters(db, siteId, { text: '138', kind: 'merchant', first: 10 })).toEqual([]);
    expect(await searchRequesters(db, siteId, { text: '1', first: 1 })).toHaveLength(1);
  });

  it('takes % and _ in the input literally', async () => {
    expect(await searchRequesters(db, siteId, { text: '%', first: 10 })).toEqual([discount]);
    expect(await searchRequesters(db, siteId, { text: '3F_', first: 10 })).toEqual([discount]);
    expect(await searchRequesters(db, siteId, { text: 'B1_12', first: 10 })).toEqual([]);
    expect(await searchRequesters(db, siteId, { text: '\\', first: 10 })).toEqual([]);
  });

  it('finds by ids in input order with null for missing and foreign ids', async () => {
    expect(await findRequestersByIds(db, siteId, [customer.id, foreign.id, 'x', tea.id])).toEqual([customer, null, null, tea]);
  });
});
