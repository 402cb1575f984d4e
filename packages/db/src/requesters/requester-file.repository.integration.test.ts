import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequesterFile, type RequesterFile } from '@kefu/domain/requesters';
import { insertSite } from '../sites/index.js';
import { createTestDatabase, enginesUnderTest, type TestDatabase } from '../testing/test-database.js';
import {
  findRequesterClash,
  findRequesterFileById,
  findRequesterFilesByIds,
  insertRequesterFile,
  listRequesterFiles,
  updateRequesterFile,
} from './requester-file.repository.js';
import { findRequestersByIds, insertRequester } from './requester.repository.js';

describe.each(enginesUnderTest())('requester files (%s)', (engine) => {
  let db: TestDatabase;
  let siteId: string;
  let otherSiteId: string;
  let tiles: RequesterFile;
  let owner: RequesterFile;
  let walkIn: RequesterFile;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    siteId = (await insertSite(db, { code: 'mall-a', name: { zh: '甲', en: 'A' }, timeZone: 'Asia/Shanghai' })).id;
    otherSiteId = (await insertSite(db, { code: 'mall-b', name: { zh: '乙', en: 'B' }, timeZone: 'Asia/Shanghai' })).id;
    tiles = await insertRequesterFile(
      db,
      siteId,
      checkRequesterFile({
        kind: 'merchant',
        name: '王老板',
        shopName: '鑫源瓷砖',
        units: ['A1-018', 'A1-019'],
        businessCategory: '瓷砖',
        contractStartsOn: '2024-01-01',
        contractEndsOn: '2026-12-31',
        contacts: [{ name: '小王', role: '店员', phone: '13911112222' }],
        phone: '0571-87654321',
      }),
    );
    owner = await insertRequesterFile(db, siteId, checkRequesterFile({ kind: 'owner', name: '李先生', units: ['C2-001'] }));
    walkIn = await insertRequesterFile(db, siteId, checkRequesterFile({ kind: 'customer' }));
    await insertRequesterFile(db, otherSiteId, checkRequesterFile({ kind: 'merchant', shopName: '鑫源瓷砖', units: ['A1-018'], phone: '0571-87654321' }));
  });
  afterAll(() => db.drop());

  it('keeps every field of a file, dates as calendar days', async () => {
    expect(await findRequesterFileById(db, siteId, tiles.id)).toEqual(tiles);
    expect(tiles).toMatchObject({ units: ['A1-018', 'A1-019'], shopUnit: 'A1-018', contractEndsOn: '2026-12-31', status: 'open' });
    expect(tiles.contacts).toEqual([{ name: '小王', role: '店员', phone: '13911112222' }]);
    expect(walkIn).toMatchObject({ name: '', phone: null, units: [] });
    // The ticket side reads the same row as a card.
    expect(await findRequestersByIds(db, siteId, [tiles.id])).toEqual([
      { id: tiles.id, siteId, kind: 'merchant', name: '王老板', shopName: '鑫源瓷砖', shopUnit: 'A1-018', phone: '0571-87654321' },
    ]);
  });

  it('finds a file only on its own site', async () => {
    expect(await findRequesterFileById(db, otherSiteId, tiles.id)).toBeNull();
    expect(await findRequesterFileById(db, siteId, 'not-a-uuid')).toBeNull();
    expect(await findRequesterFilesByIds(db, siteId, [walkIn.id, 'x', tiles.id])).toEqual([walkIn, null, tiles]);
    expect(await findRequesterFilesByIds(db, otherSiteId, [tiles.id])).toEqual([null]);
  });

  it('updates a file in place', async () => {
    const closing = checkRequesterFile({ kind: 'owner', name: '李先生', units: ['C2-001', 'C2-002'], phone: '13700001111' });
    const updated = await updateRequesterFile(db, siteId, owner.id, closing);
    expect(updated).toEqual({ ...owner, ...closing, id: owner.id, siteId });
    expect(await updateRequesterFile(db, otherSiteId, owner.id, closing)).toBeNull();
  });

  it('finds the file that already claims a phone or an active unit', async () => {
    const phone = await findRequesterClash(db, siteId, { kind: 'customer', phone: '0571-87654321', units: [], holdsUnits: false });
    expect(phone).toMatchObject({ field: 'phone', value: '0571-87654321', existing: { id: tiles.id } });
    const unit = await findRequesterClash(db, siteId, { kind: 'merchant', phone: null, units: ['A1-019'], holdsUnits: true });
    expect(unit).toMatchObject({ field: 'units', value: 'A1-019', existing: { id: tiles.id } });
    // An owner of the same unit is no clash; nor is the file itself, nor a merchant who has left.
    expect(await findRequesterClash(db, siteId, { kind: 'owner', phone: null, units: ['A1-018'], holdsUnits: true })).toBeNull();
    expect(await findRequesterClash(db, siteId, { kind: 'merchant', phone: '0571-87654321', units: ['A1-018'], holdsUnits: true, exceptId: tiles.id })).toBeNull();
    const left = await insertRequesterFile(db, siteId, checkRequesterFile({ kind: 'merchant', shopName: '旧店', units: ['D1-001'], status: 'left' }));
    expect(await findRequesterClash(db, siteId, { kind: 'merchant', phone: null, units: ['D1-001'], holdsUnits: true })).toBeNull();
    expect(left.status).toBe('left');
  });

  it('searches by shop, unit, name or phone and pages without gaps', async () => {
    const texts = async (text: string) => (await listRequesterFiles(db, siteId, { text, first: 10 })).rows.map((r) => r.id);
    expect(await texts('鑫源')).toEqual([tiles.id]);
    expect(await texts('a1-019')).toEqual([tiles.id]);
    expect(await texts('李')).toEqual([owner.id]);
    expect(await texts('87654321')).toEqual([tiles.id]);
    expect(await texts('%')).toEqual([]);

    const all = (await listRequesterFiles(db, siteId, { first: 100 })).rows.map((r) => r.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page = await listRequesterFiles(db, siteId, { first: 2, after });
      paged.push(...page.rows.map((r) => r.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    expect(all).toHaveLength(4);
    expect(all).toContain(walkIn.id);
    await expect(listRequesterFiles(db, siteId, { first: 2, after: 'garbage' })).rejects.toMatchObject({ code: 'VALIDATION.INVALID_INPUT' });
  });

  it('gives a card made by insertRequester its unit and status too', async () => {
    const card = await insertRequester(db, { siteId, kind: 'merchant', name: '周', shopName: '茶', shopUnit: 'B1-12', phone: null });
    expect(await findRequesterFileById(db, siteId, card.id)).toMatchObject({ units: ['B1-12'], status: 'open', contacts: [] });
  });
});
