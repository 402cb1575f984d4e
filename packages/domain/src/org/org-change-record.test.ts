import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildChartFromCatalogue } from './build-chart-from-catalogue.js';
import { diffFields, positionChanges, POSITION_AUDIT_FIELDS } from './org-change-record.js';

const chart = buildChartFromCatalogue('site-1');
const hall = chart.positions.find((p) => p.code === 'hall_clerk')!;

describe('diffFields', () => {
  it('names only the fields whose values differ, before → after, in the order asked', () => {
    expect(diffFields({ a: 1, b: 'x', c: null }, { a: 2, b: 'x', c: 'y' }, ['c', 'b', 'a'])).toEqual([
      { field: 'c', before: null, after: 'y' },
      { field: 'a', before: 1, after: 2 },
    ]);
  });

  it('compares objects by content, not key order, and a missing side as null', () => {
    expect(diffFields({ t: { zh: '甲', en: 'A' } }, { t: { en: 'A', zh: '甲' } }, ['t'])).toEqual([]);
    expect(diffFields(null, { s: 'site' }, ['s'])).toEqual([{ field: 's', before: null, after: 'site' }]);
    expect(diffFields({ s: 'site' }, null, ['s'])).toEqual([{ field: 's', before: 'site', after: null }]);
  });

  it('is empty exactly when the two sides agree on every field', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b'), fc.constant(null));
    const record = fc.record({ x: value, y: value, z: value });
    fc.assert(
      fc.property(record, record, (a, b) => {
        const diff = diffFields(a, b, ['x', 'y', 'z']);
        expect(diff.map((d) => d.field)).toEqual((['x', 'y', 'z'] as const).filter((f) => a[f] !== b[f]));
        for (const d of diff) expect(d.before).not.toEqual(d.after);
      }),
    );
  });
});

describe('positionChanges', () => {
  it('lists every followed field of a new position and nothing for an unchanged one', () => {
    expect(positionChanges(null, hall).map((c) => c.field)).toEqual([...POSITION_AUDIT_FIELDS]);
    expect(positionChanges(hall, { ...hall })).toEqual([]);
  });

  it('keeps the old and new headcount and title of an edit', () => {
    const edited = { ...hall, headcount: hall.headcount + 1, title: { zh: '大厅客服', en: 'Hall agent' } };
    expect(positionChanges(hall, edited)).toEqual([
      { field: 'title', before: hall.title, after: { zh: '大厅客服', en: 'Hall agent' } },
      { field: 'headcount', before: hall.headcount, after: hall.headcount + 1 },
    ]);
  });
});
